/**
 * Evasion-undoing text normalisation with an exact map back to the original characters.
 *
 * Steps, in order (each keeps, for every output character, the original range that produced it):
 *   1. per code point: drop invisible characters (zero-width, soft hyphen, bidi controls ...),
 *      emoji and pictographs become spaces, regional-indicator and parenthesised letters letters,
 *      Unicode NFKC (fullwidth, mathematical, ligatures, ㎜ → mm), Latin look-alikes (small caps),
 *      accents stripped (NFD, combining marks removed), ł/ø/ß-style letters folded;
 *   2. per word: Cyrillic/Greek homoglyphs → Latin, only where the word mixes scripts (or, in a
 *      mostly-Latin text, consists only of look-alikes) so genuine Russian stays Cyrillic; a
 *      Cyrillic word with a few Latin look-alikes in it ("обpeз") goes the other way;
 *   3. lower-case;
 *   4. runs of 3+ single characters joined by separators ("G.U.N", "g u n", "A.R.-1.5") collapsed;
 *   5. leetspeak, conservatively, only where a digit sits between letters of a word (gl0ck,
 *      s1lencer, м0дератор) or ends a word as 0 (amm0): "9mm", "5.56x45", "1911", "ak47", prices
 *      stay intact.
 *      The lexicon matcher also tries a full-leet view of each word (see lexicon.ts);
 *   6. letters repeated 3+ times cut to 2 ("pistooool" → "pistool"; the matcher tries 1 as well);
 *   7. whitespace collapsed and trimmed.
 * Pure and deterministic: the text encoder's tokeniser trains and serves on this output.
 */
import { CYRILLIC_TO_LATIN, GREEK_TO_LATIN, LATIN_LOOKALIKES, LATIN_TO_CYRILLIC, LEET, LEET_CYRILLIC } from "./confusables";

/** What the model's text reads in a word that is leet: LEET with 8 and 9 as b and g ("8arrel", "9un"), 2 and 6 stay digits. */
const LEET_WIDE: Readonly<Record<string, string>> = { ...LEET, "8": "b", "9": "g" };

/** Which de-obfuscation produced a character (bit flags). Case and accents are not evasion. */
export const Flag = {
  INVISIBLE: 1, // an invisible character was removed right before it
  COMPAT: 2, // NFKC changed it (fullwidth, math alphabet ...) or a Latin look-alike was mapped
  HOMOGLYPH: 4, // Cyrillic/Greek look-alike mapped to Latin
  SEPARATED: 8, // it was one of single characters joined by separators
  LEET: 16, // a leetspeak digit or symbol mapped to a letter
  STRETCHED: 32, // a run of 3+ repeated letters was cut
} as const;
const EVASION_MASK = 63;

export interface Normalised {
  text: string;
  /** offsets[i]: index in the original of the character that produced text[i]; offsets[text.length] = original.length. */
  offsets: Int32Array;
  /** ends[i]: end (exclusive) in the original of what produced text[i]. */
  ends: Int32Array;
}

export interface NormalisedDetail extends Normalised {
  /** Same length as text: the characters before leetspeak was undone ("gl0ck" where text has "glock"). */
  raw: string;
  /** Flag bits per character of text. */
  flags: Uint8Array;
}

interface Unit {
  c: string; // one code point
  s: number;
  e: number;
  f: number;
  r: string; // before leet
}

