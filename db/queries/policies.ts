/**
 * Policies (versioned thresholds, one active) and what a policy preview replays: the stored
 * predictions of a recent window and the human labels on those listings.
 */
import { and, desc, eq, gte, inArray, max, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { datasetEntries, listingVersions, listings, moderatorActions, policies, predictions, reviewItems, users } from "../schema";

export type PolicyRow = typeof policies.$inferSelect;

export async function findActivePolicy(db: DbOrTx) {
  const [row] = await db.select().from(policies).where(eq(policies.active, true));
  return row;
}

/** The active row, locked: concurrent publishes and rollbacks serialise here. */
export async function lockActivePolicy(tx: DbOrTx) {
  const [row] = await tx.select().from(policies).where(eq(policies.active, true)).for("update");
  return row;
}

export async function findPolicyByVersion(db: DbOrTx, version: number) {
  const [row] = await db.select().from(policies).where(eq(policies.version, version));
  return row;
}

export async function maxPolicyVersion(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ v: max(policies.version) }).from(policies);
  return row?.v ?? 0;
}

/** Version history for the console: newest first, with who published each. */
export async function listPolicyHistory(db: DbOrTx, limit = 50) {
  return db
    .select({
      id: policies.id,
      version: policies.version,
      name: policies.name,
      active: policies.active,
      createdAt: policies.createdAt,
      publishedAt: policies.publishedAt,
      createdBy: users.name,
    })
    .from(policies)
    .leftJoin(users, eq(users.id, policies.createdBy))
    .orderBy(desc(policies.version))
    .limit(limit);
}

/** Both steps run in the caller's transaction: the partial unique index allows one active row. */
export async function deactivatePolicies(tx: DbOrTx) {
  await tx.update(policies).set({ active: false }).where(eq(policies.active, true));
}

export async function insertActivePolicy(
  tx: DbOrTx,
  values: { version: number; name: string; thresholds: unknown; regionOverrides: unknown; createdBy: string | null },
) {
  const [row] = await tx
    .insert(policies)
    .values({ ...values, active: true, publishedAt: new Date() })
    .returning();
  return row;
}

export async function activatePolicy(tx: DbOrTx, id: string) {
  const [row] = await tx.update(policies).set({ active: true, publishedAt: new Date() }).where(eq(policies.id, id)).returning();
  return row;
}

/**
 * What a preview replays: the prediction of each listing's current version, newest first, from
 * `since` on, at most `limit` rows. Only the columns decide needs (no Grad-CAM, no embeddings).
 */
export async function loadReplayPredictions(db: DbOrTx, params: { since: Date; limit: number }) {
  return db
    .select({
      listingVersionId: predictions.listingVersionId,
      listingId: listingVersions.listingId,
      title: listingVersions.title,
      region: listingVersions.region,
      scores: predictions.scores,
      modalityScores: sql<unknown>`${predictions.modalityScores} - 'perImage'`,
      textEvidence: sql<unknown>`${predictions.evidence} -> 'text'`,
      reasonCodes: predictions.reasonCodes,
      failOpen: predictions.failOpen,
      createdAt: predictions.createdAt,
    })
    .from(predictions)
    .innerJoin(listingVersions, eq(listingVersions.id, predictions.listingVersionId))
    .innerJoin(listings, and(eq(listings.id, listingVersions.listingId), eq(listings.currentVersion, listingVersions.version)))
    .where(gte(predictions.createdAt, params.since))
    .orderBy(desc(predictions.createdAt))
    .limit(params.limit);
}

/**
 * Human labels on the given listing versions. Moderator decisions (confirm = violation,
 * reverse = innocent) and dataset entries (labels; empty = innocent), newest first.
 */
export async function loadHumanLabels(db: DbOrTx, listingVersionIds: string[]) {
  if (listingVersionIds.length === 0) return { actions: [], entries: [] };
  // Chunked: a 50,000-id IN list is fine for Postgres but not for one bind-parameter array.
  const actions: Array<{ listingVersionId: string; action: "confirm" | "reverse"; at: Date }> = [];
  const entries: Array<{ listingVersionId: string; labels: string[]; kind: string; at: Date }> = [];
  for (let i = 0; i < listingVersionIds.length; i += 5_000) {
    const ids = listingVersionIds.slice(i, i + 5_000);
    const a = await db
      .select({ listingVersionId: reviewItems.listingVersionId, action: moderatorActions.action, at: moderatorActions.createdAt })
      .from(moderatorActions)
      .innerJoin(reviewItems, eq(reviewItems.id, moderatorActions.reviewItemId))
      .where(and(inArray(reviewItems.listingVersionId, ids), inArray(moderatorActions.action, ["confirm", "reverse"])))
      .orderBy(desc(moderatorActions.createdAt));
    actions.push(...(a as typeof actions));
    const e = await db
      .select({ listingVersionId: datasetEntries.listingVersionId, labels: datasetEntries.labels, kind: datasetEntries.kind, at: datasetEntries.createdAt })
      .from(datasetEntries)
      .where(inArray(datasetEntries.listingVersionId, ids))
      .orderBy(desc(datasetEntries.createdAt));
    entries.push(...e);
  }
  return { actions, entries };
}
