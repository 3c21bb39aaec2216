/**
 * Evasion transforms sellers use to slip firearm words past keyword filters: "gl0ck", "G.U.N",
 * "g u n", Cyrillic look-alikes, zero-width characters inside words, "pistooool", "Glóck",
 * "gLoCk". The generator applies them mostly to the words it knows are sensitive, so a model
 * trained on the corpus learns to see through them (and the eval can measure the recall drop).
 */
import type { Rng } from "./rng";

export const EVASIONS = [
  "leetspeak",
  "homoglyph",
  "spacing",
  "separators",
  "zero_width",
  "repeat",
  "accents",
  "case_mix",
] as const;
export type Evasion = (typeof EVASIONS)[number];

export interface EvasionResult {
  text: string;
  /** Kinds that actually changed at least one word, in EVASIONS order. */
  applied: Evasion[];
}

const LEET: Record<string, readonly string[]> = {
  a: ["4", "@"], e: ["3"], i: ["1", "!"], o: ["0"], s: ["5", "$"], t: ["7"], g: ["9"], b: ["8"], l: ["1"],
  z: ["2"], а: ["@", "4"], о: ["0"], е: ["3"], з: ["3"], б: ["6"], т: ["7"], ч: ["4"],
};

/** Latin → Cyrillic/Greek look-alikes (and Cyrillic → Latin for Russian text). */
export const HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", i: "і", j: "ј", s: "ѕ", v: "ν",
  A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х", I: "І",
  а: "a", с: "c", е: "e", о: "o", р: "p", х: "x", у: "y",
  А: "A", В: "B", С: "C", Е: "E", Н: "H", К: "K", М: "M", О: "O", Р: "P", Т: "T", Х: "X",
};

export const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"] as const;

const ACCENTS: Record<string, readonly string[]> = {
  a: ["á", "à", "ä", "â", "å"], e: ["é", "è", "ë", "ê"], i: ["í", "ï", "î"], o: ["ó", "ö", "ô", "ò", "ø"],
  u: ["ú", "ü", "û"], c: ["ç"], n: ["ñ"], y: ["ý", "ÿ"], s: ["š"], z: ["ž"],
  A: ["Á", "Ä"], E: ["É"], O: ["Ó", "Ö"], U: ["Ü"], I: ["Í"],
};

const SEPARATORS = [".", "-", "_", "*", "/", "|", "•", "·"] as const;
const VOWELS = /[aeiouyаеёиоуыэюяAEIOUАЕОУ]/;

function chars(word: string): string[] {
  return Array.from(word);
}

