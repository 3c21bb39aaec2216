/**
 * Confirmed images into the known-bad hash bank: only the images the moderator marked, each of
 * which must belong to the decided listing version and carry a matchable PDQ hash. A bank entry
 * blocks every future upload within the match distance, so an unmarked photo of the listing (a
 * receipt, a logo, a stock picture) must never go in by association.
 */
import type { Tx } from "@/db/client";
import { activeHashEntry, findOrCreateBank, insertHashEntry } from "@/db/queries/hash-banks";
import { config } from "../config";
import { AppError } from "../errors/app-error";
import { isMatchableHash } from "../image/hash-quality";

export const HASH_BANK_NAME = "known-bad firearms";

export interface ListingImage {
  sha256: string;
  pdqHash: string;
  pdqQuality: number;
  position: number;
}

/** The marked images, checked; throws BAD_INPUT (before anything is written) when one is not allowed. */
export function markedBankImages(images: ListingImage[], marked: readonly string[]): ListingImage[] {
  const picked: ListingImage[] = [];
  for (const sha256 of new Set(marked)) {
    const img = images.find((i) => i.sha256 === sha256);
    if (!img) throw new AppError("BAD_INPUT", "A marked image is not part of this listing version", { hashBankImages: [`${sha256} is not an image of this listing version`] });
    if (!isMatchableHash(img.pdqHash, img.pdqQuality)) {
      throw new AppError("BAD_INPUT", `Image #${img.position + 1} is too featureless to match on and cannot go into the hash bank`, {
        hashBankImages: [`image #${img.position + 1} has PDQ quality ${img.pdqQuality}; the bank takes ${config.hashMinQuality} or more`],
      });
    }
    picked.push(img);
  }
  return picked;
}

/** Adds each image once per hash; returns the new entries' ids (undo removes exactly these). */
export async function addToHashBank(tx: Tx, input: { userId: string; images: ListingImage[]; category: string; itemId: string }): Promise<string[]> {
  if (!input.images.length) return [];
  const bank = await findOrCreateBank(tx, HASH_BANK_NAME, "Images confirmed as firearm listings");
  const ids: string[] = [];
  for (const img of input.images) {
    if (await activeHashEntry(tx, bank.id, img.pdqHash)) continue;
    const row = await insertHashEntry(tx, {
      bankId: bank.id,
      pdqHash: img.pdqHash,
      quality: img.pdqQuality,
      category: input.category,
      note: `confirmed by moderator on review item ${input.itemId} (image #${img.position + 1})`,
      imageSha256: img.sha256,
      addedBy: input.userId,
    });
    ids.push(row.id);
  }
  return ids;
}