const INVISIBLE = /^[\p{Cf}\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u2800\u3164\uFFA0\uFE00-\uFE0F]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
/** First and last code point of letter symbols a–z: regional indicators, parenthesised small letters. */
const LETTER_SYMBOL_BASES: ReadonlyArray<readonly [number, number]> = [[0x1f1e6, 0x1f1ff], [0x249c, 0x24b5]];
const LETTER = /^\p{L}$/u;
const MARKS = /\p{M}/gu;
const SEPARATORS = new Set([" ", ".", "-", "_", "*", "·", "•", "~", "+", "|", "/", "\\", ",", ":", "'", "`", "^", "=", "#", "\t"]);
/** Single-letter words that may precede spelled-out letters: "a g u n" is "a gun", not "agun". */
const SINGLE_LETTER_WORDS = new Set(["a", "i", "y", "o", "e", "u", "w", "z", "и", "в", "с", "к", "у", "о", "а"]);
/** Model codes the leet step must not touch (the matcher still sees their plain form anyway). */
const PROTECTED = new Set(["mp5k", "mp5sd", "m4a1", "ak74u", "ump45", "fn57", "m1a1", "g3a3", "hk33"]);
const FOLDS = new Set(["ł", "Ł", "ø", "Ø", "đ", "Đ", "ħ", "Ħ", "ß", "ẞ", "æ", "Æ", "œ", "Œ", "þ"]);
const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

function isAlnum(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiLetter(code) || isAsciiDigit(code);
  let known = ALNUM.get(c);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(c);
    if (ALNUM.size < CACHE_LIMIT) ALNUM.set(c, known);
  }
  return known;
}
function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiLetter(code);
  if (code >= 0x0430 && code <= 0x044f) return true; // lower-case Cyrillic, the common case
  return LETTER.test(c);
}
const isDigit = (c: string) => c.length === 1 && isAsciiDigit(c.charCodeAt(0));

type Script = "latin" | "cyrillic" | "greek" | "other";
function scriptOf(c: string): Script {
  const code = c.codePointAt(0)!;
  if (code < 128) return isAsciiLetter(code) ? "latin" : "other";
  if (code >= 0x0400 && code <= 0x052f) return "cyrillic";
  if (code >= 0x0370 && code <= 0x03ff) return "greek";
  if (code <= 0x024f || (code >= 0x1e00 && code <= 0x1eff)) return LETTER.test(c) ? "latin" : "other";
  return "other";
}

interface Decomposed {
  chars: string[];
  flags: number[];
}
/** Per code point results are pure, so they are cached (bounded: code points seen in real text are few). */
const DECOMPOSED = new Map<string, Decomposed | null>();
const LOWER = new Map<string, string>();
const ALNUM = new Map<string, boolean>();
const CACHE_LIMIT = 50_000;

function decomposeCodePoint(cp: string): Decomposed | null {
  const cached = DECOMPOSED.get(cp);
  if (cached !== undefined) return cached;
  let result: Decomposed | null = null;
  const code = cp.codePointAt(0)!;
  const letter = LETTER_SYMBOL_BASES.find(([from, to]) => code >= from && code <= to);
  if (letter) {
    // regional-indicator and parenthesised letters ("🇬🇱🇴🇨🇰", "⒢⒰⒩") spell words; NFKC leaves the first and brackets the second
    result = { chars: [String.fromCharCode(97 + code - letter[0])], flags: [Flag.COMPAT] };
  } else if (PICTOGRAPH.test(cp)) {
    // an emoji or pictograph separates words ("NEW🔥Glock") and can split one ("glo🔫ck", "g🔥u🔥n"); "™" is no "tm"
    result = { chars: [" "], flags: [0] };
  } else if (!INVISIBLE.test(cp)) {
    result = { chars: [], flags: [] };
    const nfkc = cp.normalize("NFKC");
    const compat = nfkc !== cp && nfkc !== cp.normalize("NFC") && !/^\s+$/u.test(nfkc) ? Flag.COMPAT : 0;
    for (const ch of nfkc) {
      const look = LATIN_LOOKALIKES[ch];
      const flag = compat | (look !== undefined && !FOLDS.has(ch) ? Flag.COMPAT : 0);
      for (const b of (look ?? ch).normalize("NFD").replace(MARKS, "")) {
        result.chars.push(b);
        result.flags.push(flag);
      }
    }
  }
  if (DECOMPOSED.size < CACHE_LIMIT) DECOMPOSED.set(cp, result);
  return result;
}

