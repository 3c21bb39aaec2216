import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { appeals, decisions, listingVersions, listings, predictions } from "../schema";

/**
 * A seller's listings, each at its current version with its current decision. `evidence` is for
 * the server to derive the seller's reasons from; it must never be passed on as it is.
 */
export async function listSellerListings(db: DbOrTx, sellerId: string) {
  const latestDecision = (column: "outcome" | "source") =>
    sql<string | null>`(select d.${sql.raw(column)} from ${decisions} d where d.listing_version_id = ${listingVersions.id} order by d.created_at desc limit 1)`;
  return db
    .select({
      listingId: listings.id,
      version: listingVersions.version,
      versionId: listingVersions.id,
      title: listingVersions.title,
      createdAt: listingVersions.createdAt,
      outcome: latestDecision("outcome"),
      decisionSource: latestDecision("source"),
      evidence: predictions.evidence,
      appealStatus: sql<string | null>`(select a.status from ${appeals} a where a.listing_version_id = ${listingVersions.id} order by a.created_at desc limit 1)`,
    })
    .from(listings)
    .innerJoin(listingVersions, and(eq(listingVersions.listingId, listings.id), eq(listingVersions.version, listings.currentVersion)))
    .leftJoin(predictions, eq(predictions.listingVersionId, listingVersions.id))
    .where(eq(listings.sellerId, sellerId))
    .orderBy(desc(listingVersions.createdAt))
    .limit(200);
}
