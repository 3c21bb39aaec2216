/**
 * Bulk action on near-duplicates. The moderator sees this item's open near-duplicates (images in
 * the same PDQ cluster: Hamming distance ≤ the hash-match distance, matchable hashes only), picks
 * some, and the decision applies to this item and exactly the picked ones: nothing is re-queried,
 * so an item that arrived after the moderator looked is never swept in. A picked item that is no
 * longer open, is held by another moderator, or is not a near-duplicate of this one is skipped and
 * reported. One transaction; each decided item gets its own moderator action, decision and audit
 * entry. A retry with the same bulk id replays every item's first result and writes nothing.
 */
import { createHash } from "node:crypto";
import type { Db, DbOrTx, Tx } from "@/db/client";
import { findModeratorAction, itemsImageHashes, lockReviewItems, openItemImageHashes } from "@/db/queries/moderation";
import { config } from "../config";
import { isMatchableHash } from "../image/hash-quality";
import { hammingDistance } from "../image/pdq";
import type { LabelAction } from "./label-decision";
import { decideInTx, type DecideResult, type Moderator } from "./record-decision";

export interface NearDuplicate {
  itemId: string;
  title: string;
  distance: number;
  claimedByOther: boolean;
}

export type BulkSkipReason = "not_found" | "not_open" | "claimed_by_other" | "not_near_duplicate";

export interface BulkInput {
  /** The item the moderator is on. */
  itemId: string;
  action: LabelAction;
  note?: string | null;
  /** The near-duplicates the moderator saw and picked; nothing else is touched. */
  itemIds: string[];
  /** Client-made id of this bulk action: the idempotency key for retries. */
  bulkId: string;
}

export interface BulkResult {
  results: DecideResult[];
  skipped: Array<{ itemId: string; reason: BulkSkipReason }>;
}

async function matchableHashes(db: DbOrTx, itemIds: string[]): Promise<Map<string, string[]>> {
  const byItem = new Map<string, string[]>();
  for (const h of await itemsImageHashes(db, itemIds)) {
    if (!isMatchableHash(h.pdqHash, h.quality)) continue;
    byItem.set(h.itemId, [...(byItem.get(h.itemId) ?? []), h.pdqHash]);
  }
  return byItem;
}

const closest = (mine: string[], theirs: string[]) => Math.min(Infinity, ...mine.flatMap((a) => theirs.map((b) => hammingDistance(a, b))));

export async function findNearDuplicates(db: DbOrTx, itemId: string, userId: string, maxDistance = config.hashMatchDistance): Promise<NearDuplicate[]> {
  const mine = (await matchableHashes(db, [itemId])).get(itemId) ?? [];
  if (!mine.length) return [];
  const best = new Map<string, NearDuplicate>();
  const now = new Date();
  for (const row of await openItemImageHashes(db, itemId, config.hashMinQuality)) {
    const d = closest(mine, [row.pdqHash]);
    if (d > maxDistance) continue;
    const prev = best.get(row.itemId);
    if (!prev || d < prev.distance) {
      const claimedByOther = !!row.claimedBy && row.claimedBy !== userId && !!row.claimExpiresAt && row.claimExpiresAt > now;
      best.set(row.itemId, { itemId: row.itemId, title: row.title, distance: d, claimedByOther });
    }
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance);
}

/** The moderator action id of one item in a bulk action: the same on every retry of that bulk action. */
export function bulkActionId(bulkId: string, itemId: string): string {
  const h = createHash("sha256").update(`${bulkId}:${itemId}`).digest("hex").slice(0, 32).split("");
  h[12] = "5"; // a name-based UUID's version nibble
  h[16] = "89ab"[parseInt(h[16], 16) & 3]; // and its variant bits
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export function bulkDecide(db: Db, user: Moderator, input: BulkInput): Promise<BulkResult> {
  return db.transaction((tx) => bulkDecideInTx(tx, user, input));
}

async function bulkDecideInTx(tx: Tx, user: Moderator, input: BulkInput): Promise<BulkResult> {
  const picked = [...new Set(input.itemIds)].filter((id) => id !== input.itemId);
  const rows = new Map((await lockReviewItems(tx, [input.itemId, ...picked])).map((r) => [r.id, r]));
  const decide = (itemId: string, bulkOf?: string) =>
    decideInTx(tx, user, { itemId, action: input.action, note: input.note, actionId: bulkActionId(input.bulkId, itemId), bulkOf });

  const results = [await decide(input.itemId)];
  const skipped: BulkResult["skipped"] = [];
  const hashes = await matchableHashes(tx, [input.itemId, ...picked]);
  const mine = hashes.get(input.itemId) ?? [];
  const now = new Date();
  for (const itemId of picked) {
    // Already decided by this very bulk action (a retry): answer from the record.
    if (await findModeratorAction(tx, bulkActionId(input.bulkId, itemId))) {
      results.push(await decide(itemId, input.itemId));
      continue;
    }
    const row = rows.get(itemId);
    const reason: BulkSkipReason | null = !row
      ? "not_found"
      : row.status !== "open"
        ? "not_open"
        : row.claimedBy && row.claimedBy !== user.id && row.claimExpiresAt && row.claimExpiresAt > now
          ? "claimed_by_other"
          : closest(mine, hashes.get(itemId) ?? []) > config.hashMatchDistance
            ? "not_near_duplicate"
            : null;
    if (reason) skipped.push({ itemId, reason });
    else results.push(await decide(itemId, input.itemId));
  }
  return { results, skipped };
}