function lowerNonAscii(c: string): string {
  let lower = LOWER.get(c);
  if (lower === undefined) {
    lower = c.toLowerCase().normalize("NFD").replace(MARKS, "");
    if (LOWER.size < CACHE_LIMIT) LOWER.set(c, lower);
  }
  return lower;
}

/** Step 1: invisible characters, NFKC, Latin look-alikes, accents, folds. */
function decompose(original: string): Unit[] {
  const out: Unit[] = [];
  let pending = 0;
  for (let i = 0; i < original.length; ) {
    const unit = original.charCodeAt(i);
    if (unit < 128) {
      i++;
      if (unit < 32 && unit !== 9 && unit !== 10 && unit !== 13) continue;
      const ch = original[i - 1];
      out.push({ c: ch, s: i - 1, e: i, f: pending, r: ch });
      pending = 0;
      continue;
    }
    const code = original.codePointAt(i)!;
    const len = code > 0xffff ? 2 : 1;
    const cp = len === 2 ? original.slice(i, i + 2) : original[i];
    const s = i;
    i += len;
    const decomposed = decomposeCodePoint(cp);
    if (decomposed === null) {
      pending |= Flag.INVISIBLE;
      continue;
    }
    for (let k = 0; k < decomposed.chars.length; k++) {
      const b = decomposed.chars[k];
      out.push({ c: b, s, e: i, f: decomposed.flags[k] | pending, r: b });
      pending = 0;
    }
  }
  return out;
}

/** Step 2: homoglyphs, decided per word. */
function mapHomoglyphs(units: Unit[]): void {
  let latin = 0;
  let foreign = 0;
  for (const u of units) {
    const sc = scriptOf(u.c);
    if (sc === "latin") latin++;
    else if (sc === "cyrillic" || sc === "greek") foreign++;
  }
  if (foreign === 0 || latin === 0) return; // no word can mix scripts
  const mostlyLatin = latin > foreign;
  for (let i = 0; i < units.length; ) {
    if (!isAlnum(units[i].c)) {
      i++;
      continue;
    }
    let j = i;
    let lat = 0;
    let alien = 0;
    let allConfusable = true;
    while (j < units.length && isAlnum(units[j].c)) {
      const c = units[j].c;
      const sc = scriptOf(c);
      if (sc === "latin") lat++;
      else if (sc === "cyrillic" || sc === "greek") {
        alien++;
        if ((CYRILLIC_TO_LATIN[c] ?? GREEK_TO_LATIN[c]) === undefined) allConfusable = false;
      }
      j++;
    }
    if (alien > 0 && lat > 0 && isCyrillicWordWithLatinLookalikes(units, i, j)) {
      for (let k = i; k < j; k++) {
        const mapped = LATIN_TO_CYRILLIC[units[k].c];
        if (mapped !== undefined) {
          units[k].c = mapped;
          units[k].r = mapped;
          units[k].f |= Flag.HOMOGLYPH;
        }
      }
    } else if (alien > 0 && ((lat > 0) || (allConfusable && mostlyLatin))) {
      for (let k = i; k < j; k++) {
        const mapped = CYRILLIC_TO_LATIN[units[k].c] ?? GREEK_TO_LATIN[units[k].c];
        if (mapped !== undefined) {
          units[k].c = mapped;
          units[k].r = mapped;
          units[k].f |= Flag.HOMOGLYPH;
        }
      }
    }
    i = j;
  }
}

/**
 * A word with Cyrillic letters that Latin has no look-alike for (б, з, л, ю ...) and only Latin
 * letters that Cyrillic has look-alikes for (a, c, e, p ...) is Cyrillic with a disguise: "обpeз".
 */
