/**
 * The upload path's writes and its replay read, each ONE statement: a cascade result (seller,
 * listing, version, images, prediction, decision, review item, audit entry) is stored by a single
 * INSERT ... WITH statement, atomic by itself, in one round trip, as a prepared statement. At the
 * upload rate every round trip and every re-planned query is CPU the cascade needs.
 */
import type { Db } from "../client";

export interface CascadeResultRow {
  listingId: string;
  sellerId: string;
  contentHash: string;
  title: string;
  description: string;
  category: string | null;
  region: string | null;
  price: number | null;
  language: string | null;
  images: Array<{ sha256: string; mime: string; width: number; height: number; bytes: number; pdqHash: string; pdqQuality: number }>;
  prediction: {
    modelVersion: string;
    policyVersion: number;
    scores: unknown;
    modalityScores: unknown;
    stageTimings: unknown;
    reasonCodes: string[];
    evidence: unknown;
    gradcam: unknown;
    imageEmbeddings: Buffer | null;
    textEmbedding: Buffer | null;
    failOpen: boolean;
    latencyMs: number;
  };
  decision: { outcome: "allow" | "block" | "review"; tags: string[] };
  review: { reasons: string[]; priority: number; priorityFactors: unknown; slaDueAt: Date } | null;
  audit: { actorType: "service" | "system"; actorId: string; data: Record<string, unknown> };
}

export type InsertOutcome =
  | { kind: "stored"; versionId: string; version: number; reviewItemId: string | null }
  /** The listing id belongs to another seller: nothing was written. */
  | { kind: "other_seller" }
  /** This exact content is already stored (a concurrent identical request won): nothing was written. */
  | { kind: "duplicate" };

// The listing row is upserted and locked first, so concurrent versions of one listing number
// themselves in turn. A concurrent identical request fails on listing_versions' content index
// and the whole statement, version bump included, is undone.
const INSERT_CASCADE_RESULT = `
WITH
owner AS (SELECT seller_id FROM listings WHERE id = $1::text),
new_seller AS (
  INSERT INTO sellers (id) SELECT $2::text WHERE NOT EXISTS (SELECT 1 FROM owner WHERE seller_id <> $2::text)
  ON CONFLICT (id) DO NOTHING
),
listing AS (
  INSERT INTO listings (id, seller_id, current_version) VALUES ($1::text, $2::text, 1)
  ON CONFLICT (id) DO UPDATE SET current_version = listings.current_version + 1, updated_at = now()
    WHERE listings.seller_id = excluded.seller_id
  RETURNING current_version
),
version AS (
  INSERT INTO listing_versions (listing_id, version, content_hash, title, description, category, region, price, language)
  SELECT $1::text, current_version, $3::text, $4::text, $5::text, $6::text, $7::text, $8::float8, $9::text FROM listing
  RETURNING id, version
),
image AS (
  INSERT INTO images (sha256, mime, width, height, bytes, pdq_hash, pdq_quality)
  SELECT * FROM unnest($10::text[], $11::text[], $12::int[], $13::int[], $14::int[], $15::text[], $16::int[])
  WHERE EXISTS (SELECT 1 FROM version)
  ON CONFLICT (sha256) DO NOTHING
),
version_image AS (
  INSERT INTO listing_version_images (listing_version_id, position, image_sha256)
  SELECT version.id, u.n - 1, u.sha256 FROM version, unnest($10::text[]) WITH ORDINALITY AS u(sha256, n)
),
prediction AS (
  INSERT INTO predictions (listing_version_id, model_version, policy_version, scores, modality_scores, stage_timings,
                           reason_codes, evidence, gradcam, image_embeddings, text_embedding, fail_open, latency_ms)
  SELECT id, $17::text, $18::int, $19::jsonb, $20::jsonb, $21::jsonb, $22::text[], $23::jsonb, $24::jsonb, $25::bytea, $26::bytea, $27::boolean, $28::real
  FROM version
  RETURNING id
),
decision AS (
  INSERT INTO decisions (listing_version_id, outcome, source, tags)
  SELECT id, $29::decision_outcome, 'auto', $30::text[] FROM version
),
review AS (
  INSERT INTO review_items (listing_version_id, prediction_id, reasons, priority, priority_factors, sla_due_at)
  SELECT version.id, prediction.id, $31::text[], $32::real, $33::jsonb, $34::timestamptz FROM version, prediction WHERE $31::text[] IS NOT NULL
  RETURNING id
),
audit AS (
  INSERT INTO audit_log (actor_type, actor_id, action, entity_type, entity_id, data)
  SELECT $35::actor_type, $36::text, 'listing.predicted', 'listing_version', version.id::text,
         $37::jsonb || jsonb_build_object('version', version.version, 'reviewItemId', (SELECT id FROM review))
  FROM version
)
SELECT version.id, version.version, (SELECT id FROM review) AS review_item_id FROM version`;

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export async function insertCascadeResult(db: Db, r: CascadeResultRow): Promise<InsertOutcome> {
  const p = r.prediction;
  const col = <K extends keyof CascadeResultRow["images"][number]>(k: K) => r.images.map((img) => img[k]);
  const values = [
    r.listingId, r.sellerId, r.contentHash, r.title, r.description, r.category, r.region, r.price, r.language,
    col("sha256"), col("mime"), col("width"), col("height"), col("bytes"), col("pdqHash"), col("pdqQuality"),
    p.modelVersion, p.policyVersion, json(p.scores), json(p.modalityScores), json(p.stageTimings), p.reasonCodes,
    json(p.evidence), json(p.gradcam), p.imageEmbeddings, p.textEmbedding, p.failOpen, p.latencyMs,
    r.decision.outcome, r.decision.tags,
    r.review?.reasons ?? null, r.review?.priority ?? null, json(r.review?.priorityFactors), r.review?.slaDueAt ?? null,
    r.audit.actorType, r.audit.actorId, json(r.audit.data),
  ];
  try {
    const res = await db.$client.query<{ id: string; version: number; review_item_id: string | null }>({
      name: "sightline_insert_cascade_result",
      text: INSERT_CASCADE_RESULT,
      values,
    });
    const row = res.rows[0];
    if (!row) return { kind: "other_seller" };
    return { kind: "stored", versionId: row.id, version: row.version, reviewItemId: row.review_item_id };
  } catch (err) {
    const e = err as { code?: string; constraint?: string };
    if (e.code === "23505" && e.constraint === "listing_versions_listing_content_uq") return { kind: "duplicate" };
    throw err;
  }
}

