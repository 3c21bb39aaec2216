/**
 * Bulk action on near-duplicates: the open items whose images sit in the same PDQ cluster as this
 * item's (Hamming distance ≤ the hash-match distance, 31 by default) get the same decision, in one
 * transaction, each with its own moderator action, decision and audit entry. Items another
 * moderator holds are left alone.
 */
import type { Db, DbOrTx } from "@/db/client";
import { itemImageHashes, openItemImageHashes } from "@/db/queries/moderation";
import { config } from "../config";
import { hammingDistance } from "../image/pdq";
import type { LabelAction } from "./label-decision";
import { decideInTx, type DecideResult, type Moderator } from "./record-decision";

export interface NearDuplicate {
  itemId: string;
  title: string;
  distance: number;
  claimedByOther: boolean;
}

export async function findNearDuplicates(db: DbOrTx, itemId: string, userId: string, maxDistance = config.hashMatchDistance): Promise<NearDuplicate[]> {
  const mine = (await itemImageHashes(db, itemId)).map((h) => h.pdqHash).filter(Boolean);
  if (!mine.length) return [];
  const best = new Map<string, NearDuplicate>();
  const now = new Date();
  for (const row of await openItemImageHashes(db, itemId)) {
    const d = Math.min(...mine.map((h) => hammingDistance(h, row.pdqHash)));
    if (d > maxDistance) continue;
    const prev = best.get(row.itemId);
    if (!prev || d < prev.distance) {
      const claimedByOther = !!row.claimedBy && row.claimedBy !== userId && !!row.claimExpiresAt && row.claimExpiresAt > now;
      best.set(row.itemId, { itemId: row.itemId, title: row.title, distance: d, claimedByOther });
    }
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance);
}

export async function bulkDecide(
  db: Db,
  user: Moderator,
  input: { itemId: string; action: LabelAction; note?: string | null },
): Promise<{ results: DecideResult[]; skipped: string[] }> {
  return db.transaction(async (tx) => {
    const dups = await findNearDuplicates(tx, input.itemId, user.id);
    const results = [await decideInTx(tx, user, { itemId: input.itemId, action: input.action, note: input.note })];
    const skipped: string[] = [];
    for (const d of dups) {
      if (d.claimedByOther) {
        skipped.push(d.itemId);
        continue;
      }
      results.push(await decideInTx(tx, user, { itemId: d.itemId, action: input.action, note: input.note, bulkOf: input.itemId }));
    }
    return { results, skipped };
  });
}