function isCyrillicWordWithLatinLookalikes(units: Unit[], from: number, to: number): boolean {
  let cyrillicOnly = 0;
  for (let k = from; k < to; k++) {
    const c = units[k].c;
    const sc = scriptOf(c);
    if (sc === "latin" && LATIN_TO_CYRILLIC[c] === undefined) return false;
    if (sc === "cyrillic" && CYRILLIC_TO_LATIN[c] === undefined) cyrillicOnly++;
  }
  return cyrillicOnly > 0;
}

/** Step 3: lower-case (a code point may lower-case to several, e.g. "İ"). */
function lowerCase(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const code = u.c.charCodeAt(0);
    if (code < 128) {
      const c = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : u.c;
      u.c = c;
      u.r = c;
      out.push(u);
      continue;
    }
    const lower = lowerNonAscii(u.c);
    if (lower === u.c) {
      out.push(u);
      continue;
    }
    for (const ch of lower) out.push({ c: ch, s: u.s, e: u.e, f: u.f, r: ch });
  }
  return out;
}

/** Step 4: "g.u.n" → "gun". Returns units with the separators removed. */
function collapseSpelledOut(units: Unit[]): Unit[] {
  const remove = new Uint8Array(units.length);
  // single-character words: [index] where the unit is alnum and both neighbours are not
  const singles: number[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!isAlnum(units[i].c)) continue;
    const before = wordCharAt(units, i - 1, -1);
    const after = wordCharAt(units, i + 1, 1);
    // the whole part of a caliber is no spelled-out character: "M u n i 7.62x39" keeps it ("A.R.-1.5" is spelled out)
    const decimal =
      isDigit(units[i].c) && i + 3 < units.length && (units[i + 1].c === "." || units[i + 1].c === ",") && isDigit(units[i + 2].c) && isAlnum(units[i + 3].c);
    if (!before && !after && !decimal) singles.push(i);
  }
  let k = 0;
  while (k < singles.length) {
    let chainEnd = k;
    // a clause break ends the run unless the letters are all spelled with it: "M a u s e r a, z" stops
    // at the comma, "g, u, n" does not
    const firstGap = chainEnd + 1 < singles.length ? gapKey(units, singles[chainEnd], singles[chainEnd + 1]) : "";
    while (chainEnd + 1 < singles.length && joinable(units, singles[chainEnd], singles[chainEnd + 1])) {
      const gap = gapKey(units, singles[chainEnd], singles[chainEnd + 1]);
      if (gap !== firstGap && CLAUSE_BREAK.test(gap)) break;
      chainEnd++;
    }
    let first = k;
    // "a g u n": a leading single-letter word followed by a plain space is a word of its own
    if (
      chainEnd - first + 1 >= 4 &&
      SINGLE_LETTER_WORDS.has(units[singles[first]].c) &&
      units[singles[first] + 1].c === " " &&
      singles[first + 1] === singles[first] + 2
    ) {
      first++;
    }
    // "2 c l i p s": a count before spelled-out letters is a number of its own; "9 m m" is one word
    if (isDigit(units[singles[first]].c) && first < chainEnd && isLetter(units[singles[first + 1]].c)) {
      let rest = "";
      for (let n = first + 1; n <= chainEnd; n++) rest += units[singles[n]].c.toLowerCase();
      if (!UNITS.has(rest)) first++;
    }
    if (chainEnd - first + 1 >= 3) {
      const onlyDigitsBySpace =
        singles.slice(first, chainEnd + 1).every((idx) => isDigit(units[idx].c)) &&
        singles.slice(first, chainEnd).every((idx, n) => singles[first + n + 1] === idx + 2 && units[idx + 1].c === " ");
      if (!onlyDigitsBySpace) {
        for (let n = first; n <= chainEnd; n++) {
          units[singles[n]].f |= Flag.SEPARATED;
          if (n < chainEnd) for (let g = singles[n] + 1; g < singles[n + 1]; g++) remove[g] = 1;
        }
      }
    }
    k = chainEnd + 1;
  }
  return units.filter((_, i) => remove[i] === 0);
}

