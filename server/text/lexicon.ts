/**
 * The multilingual lexicon, compiled once at module load into a word-sequence dictionary, and the
 * matcher that finds its terms in normalised text.
 *
 * Matching works on words, not characters, so "gun" never fires inside "gunmetal", "begun" or
 * "burgundy". A term is the concatenation of its words ("bolt carrier group" → "boltcarriergroup",
 * "10/22" → "1022"), so "AR-15", "AR 15" and "ar15" all meet "ar-15". From each word we extend the
 * window word by word while the concatenation is still a prefix of some term (a prefix set prunes
 * almost every window after one word), which keeps a 20,000-character description to a few ms.
 *
 * Each word is tried in a few forms: as normalised, before leetspeak was undone, fully de-leeted
 * (two views: 1 as i and as l, or, where a word needs both, each 1 as the term it is on the way to;
 * in Cyrillic words 3/4 likewise; 9, 8, 2, 6 and a trailing symbol included; asterisks masking a letter read as the letter
 * that leads to a term), transliterated from Cyrillic, and with stretched letters cut to one. Runs of
 * spelled-out letters ("s e a r l i g h t n i n g") are also searched inside for longer terms.
 */
import { ALL_TERMS, type TermSpec } from "./lexicon-data";
import { LEET_AMBIGUOUS, LEET_CYRILLIC_FULL, LEET_FULL, TRANSLIT } from "./confusables";
import { Flag, isLeetSymbol, isQuantity, normaliseDetailed, rangeIsEvasive, type NormalisedDetail } from "./normalise";

export interface LexiconEntry extends TermSpec {
  /** The term's words, concatenated, as normalise() writes them. */
  key: string;
  /** The last word is a stem that takes the language's case endings. */
  stem: boolean;
  /** Most words any spelling of the term has: more words in the text means a split word ("glo ck"). */
  words: number;
}

export interface LexiconHit {
  entry: LexiconEntry;
  /** Range in the normalised text. */
  a: number;
  b: number;
  /** What the words read as after de-obfuscation, e.g. "glock". */
  normalised: string;
  /** The hit only exists because an evasion was undone (leet, homoglyph, separators ...). */
  evasion: boolean;
}

/** Endings a plain term may take (plurals). */
const PLURALS: Record<string, readonly string[]> = {
  en: ["s", "es"],
  es: ["s", "es"],
  pt: ["s", "es"],
  fr: ["s", "x"],
  it: [],
  de: ["e", "n", "en", "s", "es", "er", "ern", "ens"],
  ru: [],
  pl: [],
};
/**
 * Endings a stem ("винтовк*") may take: case and number endings. Written as a person writes them;
 * stripped of accents below like the text they meet (normalise() turns й into и).
 */
