/**
 * A wider evasion check than the eval's evasion pass: one trick at a time, many of them never seen
 * in training (emoji inside a word, letters masked by asterisks, regional-indicator letters,
 * dropped vowels, swapped letters ...), applied to the words an adversary would disguise. Those are
 * taken to be the words the stage-1 rules hit in the clean listing, so the battery runs on the
 * violating listings the rules catch clean and asks how many each trick takes away from the rules
 * and from the decision as served. Deterministic: no randomness in any trick.
 */
import { analyseText, type TextAnalysis } from "@/server/text/analyse-text";

type Trick = (word: string) => string;

const mapChars = (w: string, f: (c: string, i: number) => string) => Array.from(w).map(f).join("");
/** a–z (either case) to the code point `base` + letter index; anything else unchanged. */
const letterFrom = (base: number) => (c: string) => {
  const k = c.toLowerCase().charCodeAt(0) - 97;
  return k >= 0 && k < 26 && c.length === 1 ? String.fromCodePoint(base + k) : c;
};
const middle = (w: string, f: (head: string, tail: string) => string) => {
  const cs = Array.from(w);
  if (cs.length < 4) return w;
  const k = cs.length >> 1;
  return f(cs.slice(0, k).join(""), cs.slice(k).join(""));
};
const LEET: Record<string, string> = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" };
const CYRILLIC: Record<string, string> = { a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", i: "і", A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х" };
const GREEK: Record<string, string> = { A: "Α", B: "Β", E: "Ε", H: "Η", I: "Ι", K: "Κ", M: "Μ", N: "Ν", O: "Ο", P: "Ρ", T: "Τ", X: "Χ", Y: "Υ", Z: "Ζ" };
const SMALL_CAPS: Record<string, string> = { a: "ᴀ", b: "ʙ", c: "ᴄ", d: "ᴅ", e: "ᴇ", g: "ɢ", h: "ʜ", i: "ɪ", k: "ᴋ", l: "ʟ", m: "ᴍ", n: "ɴ", o: "ᴏ", p: "ᴘ", r: "ʀ", t: "ᴛ", u: "ᴜ", w: "ᴡ", y: "ʏ" };
const VOWEL = /[aeiouаеиоуыэюя]/i;

/** Every trick, by name. `trained` marks those the training data's evasion copies also use (corpus/evasion.ts, handwritten.ts). */
export const TRICKS: Record<string, { trick: Trick; trained: boolean }> = {
  leetspeak: { trained: true, trick: (w) => mapChars(w, (c) => LEET[c.toLowerCase()] ?? c) },
  cyrillic_lookalikes: { trained: true, trick: (w) => mapChars(w, (c) => CYRILLIC[c] ?? c) },
  greek_capitals: { trained: false, trick: (w) => mapChars(w.toUpperCase(), (c) => GREEK[c] ?? c) },
  spaced: { trained: true, trick: (w) => Array.from(w).join(" ") },
  dotted_capitals: { trained: true, trick: (w) => Array.from(w.toUpperCase()).join(".") },
  dashed_capitals: { trained: true, trick: (w) => Array.from(w.toUpperCase()).join("-") },
  zero_width: { trained: true, trick: (w) => Array.from(w).join("\u200b") },
  stretched: { trained: true, trick: (w) => mapChars(w, (c, i) => (i === 1 ? c.repeat(4) : c)) },
  fullwidth: { trained: false, trick: (w) => mapChars(w, (c) => (c >= "!" && c <= "~" ? String.fromCodePoint(c.charCodeAt(0) + 0xfee0) : c)) },
  math_bold: { trained: false, trick: (w) => mapChars(w, (c) => (/[a-z]/.test(c) ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97) : /[A-Z]/.test(c) ? String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65) : c)) },
  circled: { trained: false, trick: (w) => mapChars(w, letterFrom(0x24d0)) },
  // a zero-width non-joiner keeps two regional indicators from rendering as a flag
  regional_indicators: { trained: false, trick: (w) => mapChars(w, (c) => { const r = letterFrom(0x1f1e6)(c); return r === c ? c : r + "\u200c"; }) },
  parenthesised: { trained: false, trick: (w) => mapChars(w, letterFrom(0x249c)) },
  small_caps: { trained: false, trick: (w) => mapChars(w, (c) => SMALL_CAPS[c.toLowerCase()] ?? c) },
  combining_strokes: { trained: false, trick: (w) => mapChars(w, (c) => c + "\u0336") },
  emoji_inside: { trained: false, trick: (w) => middle(w, (a, b) => `${a}🔫${b}`) },
  emoji_between: { trained: false, trick: (w) => Array.from(w).join("🔥") },
  masked_vowel: { trained: false, trick: (w) => { let done = false; return mapChars(w, (c, i) => (!done && i > 0 && VOWEL.test(c) ? ((done = true), "*") : c)); } },
  split_by_space: { trained: false, trick: (w) => middle(w, (a, b) => `${a} ${b}`) },
  split_by_hyphen: { trained: false, trick: (w) => middle(w, (a, b) => `${a}-${b}`) },
  leet_and_spaced: { trained: false, trick: (w) => Array.from(mapChars(w, (c) => LEET[c.toLowerCase()] ?? c)).join(" ") },
  dropped_vowels: { trained: false, trick: (w) => (w.length > 4 ? mapChars(w, (c, i) => (i > 0 && VOWEL.test(c) ? "" : c)) : w) },
  swapped_letters: { trained: false, trick: (w) => middle(w, (a, b) => a.slice(0, -1) + b[0] + a.slice(-1) + b.slice(1)) },
};