/**
 * Whether units[k] belongs to a word: a letter or digit, or a leet symbol with one beyond it (step
 * away from the letter asking): the "s" of "beng@1@s" is no spelled-out letter.
 */
function wordCharAt(units: Unit[], k: number, step: number): boolean {
  if (k < 0 || k >= units.length) return false;
  if (isAlnum(units[k].c)) return true;
  const beyond = k + step;
  return isLeetSymbol(units[k].c) && beyond >= 0 && beyond < units.length && isAlnum(units[beyond].c);
}

const CLAUSE_BREAK = /[,:] /;
/** The separators between two single letters, runs of spaces counted as one. */
function gapKey(units: Unit[], a: number, b: number): string {
  let key = "";
  for (let g = a + 1; g < b; g++) if (!(units[g].c === " " && key.endsWith(" "))) key += units[g].c;
  return key;
}

function joinable(units: Unit[], a: number, b: number): boolean {
  const gap = b - a - 1;
  if (gap < 1 || gap > 3) return false;
  for (let g = a + 1; g < b; g++) if (!SEPARATORS.has(units[g].c)) return false;
  return true;
}

/** Leetspeak symbols that may also be punctuation ("$500", "Glock!"): mapped only between letters here. */
export const isLeetSymbol = (c: string) => c === "@" || c === "$" || c === "!";

function hasLeetCandidate(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = units[k].c;
    if (LEET_WIDE[c] !== undefined || LEET_CYRILLIC[c] !== undefined) return true;
  }
  return false;
}

/** Step 5: conservative leetspeak inside words. */
function undoLeet(units: Unit[]): void {
  for (let i = 0; i < units.length; ) {
    const c = units[i].c;
    if (!isAlnum(c) && !isLeetSymbol(c)) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    while (j < units.length && (isAlnum(units[j].c) || isLeetSymbol(units[j].c))) {
      if (isLetter(units[j].c)) letters++;
      j++;
    }
    if (letters > 0 && j - i > 1 && hasLeetCandidate(units, i, j)) leetWord(units, i, j, letters);
    i = j;
  }
}

function letterIn(units: Unit[], k: number, from: number, to: number): boolean {
  return k >= from && k < to && isLetter(units[k].c);
}

function setLeet(u: Unit, value: string): void {
  u.c = value;
  u.f |= Flag.LEET;
}

function leetWord(units: Unit[], from: number, to: number, letters: number): void {
  let word = "";
  let cyrillic = 0;
  for (let k = from; k < to; k++) {
    word += units[k].c;
    if (scriptOf(units[k].c) === "cyrillic") cyrillic++;
  }
  if (PROTECTED.has(word)) return;
  // a Cyrillic word reads its digits as Cyrillic letters (0 → о, 3 → з), never as Latin ones
  const table = cyrillic * 2 > letters ? LEET_CYRILLIC : LEET;
  // "la8e1$", "0ti$", "come$": a dollar sign ending a word of letters is an s ("US$", "R$" are too short)
  const last = units[to - 1];
  if (last.c === "$" && table === LEET && letters >= 3 && isAlnum(units[to - 2].c)) setLeet(last, "s");
  // A symbol already read as a letter counts as one for the symbol after it ("silenc!@d0r").
  const letterish = (k: number) => letterIn(units, k, from, to) || (k >= from && k < to && (units[k].f & Flag.LEET) !== 0);
  for (let k = from; k < to; ) {
    const c = units[k].c;
    if (c === "@" || c === "$") {
      const next = k + 1 < to ? units[k + 1].c : "";
      if (next && (isLetter(next) || isLeetSymbol(next)) && (k === from || letterish(k - 1)) && table[c]) setLeet(units[k], table[c]);
      k++;
      continue;
    }
    if (c === "!") {
      const next = k + 1 < to ? units[k + 1].c : "";
      const nextIsLetter = letterIn(units, k + 1, from, to) || ((next === "@" || next === "$") && letterIn(units, k + 2, from, to));
      if (letterish(k - 1) && nextIsLetter) setLeet(units[k], "i");
      k++;
      continue;
    }
    if (!isDigit(c)) {
      k++;
      continue;
    }
    let r = k;
    while (r < to && isDigit(units[r].c)) r++;
    const reading = leetDigits(units, word, from, to, k, r, letters, table);
    if (reading) {
      const next = r < to ? units[r].c : "";
      for (let d = k; d < r; d++) {
        const digit = units[d].c;
        setLeet(units[d], digit === "1" ? (next === "" || VOWELS.has(next) ? "l" : "i") : reading[digit]);
      }
    }
    k = r;
  }
}