const CASE_ENDINGS_WRITTEN: Record<string, readonly string[]> = {
  ru: [
    "", "а", "я", "у", "ю", "ом", "ем", "ой", "ей", "ы", "и", "е", "ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях",
    "ою", "ею", "ь", "ий", "ая", "ое", "ие", "ого", "ему", "ому", "ым", "ых", "ими", "ую", "ки", "ка", "ку", "ке",
  ],
  pl: ["", "a", "u", "y", "i", "e", "ow", "om", "ami", "ach", "em", "ie", "iem", "a", "ek", "ki", "ce", "ach", "owi"],
};
const stripMarks = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
const CASE_ENDINGS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(CASE_ENDINGS_WRITTEN).map(([lang, endings]) => [lang, [...new Set(endings.map(stripMarks))]]),
);
/** A cue stem ("клеев*", "masaz*") takes any ending up to this long: cues only re-read nearby words. */
const CUE_STEM_SUFFIX = 4;
const MAX_SUFFIX = CUE_STEM_SUFFIX;
const MAX_WORDS = 7;
/** Characters that may sit between the words of one term: "bolt-carrier group", "10/22", "s & w". */
const WORD_GAP = /^(?:[ \-/_.'&+]{1,3})$/;
const TOKEN_CHAR_RE = /[\p{L}\p{N}&]/u;
export function isTokenChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 38;
  if (code >= 0x0430 && code <= 0x044f) return true; // lower-case Cyrillic, the common case
  return TOKEN_CHAR_RE.test(c);
}

interface Dictionary {
  terms: Map<string, LexiconEntry[]>;
  prefixes: Set<string>;
}

function dedup(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  return out;
}

function addTerm(dict: Dictionary, key: string, entry: LexiconEntry): void {
  const list = dict.terms.get(key);
  if (list) list.push(entry);
  else dict.terms.set(key, [entry]);
  for (let i = 1; i <= key.length; i++) dict.prefixes.add(key.slice(0, i));
}

/** Words of a normalised string (raw, pre-leet: a term is written as meant), concatenated. */
function termKey(term: string): { key: string; words: number } {
  const d = normaliseDetailed(term);
  let key = "";
  let words = 0;
  let inWord = false;
  for (const ch of d.raw) {
    const isWord = isTokenChar(ch);
    if (isWord) key += ch;
    if (isWord && !inWord) words++;
    inWord = isWord;
  }
  return { key, words };
}

function compile(): { entries: LexiconEntry[]; exact: Dictionary; dedupd: Dictionary } {
  const exact: Dictionary = { terms: new Map(), prefixes: new Set() };
  const dedupd: Dictionary = { terms: new Map(), prefixes: new Set() };
  const entries: LexiconEntry[] = [];
  // Spellings that differ only in separators ("ar-15", "ar 15", "ar15") are one entry: the first.
  const seen = new Map<string, LexiconEntry>();
  for (const spec of ALL_TERMS) {
    const stem = spec.term.endsWith("*");
    const { key, words } = termKey(stem ? spec.term.slice(0, -1) : spec.term);
    const identity = `${key}|${spec.kind}|${spec.category}|${spec.language}|${spec.sense ?? ""}`;
    const first = seen.get(identity);
    if (first) first.words = Math.max(first.words, words);
    if (!key || first) continue;
    const entry: LexiconEntry = { ...spec, key, stem, words };
    seen.set(identity, entry);
    entries.push(entry);
    addTerm(exact, key, entry);
    addTerm(dedupd, dedup(key), entry);
  }
  return { entries, exact, dedupd };
}

const COMPILED = compile();
/** Every compiled entry (for tests and for the console's rule list). */
export const LEXICON: readonly LexiconEntry[] = COMPILED.entries;

interface Word {
  a: number;
  b: number;
  /** End of the full-leet forms: past a leet symbol after the word ("m!n!"). */
  leetB: number;
  forms: string[]; // indexed by Variant
  stretched: boolean;
  /** Every letter was spelled out ("s e a r l i g h t n i n g"): words may hide inside. */
  spelled: boolean;
}
const enum Variant {
  Normalised = 0,
  Raw = 1,
  FullLeet = 2,
  FullLeetAlt = 3,
  Translit = 4,
}
const VARIANTS = [Variant.Normalised, Variant.Raw, Variant.FullLeet, Variant.FullLeetAlt, Variant.Translit];
const EVASIVE_VARIANT = [false, false, true, true, false];
const isLeetVariant = (v: Variant) => v === Variant.FullLeet || v === Variant.FullLeetAlt;
/** Shortest term looked for inside a run of spelled-out letters ("sear" in "searlightning"). */
const MIN_HIDDEN_TERM = 4;

/** Every leet character read as a letter; the two views differ on the ambiguous ones (1; 3 and 4 in Cyrillic). */
function fullLeet(raw: string, view: 0 | 1): string {
  const cyrillic = HAS_CYRILLIC.test(raw);
  const table = cyrillic ? LEET_CYRILLIC_FULL[view] : LEET_FULL;
  let out = "";
  for (const ch of raw) out += ch === "1" && !cyrillic ? (view === 0 ? "i" : "l") : (table[ch] ?? ch);
  return out;
}

/** Most ambiguous leet characters in one word we resolve (2^6 readings at worst, pruned by the prefix set). */
const MAX_AMBIGUOUS = 6;

/**
 * The reading of a word with two or more ambiguous leet characters ("p1sto1") that the lexicon can
 * follow: each ambiguous character takes the reading that keeps the word a prefix of some term, and
 * a term may end before the word does (an ending: "p1sto1s"). Null when no reading gets there or
 * the uniform views already cover the word.
 */
function mixedLeet(raw: string): string | null {
  const cyrillic = HAS_CYRILLIC.test(raw);
  const choices = LEET_AMBIGUOUS[cyrillic ? "cyrillic" : "latin"];
  const fixed = cyrillic ? LEET_CYRILLIC_FULL[0] : LEET_FULL;
  const chars = Array.from(raw);
  const ambiguous = chars.filter((c) => choices[c]).length;
  if (ambiguous < 2 || ambiguous > MAX_AMBIGUOUS) return null;
  const { prefixes, terms } = COMPILED.exact;
  const walk = (k: number, built: string): string | null => {
    if (k === chars.length) return prefixes.has(built) ? built : null;
    for (const next of choices[chars[k]] ?? [fixed[chars[k]] ?? chars[k]]) {
      const longer = built + next;
      if (prefixes.has(longer)) {
        const found = walk(k + 1, longer);
        if (found) return found;
      } else if (terms.has(built) && chars.length - k <= MAX_SUFFIX) {
        return built + chars.slice(k).map((c) => choices[c]?.[0] ?? fixed[c] ?? c).join("");
      }
    }
    return null;
  };
  return walk(0, "");
}

function translit(word: string): string {
  let out = "";
  for (const ch of word) out += TRANSLIT[ch] ?? ch;
  return out;
}

const HAS_LETTER = /\p{L}/u;
const HAS_CYRILLIC = /[\u0400-\u04ff]/;
const HAS_LEET = /[0-9@$!]/;

const SPELLED_THEN_NUMBER = /^(\p{L}{3,})\d+$/u;

/** One word's forms, for a word cut out of a longer run. */
function word(d: NormalisedDetail, a: number, b: number, stretched: boolean): Word {
  const v0 = d.text.slice(a, b);
  const r = d.raw.slice(a, b);
  return { a, b, leetB: b, forms: [v0, r, v0, v0, HAS_CYRILLIC.test(v0) ? translit(v0) : v0], stretched, spelled: false };
}

/** [start, end) of each run of token characters in `text`: the words the lexicon and the senses read. */
export function tokenRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    if (!isTokenChar(text[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isTokenChar(text[j])) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * Runs of token characters, where runs joined by one leet symbol the normaliser left alone are one
 * word: "3$copet@" is a word, not "3" and "copet".
 */
function leetJoinedRuns(text: string): Array<[number, number]> {
  const runs = tokenRuns(text);
  const out: Array<[number, number]> = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && run[0] === last[1] + 1 && isLeetSymbol(text[last[1]])) last[1] = run[1];
    else if (last && MASK_GAP.test(text.slice(last[1], run[0])) && unmask(text.slice(last[0], run[1]))) last[1] = run[1];
    else out.push([run[0], run[1]]);
  }
  return out;
}

/** One or two asterisks between two letters: a letter masked out ("gl*ck", "p**tola"). */
const MASK_GAP = /^\*{1,2}$/;
/** Fewest letters left visible in a masked word: "g*n" and "sh*t" could be anything. */
const MIN_UNMASKED = 4;
const LATIN_LETTERS = Array.from("abcdefghijklmnopqrstuvwxyz");
const CYRILLIC_LETTERS = Array.from("абвгдежзиклмнопрстуфхцчшщъыьэюя");

/**
 * The reading of a word with letters masked by asterisks, as sellers censor their own listings
 * ("Gl*ck 19", "p*stolet", "Mun*c*ón"): each asterisk takes the letter that keeps the word on the
 * way to a lexicon term, a whole term preferred. Null when too little is visible or no term is in reach.
 */
function unmask(word: string): string | null {
  const chars = Array.from(word);
  const masked = chars.filter((c) => c === "*").length;
  if (masked === 0 || masked > 2 || chars.length - masked < MIN_UNMASKED || chars[0] === "*") return null;
  const letters = HAS_CYRILLIC.test(word) ? CYRILLIC_LETTERS : LATIN_LETTERS;
  const { prefixes, terms } = COMPILED.exact;
  let onTheWay: string | null = null;
  // first a whole term, then a term and an ending the matcher checks ("п*троны"), then the way to a longer term
  const walk = (k: number, built: string, ending: boolean): string | null => {
    if (k === chars.length) {
      if (terms.has(built)) return built;
      onTheWay ??= built;
      return null;
    }
    const rest = chars.slice(k);
    if (ending && terms.has(built) && rest.length <= MAX_SUFFIX && !rest.includes("*")) return built + rest.join("");
    for (const next of chars[k] === "*" ? letters : [chars[k]]) {
      const longer = built + next;
      if (!prefixes.has(longer)) continue;
      const found = walk(k + 1, longer, ending);
      if (found) return found;
    }
    return null;
  };
  return walk(0, "", false) ?? walk(0, "", true) ?? onTheWay;
}

function words(d: NormalisedDetail): Word[] {
  const out: Word[] = [];
  const { text, raw, flags } = d;
  for (const [i, j] of leetJoinedRuns(text)) {
    // a leet symbol the normaliser left alone ("$ilencer" at a word start) belongs to the word
    let a = i;
    while (a > 0 && (raw[a - 1] === "$" || raw[a - 1] === "@") && text[a - 1] === raw[a - 1] && (a === 1 || !isTokenChar(text[a - 2]))) a--;
    // ... and so does one at its end, for the full-leet view only ("m!n!", "escopet@")
    const leetEnd = j < text.length && isLeetSymbol(raw[j]) && text[j] === raw[j] && (j + 1 === text.length || !isTokenChar(text[j + 1])) ? j + 1 : j;
    const v0 = text.slice(a, j);
    const r = raw.slice(a, j);
    const forms = [v0, r, v0, v0, v0];
    const rLeet = raw.slice(a, leetEnd);
    if (HAS_LETTER.test(rLeet) && HAS_LEET.test(rLeet) && !isQuantity(rLeet)) {
      forms[Variant.FullLeet] = fullLeet(rLeet, 0);
      forms[Variant.FullLeetAlt] = mixedLeet(rLeet) ?? fullLeet(rLeet, 1);
    }
    if (HAS_CYRILLIC.test(v0)) forms[Variant.Translit] = translit(v0);
    // a masked word is read, like leet, only in the de-leeted views
    const unmasked = v0.includes("*") ? unmask(v0) : null;
    if (unmasked) forms[Variant.FullLeet] = forms[Variant.FullLeetAlt] = unmasked;
    let stretched = false;
    let spelled = true;
    for (let k = a; k < j; k++) {
      if (flags[k] & Flag.STRETCHED) stretched = true;
      if (!(flags[k] & Flag.SEPARATED)) spelled = false;
    }
    // letters spelled out run into a number after them: "g u n 4 sale" → "gun4", "P.i.s.t.o.l.e.t 9" → "pistolet9"
    const trailing = spelled ? SPELLED_THEN_NUMBER.exec(v0) : null;
    if (trailing) {
      const cut = a + trailing[1].length;
      out.push(word(d, a, cut, false), word(d, cut, j, false));
    } else out.push({ a, b: j, leetB: leetEnd, forms, stretched, spelled: spelled && j - a > MIN_HIDDEN_TERM });
  }
  return out;
}

/**
 * Polish declines foreign brand names like its own nouns: "Sprzedam Glocka", "bagnet do Mausera",
 * "z Waltherem". Makes and models are filed under "en", so in a Polish listing they take Polish
 * case endings too.
 */
const BRAND_ENDINGS: Record<string, readonly string[]> = { pl: [...CASE_ENDINGS.pl, "em"] };
const isBrand = (entry: LexiconEntry) => entry.id.startsWith("make:") || entry.id.startsWith("model:");

function endingAllowed(entry: LexiconEntry, suffix: string, language: string): boolean {
  if (suffix === "") return true;
  if (entry.kind === "cue") return entry.stem ? suffix.length <= CUE_STEM_SUFFIX : (PLURALS[entry.language] ?? []).includes(suffix);
  const list = entry.stem ? CASE_ENDINGS[entry.language] ?? PLURALS[entry.language] : PLURALS[entry.language];
  if (list?.includes(suffix)) return true;
  return isBrand(entry) && (BRAND_ENDINGS[language]?.includes(suffix) ?? false);
}

interface WindowContext {
  d: NormalisedDetail;
  ws: Word[];
  i: number;
  j: number;
  v: Variant;
  language: string;
  hits: Map<string, LexiconHit>;
  /** A term found inside a run of spelled-out letters: its range in the normalised text. */
  inside?: { a: number; b: number };
}

/** Entries whose key is `cur`, or `cur` minus an ending the entry allows. */
function lookup(dict: Dictionary, cur: string, ctx: WindowContext, useDedup: boolean): void {
  const exact = dict.terms.get(cur);
  if (exact) record(ctx, exact, "", useDedup);
  // an ending lies inside the last word: "pistolet i" is not "pistoleti"
  const last = ctx.ws[ctx.j].forms[ctx.v].length;
  for (let n = 1; n <= MAX_SUFFIX && n < last; n++) {
    const base = dict.terms.get(cur.slice(0, cur.length - n));
    if (base) record(ctx, base, cur.slice(cur.length - n), useDedup);
  }
}

function record(ctx: WindowContext, entries: LexiconEntry[], suffix: string, useDedup: boolean): void {
  const { d, ws, i, j, v } = ctx;
  for (const entry of entries) {
    if (!endingAllowed(entry, suffix, ctx.language)) continue;
    if (entry.onlyIn && !entry.onlyIn.includes(ctx.language)) continue;
    // a short letters-only cue read through transliteration is a Russian abbreviation ("ЛПС", a bullet, is no "LPs"); longer ones are
    // brands written in Cyrillic ("Пассат", "Е27")
    if (v === Variant.Translit && entry.kind === "cue" && /^\p{L}{1,3}$/u.test(entry.key)) continue;
    // and only names and cues are read through it: a word of another language is no Russian word ("бронь", a booking, is no Polish
    // "broń")
    if (v === Variant.Translit && entry.kind !== "cue" && !isBrand(entry) && !entry.id.startsWith("ammomaker:") && entry.language !== "en") continue;
    const a = ctx.inside?.a ?? ws[i].a;
    const b = ctx.inside?.b ?? (isLeetVariant(v) ? ws[j].leetB : ws[j].b);
    const id = `${a}:${b}:${entry.id}`;
    if (ctx.hits.has(id)) continue;
    const split = j - i + 1 > entry.words;
    // a term already whole before the last word is not hidden across it: "replica AAA" is no "replicaaa"
    if (split && !ctx.inside && endsBefore(ctx, entry, a)) continue;
    const evasion = split || EVASIVE_VARIANT[v] || useDedup || ctx.inside !== undefined || rangeIsEvasive(d, a, b);
    const normalised = ctx.inside ? d.text.slice(a, b) : spell(d, ws, i, j, v, useDedup, split);
    ctx.hits.set(id, { entry, a, b, normalised, evasion });
  }
}

function endsBefore(ctx: WindowContext, entry: LexiconEntry, a: number): boolean {
  for (let k = ctx.i; k < ctx.j; k++) {
    if (ctx.hits.has(`${a}:${ctx.ws[k].b}:${entry.id}`) || ctx.hits.has(`${a}:${ctx.ws[k].leetB}:${entry.id}`)) return true;
  }
  return false;
}

export interface MatchOptions {
  /** Detected language of the listing, for entries limited to some languages (slang). */
  language?: string;
}

/** Every lexicon term found in a normalised text (overlaps included; analyse-text resolves them). */
export function matchLexicon(d: NormalisedDetail, options: MatchOptions = {}): LexiconHit[] {
  const ws = words(d);
  const hits = new Map<string, LexiconHit>();
  const language = options.language ?? "und";
  for (let i = 0; i < ws.length; i++) {
    for (const v of VARIANTS) {
      if (v !== Variant.Normalised && !windowDiffers(ws, i, v)) continue;
      matchWindows(d, ws, i, v, language, hits);
    }
    if (ws[i].spelled) matchInsideSpelled(d, ws, i, language, hits);
  }
  return [...hits.values()];
}

/**
 * Terms made of word i and the words after it, in variant v. `from` starts the window inside word i
 * instead (a suffix of a spelled-out run, already in `from.cur`): the window goes on from word i + 1.
 */
function matchWindows(d: NormalisedDetail, ws: Word[], i: number, v: Variant, language: string, hits: Map<string, LexiconHit>, from?: { cur: string; a: number }): void {
  let cur = from?.cur ?? "";
  let stretched = false;
  for (let j = from ? i + 1 : i; j < ws.length && j < i + MAX_WORDS; j++) {
    const gapFrom = isLeetVariant(v) ? ws[j - 1]?.leetB : ws[j - 1]?.b;
    if (j > i && !WORD_GAP.test(d.text.slice(gapFrom, ws[j].a))) break;
    cur += ws[j].forms[v];
    stretched ||= ws[j].stretched;
    const ctx: WindowContext = { d, ws, i, j, v, language, hits, inside: from && { a: from.a, b: ws[j].b } };
    if (j > i && ws[j].spelled && v === Variant.Normalised) matchSpelledPrefixes(cur.slice(0, -ws[j].forms[v].length), ctx);
    lookup(COMPILED.exact, cur, ctx, false);
    const dcur = stretched ? dedup(cur) : "";
    if (stretched) lookup(COMPILED.dedupd, dcur, ctx, true);
    if (!COMPILED.exact.prefixes.has(cur) && !(stretched && COMPILED.dedupd.prefixes.has(dcur))) break;
  }
}

/** "auto" + the start of "searlightning": a term that ends inside a run of spelled-out letters. */
function matchSpelledPrefixes(before: string, ctx: WindowContext): void {
  const { ws, i, j } = ctx;
  const run = ws[j].forms[Variant.Normalised];
  for (let e = 1; e < run.length; e++) {
    const cur = before + run.slice(0, e);
    if (!COMPILED.exact.prefixes.has(cur)) return;
    const entries = e >= MIN_HIDDEN_TERM - 1 ? COMPILED.exact.terms.get(cur) : undefined;
    if (entries) record({ ...ctx, inside: { a: ctx.inside?.a ?? ws[i].a, b: ws[j].a + e } }, entries, "", false);
  }
}

/**
 * Spelled-out letters lose the spaces between words too: "s e a r l i g h t n i n g link" reaches
 * us as "searlightning link". Terms of MIN_HIDDEN_TERM letters or more are looked for inside such a
 * run, and a term starting inside it may go on into the words after it ("lightning" + "link").
 */
function matchInsideSpelled(d: NormalisedDetail, ws: Word[], i: number, language: string, hits: Map<string, LexiconHit>): void {
  const run = ws[i].forms[Variant.Normalised];
  const { exact } = COMPILED;
  for (let s = 0; s < run.length; s++) {
    for (let e = s + 1; e <= run.length; e++) {
      const cur = run.slice(s, e);
      if (!exact.prefixes.has(cur)) break;
      if (e - s < MIN_HIDDEN_TERM || (s === 0 && e === run.length)) continue;
      const entries = exact.terms.get(cur);
      if (entries) record({ d, ws, i, j: i, v: Variant.Normalised, language, hits, inside: { a: ws[i].a + s, b: ws[i].a + e } }, entries, "", false);
      // a suffix of the run that begins a longer term: go on into the next words
      if (e === run.length && s > 0) matchWindows(d, ws, i, Variant.Normalised, language, hits, { cur, a: ws[i].a + s });
    }
  }
}

function windowDiffers(ws: Word[], i: number, v: Variant): boolean {
  for (let j = i; j < ws.length && j < i + MAX_WORDS; j++) if (ws[j].forms[v] !== ws[j].forms[Variant.Normalised]) return true;
  return false;
}

/** The words i..j in variant v, with the normalised text's gaps between them. */
function spell(d: NormalisedDetail, ws: Word[], i: number, j: number, v: Variant, useDedup: boolean, joined: boolean): string {
  let out = "";
  for (let k = i; k <= j; k++) {
    if (k > i && !joined) out += d.text.slice(isLeetVariant(v) ? ws[k - 1].leetB : ws[k - 1].b, ws[k].a);
    out += useDedup ? dedup(ws[k].forms[v]) : ws[k].forms[v];
  }
  return out;
}

/** Number of entries per language and kind, for reports and tests. */
export function lexiconSize(): Record<string, { lexicon: number; negative: number; cue: number }> {
  const out: Record<string, { lexicon: number; negative: number; cue: number }> = {};
  for (const e of LEXICON) {
    out[e.language] ??= { lexicon: 0, negative: 0, cue: 0 };
    out[e.language][e.kind]++;
  }
  return out;
}
