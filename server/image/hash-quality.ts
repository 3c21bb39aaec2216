/**
 * Which PDQ hashes mean anything. Meta's PDQ notes recommend discarding hashes of quality 49 and
 * below: featureless images (flat colour, tiny, blank) hash alike, so a bank entry, a match or a
 * near-duplicate cluster built on one would join unrelated photos.
 */
import { config } from "../config";

export function isMatchableHash(pdqHash: string | null | undefined, quality: number): boolean {
  return !!pdqHash && quality >= config.hashMinQuality;
}

/** The dataset cluster key of a listing: its first matchable hash, or none. */
export function clusterKeyOf(images: ReadonlyArray<{ pdqHash: string; pdqQuality: number }>): string | null {
  return images.find((i) => isMatchableHash(i.pdqHash, i.pdqQuality))?.pdqHash ?? null;
}