/** Digits a model code or a quantity ends with or starts with: "9mm", "12ga", "4pcs", "2nd", "8gb". */
const UNITS = new Set([
  "mm", "cm", "km", "ml", "kg", "gb", "mb", "tb", "kw", "hp", "pcs", "pc", "pk", "st", "nd", "rd", "th", "ga", "acp", "lr", "wd",
  "dr", "ah", "mah", "px", "ft", "in", "oz", "lb", "lbs", "yd", "min", "hr", "hrs", "sec", "xl", "xs", "gen", "mp", "fps", "rpm", "am",
  "pm", "yo", "yr", "yrs", "mo", "wk", "pt", "sm", "xxl", "mg", "mcg", "ug", "iu",
]);

/** The same in Russian: "40к" (thousand), "12км", "5шт" ("пробег ~40к" is no "чок", a choke). */
const CYRILLIC_UNITS = new Set(["к", "км", "кг", "мм", "см", "мл", "л", "г", "шт", "тыс", "т", "р", "руб", "гб", "мб", "мп", "вт", "квт", "лс", "ч", "мин", "мес", "лет", "год"]);
/** A number with its unit ("9mm", "5mg", "4pcs", "40к"): never leetspeak, so "5mg" is no "smg". */
export function isQuantity(word: string): boolean {
  const m = /^\d+(\p{L}+)$/u.exec(word);
  if (!m) return false;
  const unit = m[1].toLowerCase();
  return UNITS.has(unit) || CYRILLIC_UNITS.has(unit);
}
/** Digits that read as vowels at the end of a long word: "rosc4", "tarj3ta" (a 5 or 7 there is more often a model: "iphone7"). */
const TRAILING_VOWEL = new Set(["3", "4"]);

/**
 * How the digit run [k, r) of a word reads as leetspeak in the text the model sees, or null for a
 * number: inside a word of three letters or more ("s1lencer", "amm0"); at the start of a short word
 * or one with other leet in it, not a unit ("9un", "8ox", "9rapa5"; not "9mm", "4pcs", "4door"); at the end of a word with
 * other leet in it or of a long one ending in a vowel ("f1!gh7", "grapa5" after "9", "rosc4"; not
 * "iphone7", "gen3"). 8 and 9 read as b and g here too ("8arrel", "9rapa5").
 */
function leetDigits(units: Unit[], word: string, from: number, to: number, k: number, r: number, letters: number, table: Readonly<Record<string, string>>): Readonly<Record<string, string>> | null {
  const run = word.slice(k - from, r - from);
  const latin = table === LEET;
  const full = latin ? LEET_WIDE : table;
  const reads = (t: Readonly<Record<string, string>>) => [...run].every((d) => t[d] !== undefined);
  const before = letterIn(units, k - 1, from, to);
  const after = letterIn(units, r, from, to);
  const sameDigits = run.length === 1 || (run.length === 2 && run[0] === run[1]);
  if (before && after) return letters >= 3 && sameDigits && reads(full) ? full : null;
  if (!latin || run.length !== 1 || !reads(full)) return null;
  if (k === from && r < to && (after || isLeetSymbol(units[r].c))) {
    // "4door", "1owner", "5star" are a number and a word; "9un", "8ox", "7he", "9rapa5" are leet
    const rest = word.slice(r - from);
    const otherLeet = /[0-9@$!]/.test(rest);
    return letters >= 2 && !UNITS.has(rest) && !/^\p{L}{0,2}\d/u.test(rest) && (otherLeet || rest.length <= 3) ? full : null;
  }
  if (r === to && before && letters >= 3) {
    if (run === "0") return full;
    const otherLeet = /[0-9@$!]/.test(word.slice(0, k - from));
    return otherLeet || (letters >= 4 && TRAILING_VOWEL.has(run)) ? full : null;
  }
  return null;
}

