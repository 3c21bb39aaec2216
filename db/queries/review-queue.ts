import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { listingVersions, predictions, reviewItems } from "../schema";

/** Open review items, most urgent first (stored priority plus time waiting against the SLA). */
export async function listOpenReviewItems(db: DbOrTx, limit = 100) {
  const waited = sql<number>`least(2, extract(epoch from (now() - ${reviewItems.createdAt})) / nullif(extract(epoch from (${reviewItems.slaDueAt} - ${reviewItems.createdAt})), 0))`;
  const effective = sql<number>`${reviewItems.priority} + 20 * ${waited}`;
  return db
    .select({
      id: reviewItems.id,
      listingId: listingVersions.listingId,
      version: listingVersions.version,
      title: listingVersions.title,
      reasons: reviewItems.reasons,
      priority: effective.mapWith(Number),
      factors: reviewItems.priorityFactors,
      slaDueAt: reviewItems.slaDueAt,
      createdAt: reviewItems.createdAt,
      scores: predictions.scores,
    })
    .from(reviewItems)
    .innerJoin(listingVersions, eq(listingVersions.id, reviewItems.listingVersionId))
    .leftJoin(predictions, eq(predictions.id, reviewItems.predictionId))
    .where(and(eq(reviewItems.status, "open")))
    .orderBy(desc(effective))
    .limit(limit);
}