/** Apply one trick to one word. May return the word unchanged when the trick does not apply. */
export function evadeWord(word: string, kind: Evasion, rng: Rng): string {
  const cs = chars(word);
  if (cs.length < 2) return word;
  switch (kind) {
    case "leetspeak": {
      const idx = cs.map((c, i) => (LEET[c.toLowerCase()] ? i : -1)).filter((i) => i >= 0);
      if (idx.length === 0) return word;
      const forced = rng.pick(idx);
      return cs
        .map((c, i) => (i === forced || (idx.includes(i) && rng.chance(0.4)) ? rng.pick(LEET[c.toLowerCase()]!) : c))
        .join("");
    }
    case "homoglyph": {
      const idx = cs.map((c, i) => (HOMOGLYPHS[c] ? i : -1)).filter((i) => i >= 0);
      if (idx.length === 0) return word;
      const forced = rng.pick(idx);
      return cs.map((c, i) => (i === forced || (idx.includes(i) && rng.chance(0.5)) ? HOMOGLYPHS[c]! : c)).join("");
    }
    case "spacing":
      return cs.join(rng.chance(0.85) ? " " : "  ");
    case "separators": {
      const base = rng.chance(0.4) ? word.toUpperCase() : word;
      return chars(base).join(rng.pick(SEPARATORS)) + (rng.chance(0.3) ? "." : "");
    }
    case "zero_width": {
      const out = [cs[0]!];
      let inserted = false;
      for (let i = 1; i < cs.length; i++) {
        if (rng.chance(0.45) || (!inserted && i === cs.length - 1)) {
          out.push(rng.pick(ZERO_WIDTH));
          inserted = true;
        }
        out.push(cs[i]!);
      }
      return out.join("");
    }
    case "repeat": {
      const vowels = cs.map((c, i) => (VOWELS.test(c) ? i : -1)).filter((i) => i >= 0);
      const at = vowels.length > 0 ? rng.pick(vowels) : cs.length - 1;
      const times = rng.int(2, 5);
      return cs.map((c, i) => (i === at ? c.repeat(times + 1) : c)).join("");
    }
    case "accents": {
      const idx = cs.map((c, i) => (ACCENTS[c] ? i : -1)).filter((i) => i >= 0);
      if (idx.length === 0) {
        // Cyrillic and other scripts: a combining acute after a vowel, as in stressed Russian.
        const at = cs.findIndex((c) => VOWELS.test(c));
        return at < 0 ? word : cs.map((c, i) => (i === at ? c + "\u0301" : c)).join("");
      }
      const forced = rng.pick(idx);
      return cs.map((c, i) => (i === forced || (idx.includes(i) && rng.chance(0.3)) ? rng.pick(ACCENTS[c]!) : c)).join("");
    }
    case "case_mix": {
      const out = cs.map((c, i) => (i % 2 === (rng.chance(0.5) ? 0 : 1) ? c.toUpperCase() : c.toLowerCase())).join("");
      if (out !== word) return out;
      return cs.map((c, i) => (i % 2 === 0 ? c.toLowerCase() : c.toUpperCase())).join("");
    }
  }
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Transform the tokens of one matched span (a span may be several words, as in "Glock 19"). */
function evadeSpan(span: string, kind: Evasion, rng: Rng, changed: Set<Evasion>): string {
  return span.replace(TOKEN, (tok) => {
    // Digits-only tokens ("19", "870") are left alone except by spacing/separators.
    if (/^\p{N}+$/u.test(tok) && kind !== "separators" && kind !== "spacing") return tok;
    if (Array.from(tok).length < 2) return tok;
    const out = evadeWord(tok, kind, rng);
    if (out !== tok) changed.add(kind);
    return out;
  });
}

function ordered(set: Set<Evasion>): Evasion[] {
  return EVASIONS.filter((k) => set.has(k));
}

/**
 * Apply tricks to arbitrary words of `text`: each word of three or more characters is transformed
 * with probability `rate` by one of `kinds`. Use applyEvasionToWords to aim at sensitive words.
 */
export function applyEvasion(text: string, kinds: readonly Evasion[], rng: Rng, rate = 0.3): string {
  if (kinds.length === 0) return text;
  const changed = new Set<Evasion>();
  return text.replace(TOKEN, (tok) =>
    Array.from(tok).length >= 3 && rng.chance(rate) ? evadeSpan(tok, rng.pick(kinds), rng, changed) : tok,
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Apply tricks to whole-word, case-insensitive occurrences of `words` in `text` (longest first, so
 * "bolt carrier group" wins over "bolt"), each occurrence with probability `rate`.
 */
export function applyEvasionToWords(
  text: string,
  words: readonly string[],
  kinds: readonly Evasion[],
  rng: Rng,
  rate = 1,
): EvasionResult {
  const targets = [...new Set(words.map((w) => w.trim()).filter((w) => w.length >= 2))].sort((a, b) => b.length - a.length);
  if (kinds.length === 0 || targets.length === 0) return { text, applied: [] };
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${targets.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const changed = new Set<Evasion>();
  const out = text.replace(re, (m) => (rng.chance(rate) ? evadeSpan(m, rng.pick(kinds), rng, changed) : m));
  return { text: out, applied: ordered(changed) };
}

const LEET_BACK: Record<string, string> = { "4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", $: "s", "7": "t", "9": "g", "8": "b", "2": "z", "6": "б" };
/** Lower-case look-alikes folded to Latin (upper-case ones are lower-cased first: Т → т → t). */
const HOMOGLYPH_TO_LATIN: Record<string, string> = {
  а: "a", с: "c", е: "e", о: "o", р: "p", х: "x", у: "y", і: "i", ј: "j", ѕ: "s", ν: "v", ο: "o",
  в: "b", н: "h", к: "k", м: "m", т: "t", ø: "o",
};

/**
 * A deliberately lossy canonical form used by tests to check a transform kept a word readable:
 * zero-width removed, look-alikes folded to Latin, accents stripped, leetspeak undone (1 and l both
 * fold to i), separators and spaces dropped, letter runs collapsed, lower-cased. Two strings with
 * the same skeleton read the same to a person. Not the production normaliser (server/text).
 */
export function evasionSkeleton(text: string): string {
  let s = text.replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
  s = s.toLowerCase();
  s = Array.from(s).map((c) => HOMOGLYPH_TO_LATIN[c] ?? c).join("");
  s = s.normalize("NFD").replace(/\p{M}/gu, "");
  s = Array.from(s).map((c) => LEET_BACK[c] ?? c).join("").replace(/l/g, "i").replace(/б/g, "b");
  s = s.replace(/[^\p{L}]/gu, "");
  return s.replace(/(.)\1+/gu, "$1");
}
