/**
 * Claims: a moderator holds an item for a few minutes so two moderators never review the same
 * one. Claiming "next" is one statement — UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED) —
 * so concurrent moderators each lock a different row and never get the same item.
 */
import { and, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { reviewItems } from "../schema";
import { effectivePrioritySql, queueFilterSql, type QueueFilters } from "./review-queue";

export const CLAIM_MINUTES = Number(process.env.SIGHTLINE_CLAIM_MINUTES ?? 5);

/** Claimable by `userId`: unclaimed, expired, or already theirs. */
const claimableBy = (userId: string) =>
  sql`(${reviewItems.claimedBy} is null or ${reviewItems.claimExpiresAt} <= now() or ${reviewItems.claimedBy} = ${userId})`;

/** Give back every other claim this moderator holds: one item at a time. */
export async function releaseOtherClaims(db: DbOrTx, userId: string, keepId: string | null) {
  await db
    .update(reviewItems)
    .set({ claimedBy: null, claimExpiresAt: null })
    .where(and(eq(reviewItems.claimedBy, userId), eq(reviewItems.status, "open"), keepId ? ne(reviewItems.id, keepId) : undefined));
}

/**
 * Claims the most urgent open item this moderator may take (not claimed by anyone else, not one
 * they skipped in the last hour, not `excludeId`). Returns its id, or null when the queue is empty.
 */
export async function claimNextItem(
  db: DbOrTx,
  userId: string,
  opts: { filters?: QueueFilters; excludeId?: string | null; minutes?: number } = {},
): Promise<string | null> {
  const minutes = opts.minutes ?? CLAIM_MINUTES;
  const where = queueFilterSql(opts.filters ?? {});
  const exclude = opts.excludeId ? sql`and review_items.id <> ${opts.excludeId}` : sql``;
  const result = await db.execute<{ id: string }>(sql`
    update review_items
       set claimed_by = ${userId}, claim_expires_at = now() + make_interval(mins => ${minutes})
     where id = (
       select review_items.id
         from review_items
         join listing_versions on listing_versions.id = review_items.listing_version_id
         left join predictions on predictions.id = review_items.prediction_id
        where ${sql.join(where, sql` and `)}
          and (review_items.claimed_by is null or review_items.claim_expires_at <= now() or review_items.claimed_by = ${userId})
          and not exists (
            select 1 from moderator_actions ma
             where ma.review_item_id = review_items.id and ma.user_id = ${userId}
               and ma.action = 'skip' and ma.created_at > now() - interval '1 hour')
          ${exclude}
        order by ${effectivePrioritySql} desc, review_items.created_at, review_items.id
        limit 1
        for update of review_items skip locked)
    returning id`);
  return result.rows[0]?.id ?? null;
}

/** Claims one item (opening it directly). Returns false when someone else holds it or it is closed. */
export async function claimItem(db: DbOrTx, itemId: string, userId: string, minutes = CLAIM_MINUTES): Promise<boolean> {
  const rows = await db
    .update(reviewItems)
    .set({ claimedBy: userId, claimExpiresAt: sql`now() + make_interval(mins => ${minutes})` })
    .where(and(eq(reviewItems.id, itemId), eq(reviewItems.status, "open"), claimableBy(userId)))
    .returning({ id: reviewItems.id });
  return rows.length > 0;
}

export async function releaseClaim(db: DbOrTx, itemId: string, userId: string): Promise<boolean> {
  const rows = await db
    .update(reviewItems)
    .set({ claimedBy: null, claimExpiresAt: null })
    .where(and(eq(reviewItems.id, itemId), eq(reviewItems.claimedBy, userId)))
    .returning({ id: reviewItems.id });
  return rows.length > 0;
}
