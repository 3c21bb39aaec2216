/** What filing an appeal reads and writes: the version's standing, its appeals, the seller's recent ones. */
import { and, count, desc, eq, gte, min, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { appeals, decisions, listingVersions, listings } from "../schema";

/** The version's owner, whether it is still the listing's current version, and its current decision. */
export async function findVersionStanding(db: DbOrTx, versionId: string) {
  const [row] = await db
    .select({
      sellerId: listings.sellerId,
      listingId: listings.id,
      isCurrent: sql<boolean>`${listings.currentVersion} = ${listingVersions.version}`,
      outcome: sql<string | null>`(select d.outcome from ${decisions} d where d.listing_version_id = ${listingVersions.id} order by d.created_at desc limit 1)`,
    })
    .from(listingVersions)
    .innerJoin(listings, eq(listings.id, listingVersions.listingId))
    .where(eq(listingVersions.id, versionId));
  return row;
}

/** The version's appeals, newest first. */
export async function appealsOnVersion(db: DbOrTx, versionId: string) {
  return db.select().from(appeals).where(eq(appeals.listingVersionId, versionId)).orderBy(desc(appeals.createdAt), desc(appeals.id));
}

/** How many appeals the seller filed since `since`, and when the oldest of them was filed. */
export async function recentAppeals(db: DbOrTx, sellerId: string, since: Date) {
  const [row] = await db
    .select({ n: count(), oldest: min(appeals.createdAt) })
    .from(appeals)
    .where(and(eq(appeals.sellerId, sellerId), gte(appeals.createdAt, since)));
  return { n: row?.n ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

/** Serialises one seller's appeal filings, so two at once cannot both slip under the daily limit. */
export async function lockSellerAppeals(tx: DbOrTx, sellerId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sightline.appeals:' || ${sellerId}))`);
}

export async function insertAppeal(tx: DbOrTx, row: typeof appeals.$inferInsert) {
  const [out] = await tx.insert(appeals).values(row).returning();
  return out;
}

export type AppealRow = typeof appeals.$inferSelect;
