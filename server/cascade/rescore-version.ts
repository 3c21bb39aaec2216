/**
 * Re-scores a listing version that failed open, once the model answers again: the same stored
 * content through the same cascade, and one transaction that puts the model's scores, evidence
 * and Grad-CAM where the fail-open placeholder was (db/queries/rescore.ts says what changes). A
 * fail-open item in the queue thus gets what a moderator needs to triage it, and one the model
 * finds innocent leaves the queue.
 */
import type { Db } from "@/db/client";
import { appendAudit } from "@/db/queries/audit";
import { applyRescore, findFailedOpenVersion, type RescoreApplied } from "@/db/queries/rescore";
import { activePolicy } from "../policy/active-policy";
import { blobStore } from "../storage/blob-store";
import { decideStage } from "./decide";
import { fastSignalsStage, hashImages } from "./fast-signals";
import { cleanImages, decodeAndHash, readImageHeaders } from "./intake";
import { loadScorer } from "./model-scorer";
import { modelStage, type Scorer } from "./model-stage";
import type { PredictInput } from "./predict-input";
import { runCascade } from "./run-cascade";
import { sellerContext } from "./seller-context";
import { predictionRow, reviewStart } from "./store-result";

/** Off the upload path, so the model may take longer than the upload budget. */
const RESCORE_BUDGET_MS = 10_000;

export type RescoreResult = RescoreApplied | { kind: "still_failing"; why: string } | { kind: "missing_image"; sha256: string };

export async function rescoreFailedOpen(
  db: Db,
  versionId: string,
  opts: { scorer?: Scorer | null; modelBudgetMs?: number; actor?: string } = {},
): Promise<RescoreResult> {
  const stored = await findFailedOpenVersion(db, versionId);
  if (!stored) return { kind: "not_failed_open" };
  const v = stored.version;
  const photos: PredictInput["images"] = [];
  for (const photo of stored.photos) {
    const bytes = await blobStore().get(photo.sha256);
    if (!bytes) return { kind: "missing_image", sha256: photo.sha256 };
    photos.push({ contentType: photo.mime as PredictInput["images"][number]["contentType"], data: bytes.toString("base64") });
  }
  const input: PredictInput = {
    listingId: v.listingId,
    sellerId: stored.sellerId,
    title: v.title,
    description: v.description,
    images: photos,
    ...(v.category !== null ? { category: v.category } : {}),
    ...(v.region !== null ? { region: v.region } : {}),
    ...(v.price !== null ? { price: v.price } : {}),
  };

  const t0 = performance.now();
  const raw = decodeAndHash(input);
  const cleaned = readImageHeaders(raw).then((headers) => {
    hashImages(raw.rawImages, raw.rawImageSha256);
    return cleanImages(raw, headers);
  });
  const [images, seller, policy, scorer] = await Promise.all([
    cleaned,
    sellerContext(db, input.sellerId),
    activePolicy(db),
    opts.scorer !== undefined ? opts.scorer : loadScorer(),
  ]);
  const result = await runCascade(
    { input, images, rawImages: raw.rawImages, rawImageSha256: raw.rawImageSha256, seller, policy, pdq: [], hashMatches: [] },
    [fastSignalsStage(db, RESCORE_BUDGET_MS), modelStage(scorer, opts.modelBudgetMs ?? RESCORE_BUDGET_MS), decideStage],
  );
  if (result.verdict.failOpen) return { kind: "still_failing", why: result.verdict.reasons.map((r) => r.message).join("; ") };

  const { failOpen: _failOpen, latencyMs: _latencyMs, ...prediction } = predictionRow(result, Math.round(performance.now() - t0));
  const { verdict } = result;
  return db.transaction(async (tx) => {
    const applied = await applyRescore(tx, {
      versionId,
      prediction,
      decision: { outcome: verdict.outcome, tags: verdict.tags },
      review: verdict.review && { reasons: verdict.review.reasons, ...reviewStart(result) },
    });
    if (applied.kind === "applied") {
      await appendAudit(tx, {
        actorType: "system",
        actorId: opts.actor ?? "rescore",
        action: "prediction.rescored",
        entityType: "listing_version",
        entityId: versionId,
        data: { outcome: applied.outcome, decisionReplaced: applied.decided, modelVersion: prediction.modelVersion, reviewItemClosed: applied.closedReviewItem },
      });
    }
    return applied;
  });
}
