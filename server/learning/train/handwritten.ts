/**
 * Hand-written listings (server/learning/corpus/handwritten/): text written the way sellers write
 * on real markets, in eight languages — bare titles, long rambling descriptions, typos, slang,
 * darknet-market titles, and the innocent tools and toys that share words with guns. The training
 * file is split by a hash of the id (one in five to validation); the evaluation file is never
 * trained on or used to choose a model. Augmented copies make the model robust to what real text
 * does to words (title only, typos, case, evasion) without inventing new listings.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { applyEvasion } from "@/server/learning/corpus/evasion";
import { createRng, type Rng } from "@/server/learning/corpus/rng";
import type { TextItem } from "./datasets";
import { readTextCsv } from "./texts";

export const HANDWRITTEN_DIR = path.join("server", "learning", "corpus", "handwritten");
/** Hand-written examples count this many times a generated one: they are closer to real text. */
export const HANDWRITTEN_WEIGHT = 12;

function inValidation(id: string): boolean {
  return createHash("sha256").update(id).digest()[0] % 5 === 0;
}

/** The training file's share for `split`, each item weighted as hand-written. */
export function handwrittenTexts(root: string, split: "train" | "validation"): TextItem[] {
  const items = readTextCsv(path.join(root, HANDWRITTEN_DIR, "train.csv"));
  return items.filter((t) => inValidation(t.id) === (split === "validation")).map((t) => ({ ...t, weight: HANDWRITTEN_WEIGHT }));
}

/** The held-out evaluation file (never trained on). */
export function handwrittenEvalPath(root: string): string {
  return path.join(root, HANDWRITTEN_DIR, "eval.csv");
}

/** Lists written apart and only ever measured (server/learning/corpus/heldout/README.md): never trained on, never read row by row. */
export const HELDOUT_DIR = path.join("server", "learning", "corpus", "heldout");

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** One keyboard slip in a word: a swap, a dropped, doubled or wrong letter. */
function typoWord(w: string, rng: Rng): string {
  const i = rng.int(1, w.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    case 1:
      return w.slice(0, i) + w.slice(i + 1);
    case 2:
      return w.slice(0, i) + w[i] + w.slice(i);
    default:
      return w.slice(0, i) + LETTERS[rng.int(0, LETTERS.length - 1)] + w.slice(i + 1);
  }
}

export function withTypos(text: string, rng: Rng, rate: number): string {
  return text.replace(/\p{L}{5,}/gu, (w) => (rng.next() < rate ? typoWord(w, rng) : w));
}

/** Share of listings that also get a long copy (padded with other sellers' innocent text). */
const PADDED_SHARE = 0.35;
/** A donor description needs this many words to read as a seller's text rather than a stub. */
const DONOR_MIN_WORDS = 12;

/**
 * Real sellers bury the item in shipping terms, shop notes and lists of other things for sale,
 * and the hashed bag divides every feature by the square root of the bag's size: a title that
 * says "Glock 17" weighs five times less under ninety words of boilerplate. Most hand-written
 * descriptions are short (median 9 words), so without these copies the model never learns that.
 * The copy wraps the listing's own description in the descriptions of innocent listings in the
 * same language (after it, or on both sides), to between 60 and 250 words; the label is kept.
 */
export function paddedCopies(items: TextItem[], seed: number): TextItem[] {
  const rng = createRng(seed + 7919);
  const donors = new Map<string, string[]>();
  for (const t of items) {
    if (t.labels.length || t.description.split(/\s+/).length < DONOR_MIN_WORDS) continue;
    const lang = t.language ?? "en";
    donors.set(lang, [...(donors.get(lang) ?? []), t.description]);
  }
  const out: TextItem[] = [];
  for (const t of items) {
    if (rng.next() >= PADDED_SHARE) continue;
    const pool = donors.get(t.language ?? "en") ?? donors.get("en");
    if (!pool?.length) continue;
    const target = rng.int(60, 250);
    const before: string[] = [];
    const after: string[] = [];
    const sandwich = rng.next() < 0.5;
    let words = t.description.split(/\s+/).length;
    for (let tries = 0; words < target && tries < 50; tries++) {
      const d = pool[rng.int(0, pool.length - 1)];
      if (d === t.description) continue;
      (sandwich && before.length <= after.length ? before : after).push(d);
      words += d.split(/\s+/).length;
    }
    out.push({ ...t, id: `${t.id}-padded`, description: [...before, t.description, ...after].filter((x) => x.trim()).join("\n\n") });
  }
  return out;
}

/**
 * Per listing: the original, plus a title-only copy when it has a description, and one of a typo,
 * case or evasion copy; for about a third of them a long padded copy too (paddedCopies). Labels are
 * kept: none of these changes what is sold.
 */
export function augmentHandwritten(items: TextItem[], seed: number): TextItem[] {
  const rng = createRng(seed);
  const out: TextItem[] = [];
  for (const t of items) {
    out.push(t);
    if (t.description.trim()) out.push({ ...t, id: `${t.id}-title`, description: "" });
    const r = rng.next();
    if (r < 0.4) out.push({ ...t, id: `${t.id}-typo`, title: withTypos(t.title, rng, 0.3), description: withTypos(t.description, rng, 0.15) });
    else if (r < 0.6) out.push({ ...t, id: `${t.id}-case`, title: rng.next() < 0.5 ? t.title.toLowerCase() : t.title.toUpperCase() });
    else if (r < 0.8) {
      const kinds = ["leetspeak", "homoglyph", "spacing", "zero_width"] as const;
      out.push({ ...t, id: `${t.id}-evade`, title: applyEvasion(t.title, [...kinds], rng, 0.4), description: applyEvasion(t.description, [...kinds], rng, 0.2) });
    }
  }
  return [...out, ...paddedCopies(items, seed)];
}
