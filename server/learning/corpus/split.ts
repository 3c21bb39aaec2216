/**
 * Held-out policy, so that measured generalisation is honest. Every variant list the generator
 * draws from (makes and models, parts, product names, title frames, description openers, nouns,
 * seller phrases, slang) is split by position: entry i is test-only when i % 7 === 3,
 * validation-only when i % 7 === 5, and shared otherwise. So about 1 in 7 of every kind of
 * phrasing and model a test listing uses is never seen in training (and another 1 in 7 is
 * reserved for validation). Lists shorter than 4 are shared whole, so no split runs dry.
 * Train uses the shared entries only.
 */
import type { Rng } from "./rng";

export const SPLITS = ["train", "validation", "test"] as const;
export type Split = (typeof SPLITS)[number];

export function splitOfIndex(i: number, listLength: number): Split | "shared" {
  if (listLength < 4) return "shared";
  if (i % 7 === 3) return "test";
  if (i % 7 === 5) return "validation";
  return "shared";
}

/** The entries of `list` a listing of `split` may use. */
export function available<T>(list: readonly T[], split: Split): readonly T[] {
  if (list.length < 4) return list;
  return list.filter((_, i) => {
    const s = splitOfIndex(i, list.length);
    return s === "shared" || s === split;
  });
}

export function pickFor<T>(rng: Rng, list: readonly T[], split: Split): T {
  return rng.pick(available(list, split));
}

/** Entries of `list` reserved for `split` (for documentation and tests). */
export function heldOut<T>(list: readonly T[], split: Exclude<Split, "train">): T[] {
  return list.filter((_, i) => splitOfIndex(i, list.length) === split);
}
