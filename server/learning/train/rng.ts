/** The corpus generator's seeded PRNG (mulberry32): one implementation for all reproducible work. */
export { Rng } from "../corpus/rng";

/** Stable 32-bit hash of a string (FNV-1a + murmur finaliser), for seeded splits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
