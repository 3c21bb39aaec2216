/**
 * Writes one cascade result — listing version, images, prediction, decision, review item and
 * audit entry — as ONE statement (db/queries/cascade-results.ts): a failure leaves nothing
 * half-written. Image bytes go to the content-addressed blob store first (writeBlobs, started by
 * the caller while the cascade runs); a blob without rows is harmless and never read.
 */
import type { Db } from "@/db/client";
import { findStoredOutcome, insertCascadeResult, type StoredOutcome } from "@/db/queries/cascade-results";
import { AppError } from "../errors/app-error";
import { toFloat32Bytes } from "../inference/float32-bytes";
import { reviewItemStart } from "../policy/open-review-item";
import { reachFactor, type PriorityFactors } from "../policy/review-priority";
import { thresholdsFor } from "../policy/thresholds";
import { blobStore } from "../storage/blob-store";
import { CATEGORIES } from "../taxonomy";
import type { IntakeImage, RawListing } from "./intake";
import type { CascadeResult } from "./types";

export const AUTO_MODEL_VERSION = "rules-only";

/** Writes the listing's image bytes; storeResult waits for this before the rows that name them. */
export function writeBlobs(images: IntakeImage[]): Promise<void> {
  const written = Promise.all(images.map((img) => blobStore().put(img.sha256, img.bytes))).then(() => {});
  written.catch(() => {}); // awaited by storeResult; until then a failure must not count as unhandled
  return written;
}

export async function storeResult(
  db: Db,
  raw: RawListing,
  result: CascadeResult,
  latencyMs: number,
  actor: { type: "service" | "system"; id: string },
  blobsWritten: Promise<void>,
): Promise<StoredOutcome & { replayed: boolean }> {
  const { item, verdict } = result;
  const input = raw.input;
  await blobsWritten;

  const prediction = predictionRow(result, latencyMs);
  const { modelVersion, policyVersion } = prediction;
  const review = verdict.review && { reasons: verdict.review.reasons, ...reviewStart(result) };

  const outcome = await insertCascadeResult(db, {
    listingId: input.listingId,
    sellerId: input.sellerId,
    contentHash: raw.contentHash,
    title: input.title,
    description: input.description,
    category: input.category ?? null,
    region: input.region ?? null,
    price: input.price ?? null,
    language: item.text?.language ?? null,
    images: item.images.map((img, i) => ({
      sha256: img.sha256,
      mime: img.mime,
      width: img.width,
      height: img.height,
      bytes: img.bytes.length,
      pdqHash: item.pdq[i]?.hash ?? "",
      pdqQuality: item.pdq[i]?.quality ?? 0,
    })),
    prediction,
    decision: { outcome: verdict.outcome, tags: verdict.tags },
    review,
    audit: {
      actorType: actor.type,
      actorId: actor.id,
      data: { listingId: input.listingId, outcome: verdict.outcome, modelVersion, policyVersion },
    },
  });

  if (outcome.kind === "other_seller") {
    throw new AppError("CONFLICT", `Listing ${input.listingId} belongs to another seller`, { sellerId: ["does not own this listing"] });
  }
  if (outcome.kind === "duplicate") {
    // A concurrent identical request stored this content while we computed: its result is the answer.
    const stored = await findStoredOutcome(db, input.listingId, raw.contentHash);
    if (!stored) throw new Error("a concurrent version vanished");
    return { ...stored, replayed: true };
  }
  return {
    versionId: outcome.versionId,
    version: outcome.version,
    outcome: verdict.outcome,
    tags: verdict.tags,
    prediction,
    reviewItemId: outcome.reviewItemId,
    replayed: false,
  };
}

/** The prediction row of a cascade result: what was decided, why, and what the model saw. */
export function predictionRow(result: CascadeResult, latencyMs: number) {
  const { item, verdict } = result;
  return {
    modelVersion: item.model?.modelVersion ?? AUTO_MODEL_VERSION,
    policyVersion: item.policy.version,
    scores: verdict.scores,
    modalityScores: item.model
      ? { image: item.model.imageScores, text: item.model.textScores, perImage: item.model.perImage.map((p) => p.scores) }
      : null,
    stageTimings: result.timings,
    reasonCodes: [...new Set(verdict.reasons.map((r) => r.code))],
    evidence: { reasons: verdict.reasons, text: result.evidence.text, hashMatches: result.evidence.hashMatches },
    gradcam: item.model ? item.model.perImage.map((p) => p.gradcam) : null,
    imageEmbeddings: item.model?.embeddings.image.length ? toFloat32Bytes(item.model.embeddings.image) : null,
    textEmbedding: item.model?.embeddings.text ? toFloat32Bytes([item.model.embeddings.text]) : null,
    failOpen: verdict.failOpen,
    latencyMs,
  };
}

/** A new review item's priority terms, priority and SLA due time. */
export function reviewStart(result: CascadeResult) {
  const factors = priorityFactors(result);
  return { priorityFactors: factors, ...reviewItemStart(factors) };
}

/** Why the review item ranks where it does (review-priority.ts weighs these). */
function priorityFactors({ item, verdict }: CascadeResult): PriorityFactors {
  const thresholds = thresholdsFor(item.policy, item.input.region);
  // Uncertainty: how close the most-uncertain blocked category sits to its nearest threshold.
  const uncertainty = Math.max(
    0,
    ...CATEGORIES.filter((c) => thresholds[c].block !== null).map((c) => {
      const s = verdict.scores[c];
      const nearest = Math.min(Math.abs(s - thresholds[c].block!), Math.abs(s - (thresholds[c].review ?? 0)));
      return Math.max(0, 1 - nearest / 0.25);
    }),
  );
  return {
    severity: Math.min(1, verdict.review?.boost ?? 0),
    uncertainty,
    reach: reachFactor(item.seller.activeListings),
    failOpen: verdict.failOpen ? 1 : 0,
    appeal: 0,
  };
}
