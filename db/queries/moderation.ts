/**
 * What a moderator decision reads and writes. Every function takes the transaction the decision
 * runs in (server/learning/record-decision.ts); nothing here commits on its own.
 */
import { and, asc, desc, eq, gte, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import {
  appeals,
  auditLog,
  datasetEntries,
  decisions,
  images,
  listingVersionImages,
  listingVersions,
  moderatorActions,
  policies,
  predictions,
  reviewItems,
} from "../schema";

export type ReviewItemRow = typeof reviewItems.$inferSelect;
export type ModeratorActionRow = typeof moderatorActions.$inferSelect;

/** The item row, locked until the transaction ends: concurrent decisions on it serialise here. */
export async function lockReviewItem(tx: DbOrTx, itemId: string): Promise<ReviewItemRow | undefined> {
  const [row] = await tx.select().from(reviewItems).where(eq(reviewItems.id, itemId)).for("update");
  return row;
}

/** Everything a decision needs to label the listing for the learning loop. */
export async function loadDecisionContext(tx: DbOrTx, item: ReviewItemRow) {
  const [version] = await tx.select().from(listingVersions).where(eq(listingVersions.id, item.listingVersionId));
  const [prediction] = item.predictionId
    ? await tx.select().from(predictions).where(eq(predictions.id, item.predictionId))
    : await tx.select().from(predictions).where(eq(predictions.listingVersionId, item.listingVersionId));
  const [autoDecision] = await tx
    .select()
    .from(decisions)
    .where(and(eq(decisions.listingVersionId, item.listingVersionId), eq(decisions.source, "auto")))
    .orderBy(desc(decisions.createdAt))
    .limit(1);
  const imageRows = await tx
    .select({ sha256: images.sha256, pdqHash: images.pdqHash, pdqQuality: images.pdqQuality, position: listingVersionImages.position })
    .from(listingVersionImages)
    .innerJoin(images, eq(images.sha256, listingVersionImages.imageSha256))
    .where(eq(listingVersionImages.listingVersionId, item.listingVersionId))
    .orderBy(asc(listingVersionImages.position));
  const [policy] = prediction ? await tx.select().from(policies).where(eq(policies.version, prediction.policyVersion)) : [];
  const [openAppeal] = await tx
    .select()
    .from(appeals)
    .where(and(eq(appeals.listingVersionId, item.listingVersionId), eq(appeals.status, "open")));
  return { version, prediction, autoDecision, images: imageRows, policy, openAppeal };
}

export async function findModeratorAction(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(moderatorActions).where(eq(moderatorActions.id, id));
  return row;
}

/** The newest action on an item (any moderator), with its age in seconds by the database clock. */
export async function latestActionOnItem(tx: DbOrTx, itemId: string) {
  const [row] = await tx
    .select({ action: moderatorActions, ageSeconds: sql<number>`extract(epoch from (now() - ${moderatorActions.createdAt}))`.mapWith(Number) })
    .from(moderatorActions)
    .where(eq(moderatorActions.reviewItemId, itemId))
    .orderBy(desc(moderatorActions.createdAt), desc(moderatorActions.id))
    .limit(1);
  return row;
}

export async function insertModeratorAction(tx: DbOrTx, row: typeof moderatorActions.$inferInsert) {
  const [out] = await tx.insert(moderatorActions).values(row).returning();
  return out;
}

export async function insertDecision(tx: DbOrTx, row: typeof decisions.$inferInsert) {
  const [out] = await tx.insert(decisions).values(row).returning();
  return out;
}

/** One entry per (kind, listing version): a second label for the same version is dropped. */
export async function insertDatasetEntries(tx: DbOrTx, rows: Array<typeof datasetEntries.$inferInsert>) {
  if (!rows.length) return [];
  return tx.insert(datasetEntries).values(rows).onConflictDoNothing().returning();
}

export async function updateReviewItem(tx: DbOrTx, itemId: string, set: Partial<typeof reviewItems.$inferInsert>) {
  await tx.update(reviewItems).set(set).where(eq(reviewItems.id, itemId));
}

export async function setAppealStatus(tx: DbOrTx, appealId: string, set: Partial<typeof appeals.$inferInsert>) {
  await tx.update(appeals).set(set).where(eq(appeals.id, appealId));
}

/** The audit row a moderator action wrote: it records exactly what the action changed, for undo. */
export async function findActionAudit(tx: DbOrTx, actionId: string) {
  const [row] = await tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "review_item"), sql`${auditLog.data}->>'actionId' = ${actionId}`, sql`${auditLog.action} like 'review.%'`, ne(auditLog.action, "review.undo")))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

export async function findUndoAudit(tx: DbOrTx, actionId: string) {
  const [row] = await tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "review.undo"), sql`${auditLog.data}->>'actionId' = ${actionId}`))
    .limit(1);
  return row;
}

/** Undo removes what the action added; the audit log keeps the history. */
export async function deleteActionEffects(tx: DbOrTx, effects: { actionId: string; decisionId?: string | null }) {
  await tx.delete(datasetEntries).where(eq(datasetEntries.sourceActionId, effects.actionId));
  if (effects.decisionId) await tx.delete(decisions).where(eq(decisions.id, effects.decisionId));
  await tx.delete(moderatorActions).where(eq(moderatorActions.id, effects.actionId));
}

/**
 * Open items and their images' PDQ hashes of at least `minQuality`, for near-duplicate (same
 * cluster) lookups: featureless images hash alike and must not make unrelated items "duplicates".
 */
export async function openItemImageHashes(tx: DbOrTx, excludeItemId: string, minQuality: number) {
  return tx
    .select({ itemId: reviewItems.id, pdqHash: images.pdqHash, claimedBy: reviewItems.claimedBy, claimExpiresAt: reviewItems.claimExpiresAt, title: listingVersions.title })
    .from(reviewItems)
    .innerJoin(listingVersions, eq(listingVersions.id, reviewItems.listingVersionId))
    .innerJoin(listingVersionImages, eq(listingVersionImages.listingVersionId, reviewItems.listingVersionId))
    .innerJoin(images, eq(images.sha256, listingVersionImages.imageSha256))
    .where(and(eq(reviewItems.status, "open"), ne(reviewItems.id, excludeItemId), ne(images.pdqHash, ""), gte(images.pdqQuality, minQuality)));
}

/** The images' PDQ hashes of each of these items. */
export async function itemsImageHashes(tx: DbOrTx, itemIds: string[]) {
  if (!itemIds.length) return [];
  return tx
    .select({ itemId: reviewItems.id, pdqHash: images.pdqHash, sha256: images.sha256, quality: images.pdqQuality })
    .from(reviewItems)
    .innerJoin(listingVersionImages, eq(listingVersionImages.listingVersionId, reviewItems.listingVersionId))
    .innerJoin(images, eq(images.sha256, listingVersionImages.imageSha256))
    .where(inArray(reviewItems.id, itemIds));
}

/**
 * Locks these items in id order until the transaction ends: two bulk actions over overlapping sets
 * take their locks in the same order, so they wait for each other instead of deadlocking.
 */
export async function lockReviewItems(tx: DbOrTx, itemIds: string[]): Promise<ReviewItemRow[]> {
  if (!itemIds.length) return [];
  return tx.select().from(reviewItems).where(inArray(reviewItems.id, itemIds)).orderBy(asc(reviewItems.id)).for("update");
}
