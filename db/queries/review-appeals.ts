/**
 * Appeals in the review queue: an open appeal without an open review item needs one, and an open
 * item whose listing has an open appeal gets the appeal boost. Read by the appeal sync service.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { appeals, listingVersions, listings, predictions, reviewItems, sellers } from "../schema";

/** Serialises concurrent syncs (two queue reads at once must not both create an item). */
export async function lockAppealSync(tx: DbOrTx) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sightline.appeal-review-sync'))`);
}

export async function openAppealsWithoutOpenItem(tx: DbOrTx) {
  return tx
    .select({
      appealId: appeals.id,
      listingVersionId: appeals.listingVersionId,
      createdAt: appeals.createdAt,
      predictionId: predictions.id,
      scores: predictions.scores,
      policyVersion: predictions.policyVersion,
      failOpen: predictions.failOpen,
      region: listingVersions.region,
      activeListings: sellers.activeListings,
    })
    .from(appeals)
    .innerJoin(listingVersions, eq(listingVersions.id, appeals.listingVersionId))
    .innerJoin(listings, eq(listings.id, listingVersions.listingId))
    .innerJoin(sellers, eq(sellers.id, listings.sellerId))
    .leftJoin(predictions, eq(predictions.listingVersionId, appeals.listingVersionId))
    .where(
      and(
        eq(appeals.status, "open"),
        sql`not exists (select 1 from ${reviewItems} r where r.listing_version_id = ${appeals.listingVersionId} and r.status = 'open')`,
      ),
    );
}

/** Open items whose listing version has an open appeal but no appeal boost yet. */
export async function openItemsMissingAppealBoost(tx: DbOrTx) {
  return tx
    .select({ id: reviewItems.id, factors: reviewItems.priorityFactors, reasons: reviewItems.reasons })
    .from(reviewItems)
    .innerJoin(appeals, and(eq(appeals.listingVersionId, reviewItems.listingVersionId), eq(appeals.status, "open")))
    .where(and(eq(reviewItems.status, "open"), sql`coalesce((${reviewItems.priorityFactors}->>'appeal')::float8, 0) < 1`));
}

export async function insertReviewItem(tx: DbOrTx, row: typeof reviewItems.$inferInsert) {
  const [out] = await tx.insert(reviewItems).values(row).returning({ id: reviewItems.id });
  return out;
}
