import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { decisions, listingVersions, listings, predictions, reviewItems, sellers } from "../schema";

export async function loadVersionResult(db: DbOrTx, version: typeof listingVersions.$inferSelect) {
  const [prediction] = await db.select().from(predictions).where(eq(predictions.listingVersionId, version.id));
  const [decision] = await db
    .select()
    .from(decisions)
    .where(eq(decisions.listingVersionId, version.id))
    .orderBy(desc(decisions.createdAt))
    .limit(1);
  const [review] = await db
    .select({ id: reviewItems.id })
    .from(reviewItems)
    .where(eq(reviewItems.listingVersionId, version.id))
    .orderBy(desc(reviewItems.createdAt))
    .limit(1);
  return { version, prediction, decision, reviewItemId: (review?.id ?? null) as string | null };
}

/** What we know of a seller: account age (since first seen), past violations, reach. */
export async function findSellerContext(db: DbOrTx, sellerId: string) {
  const [seller] = await db.select().from(sellers).where(eq(sellers.id, sellerId));
  if (!seller) return { accountAgeDays: 0, priorViolations: 0, activeListings: null };
  const [{ violations }] = await db
    .select({ violations: sql<number>`count(distinct ${listingVersions.listingId})::int` })
    .from(decisions)
    .innerJoin(listingVersions, eq(listingVersions.id, decisions.listingVersionId))
    .innerJoin(listings, eq(listings.id, listingVersions.listingId))
    .where(and(eq(listings.sellerId, sellerId), eq(decisions.outcome, "block")));
  return {
    accountAgeDays: Math.floor((Date.now() - seller.firstSeenAt.getTime()) / 86_400_000),
    priorViolations: violations,
    activeListings: seller.activeListings,
  };
}