export interface Listing {
  title: string;
  description: string;
}

/** The listing with every word of three or more letters inside the rules' counting hits rewritten by `trick`. */
export function disguise<T extends Listing>(listing: T, analysis: TextAnalysis, trick: Trick): T {
  const out = { ...listing };
  for (const field of ["title", "description"] as const) {
    // right to left, so earlier offsets stay valid; overlapping hits are rewritten once
    const spans = analysis.spans.filter((s) => s.field === field).sort((a, b) => b.start - a.start);
    let text = out[field];
    let before = Infinity;
    for (const s of spans) {
      if (s.end > before) continue;
      text = text.slice(0, s.start) + text.slice(s.start, s.end).replace(/\p{L}{3,}/gu, trick) + text.slice(s.end);
      before = s.start;
    }
    out[field] = text;
  }
  return out;
}

export interface BatteryRow {
  trick: string;
  trained: boolean;
  /** Listings the trick changed. */
  n: number;
  rules_flagged: number;
  served_flagged: number;
}

/**
 * For each trick: of the violating listings the rules flag clean (`ruleFlags`), the share the rules
 * and the served decision (`servedFlags`, the caller's model and policy) still flag once disguised.
 */
export async function evasionBattery<T extends Listing>(
  violating: T[],
  ruleFlags: (l: T) => boolean,
  servedFlags: (l: T[]) => Promise<boolean[]>,
): Promise<BatteryRow[]> {
  const caught = violating.filter(ruleFlags).map((l) => ({ listing: l, analysis: analyseText(l) }));
  const rows: BatteryRow[] = [];
  for (const [name, { trick, trained }] of Object.entries(TRICKS)) {
    const disguised = caught.map((c) => disguise(c.listing, c.analysis, trick)).filter((d, i) => d.title !== caught[i].listing.title || d.description !== caught[i].listing.description);
    const served = await servedFlags(disguised);
    const share = (k: number) => (disguised.length ? Math.round((k / disguised.length) * 1000) / 1000 : 0);
    rows.push({
      trick: name,
      trained,
      n: disguised.length,
      rules_flagged: share(disguised.filter(ruleFlags).length),
      served_flagged: share(served.filter(Boolean).length),
    });
  }
  return rows;
}
