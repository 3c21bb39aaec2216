/**
 * Reads and writes for re-scoring a listing version that failed open (the model was slow, down or
 * still warming when it was uploaded): the stored content to run again, and one transaction that
 * replaces the fail-open prediction with the model's.
 */
import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import type { CascadeResultRow } from "./cascade-results";
import { decisions, images, listingVersionImages, listingVersions, listings, predictions, reviewItems } from "../schema";

export async function findFailedOpenVersion(db: DbOrTx, versionId: string) {
  const [row] = await db
    .select({ version: listingVersions, sellerId: listings.sellerId, predictionId: predictions.id })
    .from(listingVersions)
    .innerJoin(listings, eq(listings.id, listingVersions.listingId))
    .innerJoin(predictions, eq(predictions.listingVersionId, listingVersions.id))
    .where(and(eq(listingVersions.id, versionId), eq(predictions.failOpen, true)));
  if (!row) return undefined;
  const photos = await db
    .select({ sha256: images.sha256, mime: images.mime })
    .from(listingVersionImages)
    .innerJoin(images, eq(images.sha256, listingVersionImages.imageSha256))
    .where(eq(listingVersionImages.listingVersionId, versionId))
    .orderBy(asc(listingVersionImages.position));
  return { ...row, photos };
}

/** Fail-open predictions older than `olderThan`, oldest first (the worker's sweep). */
export async function findFailedOpenVersions(db: DbOrTx, olderThan: Date, limit = 50): Promise<string[]> {
  const rows = await db
    .select({ versionId: predictions.listingVersionId })
    .from(predictions)
    .where(and(eq(predictions.failOpen, true), lt(predictions.createdAt, olderThan)))
    .orderBy(asc(predictions.createdAt))
    .limit(limit);
  return rows.map((r) => r.versionId);
}

/** A re-score writes what an upload writes, less what stays the upload's (latency) or is now settled (fail-open). */
export interface RescoreWrite {
  versionId: string;
  prediction: Omit<CascadeResultRow["prediction"], "failOpen" | "latencyMs">;
  decision: CascadeResultRow["decision"];
  review: CascadeResultRow["review"];
}

export type RescoreApplied =
  | { kind: "applied"; outcome: "allow" | "block" | "review"; decided: boolean; reviewItemId: string | null; closedReviewItem: boolean }
  /** Another re-score got there first: nothing written. */
  | { kind: "not_failed_open" };

/**
 * Replaces the fail-open prediction (guarded on fail_open, so concurrent re-scores write once).
 * The automatic decision is replaced only while no person has decided the version; the open
 * fail-open review item takes the model's reasons and priority, or is closed when the model
 * finds nothing for a person to look at.
 */
export async function applyRescore(tx: DbOrTx, w: RescoreWrite): Promise<RescoreApplied> {
  const p = w.prediction;
  const updated = await tx
    .update(predictions)
    .set({
      modelVersion: p.modelVersion,
      policyVersion: p.policyVersion,
      scores: p.scores,
      modalityScores: p.modalityScores,
      stageTimings: p.stageTimings,
      reasonCodes: p.reasonCodes,
      evidence: p.evidence,
      gradcam: p.gradcam,
      imageEmbeddings: p.imageEmbeddings,
      textEmbedding: p.textEmbedding,
      failOpen: false,
    })
    .where(and(eq(predictions.listingVersionId, w.versionId), eq(predictions.failOpen, true)))
    .returning({ id: predictions.id });
  if (updated.length === 0) return { kind: "not_failed_open" };
  const predictionId = updated[0].id;

  const [latest] = await tx
    .select({ source: decisions.source, outcome: decisions.outcome })
    .from(decisions)
    .where(eq(decisions.listingVersionId, w.versionId))
    .orderBy(desc(decisions.createdAt))
    .limit(1);
  const decided = !latest || latest.source === "auto";
  if (decided) await tx.insert(decisions).values({ listingVersionId: w.versionId, outcome: w.decision.outcome, source: "auto", tags: w.decision.tags });

  const [open] = await tx
    .select({ id: reviewItems.id })
    .from(reviewItems)
    .where(and(eq(reviewItems.listingVersionId, w.versionId), eq(reviewItems.status, "open")))
    .orderBy(desc(reviewItems.createdAt))
    .limit(1)
    .for("update");
  let reviewItemId: string | null = open?.id ?? null;
  let closedReviewItem = false;
  if (open && w.review) {
    await tx
      .update(reviewItems)
      .set({ predictionId, reasons: w.review.reasons, priority: w.review.priority, priorityFactors: w.review.priorityFactors })
      .where(eq(reviewItems.id, open.id));
  } else if (open && decided) {
    // Nothing left for a person: the item existed only because the model could not answer.
    await tx
      .update(reviewItems)
      .set({ status: "closed", closedAt: sql`now()`, claimedBy: null, claimExpiresAt: null })
      .where(eq(reviewItems.id, open.id));
    closedReviewItem = true;
    reviewItemId = null;
  } else if (!open && w.review && decided) {
    const [row] = await tx
      .insert(reviewItems)
      .values({ listingVersionId: w.versionId, predictionId, reasons: w.review.reasons, priority: w.review.priority, priorityFactors: w.review.priorityFactors, slaDueAt: w.review.slaDueAt })
      .returning({ id: reviewItems.id });
    reviewItemId = row.id;
  }
  return { kind: "applied", outcome: decided ? w.decision.outcome : latest.outcome, decided, reviewItemId, closedReviewItem };
}