export interface StoredOutcome {
  versionId: string;
  version: number;
  outcome: "allow" | "block" | "review";
  tags: string[];
  prediction: {
    scores: unknown;
    evidence: unknown;
    modelVersion: string;
    policyVersion: number;
    latencyMs: number;
    stageTimings: unknown;
  };
  reviewItemId: string | null;
}

const FIND_STORED_OUTCOME = `
SELECT v.id, v.version, d.outcome, d.tags, p.scores, p.evidence, p.model_version, p.policy_version, p.latency_ms,
       p.stage_timings, r.id AS review_item_id
FROM listing_versions v
JOIN predictions p ON p.listing_version_id = v.id
CROSS JOIN LATERAL (SELECT outcome, tags FROM decisions WHERE listing_version_id = v.id ORDER BY created_at DESC LIMIT 1) d
LEFT JOIN LATERAL (SELECT id FROM review_items WHERE listing_version_id = v.id ORDER BY created_at DESC LIMIT 1) r ON true
WHERE v.listing_id = $1::text AND v.content_hash = $2::text`;

/** The stored answer for this exact content of a listing (a retry), in one indexed read. */
export async function findStoredOutcome(db: Db, listingId: string, contentHash: string): Promise<StoredOutcome | undefined> {
  const res = await db.$client.query({ name: "sightline_find_stored_outcome", text: FIND_STORED_OUTCOME, values: [listingId, contentHash] });
  const row = res.rows[0];
  if (!row) return undefined;
  return {
    versionId: row.id,
    version: row.version,
    outcome: row.outcome,
    tags: row.tags,
    prediction: {
      scores: row.scores,
      evidence: row.evidence,
      modelVersion: row.model_version,
      policyVersion: row.policy_version,
      latencyMs: row.latency_ms,
      stageTimings: row.stage_timings,
    },
    reviewItemId: row.review_item_id,
  };
}
