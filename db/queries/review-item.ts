/** Everything the item view shows about one review item, in a handful of indexed reads. */
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import {
  appeals,
  decisions,
  hashBankEntries,
  hashBanks,
  images,
  listingVersionImages,
  listingVersions,
  listings,
  moderatorActions,
  policies,
  predictions,
  reviewItems,
  sellers,
  users,
} from "../schema";
import { effectivePrioritySql, waitedSql } from "./review-queue";

export async function loadReviewItem(db: DbOrTx, itemId: string) {
  const [row] = await db
    .select({
      item: reviewItems,
      effectivePriority: effectivePrioritySql.mapWith(Number),
      waited: waitedSql.mapWith(Number),
      claimActive: sql<boolean>`(${reviewItems.claimedBy} is not null and ${reviewItems.claimExpiresAt} > now())`,
      claimedByName: users.name,
      version: listingVersions,
      sellerId: listings.sellerId,
      seller: sellers,
    })
    .from(reviewItems)
    .innerJoin(listingVersions, eq(listingVersions.id, reviewItems.listingVersionId))
    .innerJoin(listings, eq(listings.id, listingVersions.listingId))
    .innerJoin(sellers, eq(sellers.id, listings.sellerId))
    .leftJoin(users, eq(users.id, reviewItems.claimedBy))
    .where(eq(reviewItems.id, itemId));
  if (!row) return undefined;
  const versionId = row.item.listingVersionId;

  const [prediction] = row.item.predictionId
    ? await db.select().from(predictions).where(eq(predictions.id, row.item.predictionId))
    : await db.select().from(predictions).where(eq(predictions.listingVersionId, versionId));
  const [policy] = prediction ? await db.select().from(policies).where(eq(policies.version, prediction.policyVersion)) : [];
  const imageRows = await db
    .select({
      position: listingVersionImages.position,
      sha256: images.sha256,
      width: images.width,
      height: images.height,
      mime: images.mime,
      pdqHash: images.pdqHash,
      pdqQuality: images.pdqQuality,
      ocrText: listingVersionImages.ocrText,
    })
    .from(listingVersionImages)
    .innerJoin(images, eq(images.sha256, listingVersionImages.imageSha256))
    .where(eq(listingVersionImages.listingVersionId, versionId))
    .orderBy(asc(listingVersionImages.position));
  const decisionRows = await db
    .select({ id: decisions.id, outcome: decisions.outcome, source: decisions.source, tags: decisions.tags, note: decisions.note, createdAt: decisions.createdAt, by: users.name })
    .from(decisions)
    .leftJoin(users, eq(users.id, decisions.decidedBy))
    .where(eq(decisions.listingVersionId, versionId))
    .orderBy(desc(decisions.createdAt));
  const actions = await db
    .select({ id: moderatorActions.id, action: moderatorActions.action, note: moderatorActions.note, createdAt: moderatorActions.createdAt, userId: moderatorActions.userId, by: users.name })
    .from(moderatorActions)
    .innerJoin(users, eq(users.id, moderatorActions.userId))
    .where(eq(moderatorActions.reviewItemId, itemId))
    .orderBy(desc(moderatorActions.createdAt));
  const appealRows = await db.select().from(appeals).where(eq(appeals.listingVersionId, versionId)).orderBy(desc(appeals.createdAt));

  // Seller context: past violations (other listings blocked) and appeals.
  const [{ violations }] = await db
    .select({ violations: sql<number>`count(distinct ${listingVersions.listingId})::int` })
    .from(decisions)
    .innerJoin(listingVersions, eq(listingVersions.id, decisions.listingVersionId))
    .innerJoin(listings, eq(listings.id, listingVersions.listingId))
    .where(and(eq(listings.sellerId, row.sellerId), eq(decisions.outcome, "block"), sql`${listingVersions.listingId} <> ${row.version.listingId}`));
  const sellerAppeals = await db
    .select({ status: appeals.status, n: count() })
    .from(appeals)
    .where(eq(appeals.sellerId, row.sellerId))
    .groupBy(appeals.status);

  return { ...row, prediction, policy, images: imageRows, decisions: decisionRows, actions, appeals: appealRows, violations, sellerAppeals };
}

/** The hash-bank entries a prediction matched, with their bank and who added them. */
export async function loadHashEntries(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: hashBankEntries.id,
      bank: hashBanks.name,
      pdqHash: hashBankEntries.pdqHash,
      category: hashBankEntries.category,
      note: hashBankEntries.note,
      imageSha256: hashBankEntries.imageSha256,
      createdAt: hashBankEntries.createdAt,
      removedAt: hashBankEntries.removedAt,
      addedBy: users.name,
    })
    .from(hashBankEntries)
    .innerJoin(hashBanks, eq(hashBanks.id, hashBankEntries.bankId))
    .leftJoin(users, eq(users.id, hashBankEntries.addedBy))
    .where(inArray(hashBankEntries.id, ids));
}

/** Whether a moderator or admin may see this image: it belongs to some stored listing version. */
export async function findImage(db: DbOrTx, sha256: string) {
  const [row] = await db.select({ sha256: images.sha256, mime: images.mime }).from(images).where(eq(images.sha256, sha256));
  return row;
}
