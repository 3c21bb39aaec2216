/**
 * Hashed text features for the text encoder — the SAME code in training and serving.
 *
 * Over the evasion-undoing normalisation (normalise.ts) we take word unigrams, word bigrams and
 * character 3–5-grams inside word boundaries ("<glock>" → "<gl", "glo", ...), hash each with
 * FNV-1a into HASH_BUCKETS buckets and give every distinct bucket a sublinear tf weight per
 * field, (1 + ln count in the field) / sqrt(#distinct in the field), summed over the fields
 * (title, description, photo text). Char n-grams make the bag robust to misspellings, inflection
 * and languages without a word list; hashing keeps the table a fixed size.
 *
 * Every feature remembers which words (original character spans) produced it, so per-feature
 * attributions can be shown on what the seller actually typed.
 */
import type { TextField } from "@/server/taxonomy";
import { normalise, originalRange } from "./normalise";

export const HASH_BUCKETS = 1 << 14;
export const TOKENISER_VERSION = "hash14-w12-c345-v2";
const MAX_FIELD_CHARS = 4000;
const MAX_WORD_CHARS = 40;
const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu;
const FIELD_SLOT: Record<TextField, number> = { title: 0, description: 1, ocr: 2 };

export interface FieldText {
  field: TextField;
  text: string;
  imageIndex?: number;
}

/** A word of the normalised text with its span in the ORIGINAL field text. */
export interface TokenWord {
  field: TextField;
  imageIndex?: number;
  start: number;
  end: number;
  normalised: string;
}

export interface Tokenised {
  /** Distinct hashed buckets, ascending. */
  ids: Int32Array;
  /** tf weight per bucket, aligned with ids. */
  weights: Float32Array;
  words: TokenWord[];
  /** For bucket i, the words that produced it: wordIndex[wordStart[i] .. wordStart[i+1]). */
  wordStart: Int32Array;
  wordIndex: Int32Array;
}

/** 32-bit FNV-1a over UTF-16 code units of prefix + s. */
export function fnv1a(prefix: string, s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x01000193);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function tokeniseFields(fields: FieldText[]): Tokenised {
  const words: TokenWord[] = [];
  const occ = new Map<number, number[]>(); // bucket -> word indexes (one entry per occurrence)
  const add = (bucket: number, word: number) => {
    const list = occ.get(bucket);
    if (list) list.push(word);
    else occ.set(bucket, [word]);
  };
  for (const f of fields) {
    const original = f.text.length > MAX_FIELD_CHARS ? f.text.slice(0, MAX_FIELD_CHARS) : f.text;
    if (!original.trim()) continue;
    const norm = normalise(original);
    const text = norm.text;
    let prev = -1;
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      const s = m.index ?? 0;
      const wi = words.length;
      const [start, end] = originalRange(norm, s, s + m[0].length);
      words.push({
        field: f.field,
        ...(f.imageIndex !== undefined ? { imageIndex: f.imageIndex } : {}),
        start,
        end,
        normalised: w,
      });
      add(fnv1a("w:", w) % HASH_BUCKETS, wi);
      if (prev >= 0) {
        const b = fnv1a("b:", `${words[prev].normalised} ${w}`) % HASH_BUCKETS;
        add(b, prev);
        add(b, wi);
      }
      prev = wi;
      const padded = `<${w.length > MAX_WORD_CHARS ? w.slice(0, MAX_WORD_CHARS) : w}>`;
      for (let n = 3; n <= 5; n++) {
        for (let i = 0; i + n <= padded.length; i++) add(fnv1a("c:", padded.slice(i, i + n)) % HASH_BUCKETS, wi);
      }
    }
  }
  const ids = Int32Array.from([...occ.keys()].sort((a, b) => a - b));
  const weights = new Float32Array(ids.length);
  const wordStart = new Int32Array(ids.length + 1);
  const flat: number[] = [];
  // Each field is normalised by its own size, so ninety words of shipping terms in the
  // description do not shrink what the title says. counts[3i + f]: bucket i's occurrences in field f.
  const counts = new Int32Array(ids.length * 3);
  const fieldSize = [0, 0, 0];
  ids.forEach((id, i) => {
    for (const w of occ.get(id)!) counts[i * 3 + FIELD_SLOT[words[w].field]]++;
    for (let f = 0; f < 3; f++) if (counts[i * 3 + f]) fieldSize[f]++;
  });
  ids.forEach((id, i) => {
    const list = occ.get(id)!;
    let weight = 0;
    for (let f = 0; f < 3; f++) if (counts[i * 3 + f]) weight += (1 + Math.log(counts[i * 3 + f])) / Math.sqrt(fieldSize[f]);
    weights[i] = weight;
    wordStart[i] = flat.length;
    for (const w of new Set(list)) flat.push(w);
  });
  wordStart[ids.length] = flat.length;
  return { ids, weights, words, wordStart, wordIndex: Int32Array.from(flat) };
}

/** The listing's text fields in the order the model sees them. */
export function listingFields(title: string, description: string, ocr: string[] = []): FieldText[] {
  return [
    { field: "title", text: title },
    { field: "description", text: description },
    ...ocr.map((text, imageIndex) => ({ field: "ocr" as const, text, imageIndex })),
  ];
}