/** Step 6: "pistooool" → "pistool". */
function cutRepeats(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; ) {
    let j = i + 1;
    while (j < units.length && units[j].c === units[i].c) j++;
    if (j - i >= 3 && isLetter(units[i].c)) {
      const first = units[i];
      const second = units[i + 1];
      first.f |= Flag.STRETCHED;
      second.f |= Flag.STRETCHED;
      second.e = units[j - 1].e;
      out.push(first, second);
    } else {
      for (let k = i; k < j; k++) out.push(units[k]);
    }
    i = j;
  }
  return out;
}

/** Step 7: whitespace runs → one space, trimmed. */
function collapseWhitespace(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  let space: Unit | null = null;
  for (const u of units) {
    const code = u.c.charCodeAt(0);
    if (code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && /^\s$/u.test(u.c))) {
      if (!space && out.length > 0) space = { c: " ", s: u.s, e: u.e, f: 0, r: " " };
      continue;
    }
    if (space) {
      out.push(space);
      space = null;
    }
    out.push(u);
  }
  return out;
}

export function normaliseDetailed(original: string): NormalisedDetail {
  let units = decompose(original);
  mapHomoglyphs(units);
  units = lowerCase(units);
  units = collapseSpelledOut(units);
  undoLeet(units);
  units = cutRepeats(units);
  units = collapseWhitespace(units);

  let length = 0;
  for (const u of units) length += u.c.length;
  const offsets = new Int32Array(length + 1);
  const ends = new Int32Array(length);
  const flags = new Uint8Array(length);
  let text = "";
  let raw = "";
  let p = 0;
  for (const u of units) {
    text += u.c;
    raw += u.r.length === u.c.length ? u.r : u.c;
    for (let k = 0; k < u.c.length; k++, p++) {
      offsets[p] = u.s;
      ends[p] = u.e;
      flags[p] = u.f;
    }
  }
  offsets[length] = original.length;
  return { text, raw, offsets, ends, flags };
}

/** Words as normalise() writes them ("мой" → "мои", "всё" → "все", "też" → "tez"), for sets compared with a layout's words. */
export function wordSet(words: Iterable<string>): Set<string> {
  return new Set([...words].map((w) => normaliseDetailed(w).text));
}

/** The normalised text and, per character, where it came from in `original`. */
export function normalise(original: string): Normalised {
  const { text, offsets, ends } = normaliseDetailed(original);
  return { text, offsets, ends };
}

/** The normalised string only (what the text model sees). */
export function normaliseForModel(text: string): string {
  return normaliseDetailed(text).text;
}

/** Maps the normalised range [a, b) back to [start, end) in the original. */
export function originalRange(n: Normalised, a: number, b: number): [number, number] {
  if (b <= a) return [n.offsets[a], n.offsets[a]];
  let end = 0;
  for (let i = a; i < b; i++) end = Math.max(end, n.ends[i]);
  return [n.offsets[a], end];
}

/** True when a character in [a, b) only reads as it does after undoing an evasion. */
export function rangeIsEvasive(d: NormalisedDetail, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (d.flags[i] & EVASION_MASK) return true;
  return false;
}
