/**
 * The review queue: open items, most urgent first, with filters and live counts. The ordering
 * expression mirrors server/policy/review-priority.ts (stored priority + wait against the SLA),
 * and claiming uses the same expression so "next" is always the top of what the moderator sees.
 */
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { listings, listingVersions, predictions, reviewItems, sellers, users } from "../schema";

/** Points for one SLA window of waiting, capped at two windows (review-priority.ts WAIT_*). */
const WAIT_WEIGHT = 20;
const WAIT_CAP = 2;

export const waitedSql = sql<number>`least(${WAIT_CAP}, greatest(0, extract(epoch from (now() - ${reviewItems.createdAt})) / nullif(extract(epoch from (${reviewItems.slaDueAt} - ${reviewItems.createdAt})), 0)))`;
export const effectivePrioritySql = sql<number>`(${reviewItems.priority} + ${WAIT_WEIGHT} * coalesce(${waitedSql}, ${WAIT_CAP}))`;
/** The highest-scoring category of the item's prediction (what the filter "category" means). */
export const topCategorySql = sql<string | null>`(select s.key from jsonb_each_text(${predictions.scores}) s order by s.value::float8 desc limit 1)`;
/** A claim counts only until it expires. */
export const activeClaimSql = sql<boolean>`(${reviewItems.claimedBy} is not null and ${reviewItems.claimExpiresAt} > now())`;

export interface QueueFilters {
  category?: string;
  region?: string;
  reason?: string;
  language?: string;
}

export function queueFilterSql(f: QueueFilters): SQL[] {
  const where: SQL[] = [eq(reviewItems.status, "open")];
  if (f.category) where.push(sql`${topCategorySql} = ${f.category}`);
  if (f.region) where.push(f.region === "none" ? sql`${listingVersions.region} is null` : eq(listingVersions.region, f.region));
  if (f.language) where.push(eq(listingVersions.language, f.language));
  if (f.reason) where.push(sql`${f.reason} = any(${reviewItems.reasons})`);
  return where;
}

/** Open review items, most urgent first. */
export async function listOpenReviewItems(db: DbOrTx, filters: QueueFilters = {}, limit = 200) {
  return db
    .select({
      id: reviewItems.id,
      listingId: listingVersions.listingId,
      version: listingVersions.version,
      title: listingVersions.title,
      region: listingVersions.region,
      language: listingVersions.language,
      reasons: reviewItems.reasons,
      storedPriority: reviewItems.priority,
      priority: effectivePrioritySql.mapWith(Number),
      waited: waitedSql.mapWith(Number),
      factors: reviewItems.priorityFactors,
      slaDueAt: reviewItems.slaDueAt,
      createdAt: reviewItems.createdAt,
      scores: predictions.scores,
      topCategory: topCategorySql,
      failOpen: predictions.failOpen,
      claimedBy: sql<string | null>`case when ${activeClaimSql} then ${reviewItems.claimedBy} end`,
      claimedByName: sql<string | null>`case when ${activeClaimSql} then ${users.name} end`,
      claimExpiresAt: reviewItems.claimExpiresAt,
      activeListings: sellers.activeListings,
    })
    .from(reviewItems)
    .innerJoin(listingVersions, eq(listingVersions.id, reviewItems.listingVersionId))
    .innerJoin(listings, eq(listings.id, listingVersions.listingId))
    .innerJoin(sellers, eq(sellers.id, listings.sellerId))
    .leftJoin(predictions, eq(predictions.id, reviewItems.predictionId))
    .leftJoin(users, eq(users.id, reviewItems.claimedBy))
    .where(and(...queueFilterSql(filters)))
    .orderBy(desc(effectivePrioritySql), reviewItems.createdAt, reviewItems.id)
    .limit(limit);
}

/** Live counts for the queue header: open, claimed now, past SLA. */
export async function queueCounts(db: DbOrTx, filters: QueueFilters = {}) {
  const [row] = await db
    .select({
      open: sql<number>`count(*)::int`,
      claimed: sql<number>`count(*) filter (where ${activeClaimSql})::int`,
      breached: sql<number>`count(*) filter (where ${reviewItems.slaDueAt} < now())::int`,
      failOpen: sql<number>`count(*) filter (where ${predictions.failOpen})::int`,
    })
    .from(reviewItems)
    .innerJoin(listingVersions, eq(listingVersions.id, reviewItems.listingVersionId))
    .leftJoin(predictions, eq(predictions.id, reviewItems.predictionId))
    .where(and(...queueFilterSql(filters)));
  return row;
}

/** Values present in the open queue, for the filter menus. */
export async function queueFacets(db: DbOrTx) {
  const rows = await db
    .select({
      region: listingVersions.region,
      language: listingVersions.language,
      reasons: reviewItems.reasons,
      topCategory: topCategorySql,
    })
    .from(reviewItems)
    .innerJoin(listingVersions, eq(listingVersions.id, reviewItems.listingVersionId))
    .leftJoin(predictions, eq(predictions.id, reviewItems.predictionId))
    .where(eq(reviewItems.status, "open"));
  const uniq = (xs: Array<string | null | undefined>) => [...new Set(xs.filter((x): x is string => !!x))].sort();
  return {
    regions: uniq(rows.map((r) => r.region)),
    languages: uniq(rows.map((r) => r.language)),
    reasons: uniq(rows.flatMap((r) => r.reasons)),
    categories: uniq(rows.map((r) => r.topCategory)),
  };
}
