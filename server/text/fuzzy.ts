/**
 * Bounded typo tolerance for gun makes and models: "berretta 92 fs", "remmington 870", "smith &
 * weson", "sig sauger", "kalashnikof", "springfeild". A principled, narrow net:
 *
 *   - only make and model entries strong enough to matter (weight ≥ MIN_WEIGHT: not "browning",
 *     "remington" or "springfield" alone, which are weak even spelt right);
 *   - doubled letters do not count (berreta, beretta → bereta; remmington → remington) for names
 *     of at least MIN_LENGTH characters once collapsed;
 *   - one edit (substitution, insertion, deletion or swap of neighbours) on those collapsed forms
 *     only for names of at least MIN_EDIT_LENGTH: at six, the 10,000 most frequent words of the eight
 *     languages collided with Blaser, Lanber, Minimi, Merkel and Chiappa (Blätter, länger, mínimo,
 *     merken, chiama); never on a digit, never on the first letter, and the numbers must agree;
 *   - the words that name a gun, a part or ammunition ("pistola", "revolver", "munition",
 *     "патроны"), and names of MIN_SWAP_LENGTH letters or more too short for the rules above
 *     ("golck", "rguer"), take one typo only, the commonest: two neighbouring letters swapped
 *     ("pitsola", "revolevr", "muntiion"), never the first letter; words of MIN_LENGTH or more
 *     also a doubled letter, as names do ("doppieta", "escopetta");
 *   - a word of MIN_SKELETON letters or more with no vowel at all, which no language here writes
 *     but sellers do to hide one ("glck", "pstl", "rvlvr", "внтвк"), is read as the name or gun
 *     word whose consonants it is, first letter included (no vowel word, no abbreviation in the
 *     common-word test collides);
 *   - a window of one word, or of up to three words when the first is the first word of a
 *     multi-word name ("smith & weson", "sig sauger");
 *   - never where any exact lexicon term already matched, and never on a word of the common-word
 *     guard list below (frequent words one edit from a name: "walter", "browsing", "timber" ...).
 *
 * analyse-text gives a typo a lower weight than the exact name, and a bare make without a number
 * or other firearm evidence in its field stays below the fire threshold.
 */
import { isFirearmLikeCategory } from "@/server/taxonomy";
import type { LexiconEntry } from "./lexicon";

export const MIN_LENGTH = 6;
export const MIN_EDIT_LENGTH = 7;
export const MIN_WEIGHT = 0.6;
export const MIN_SWAP_LENGTH = 5;
/** Fewest letters a word without vowels needs to be read as a gun word ("pcs", "mfg", "rfl" are not). */
export const MIN_SKELETON = 4;
const VOWELS = "aeiouyаеёиоуыэюя";
const VOWEL_RE = new RegExp(`[${VOWELS}]`, "g");
/** A vowel or a digit: a word without either may be a gun word with its vowels taken out. */
const VOWEL_OR_DIGIT = new RegExp(`[${VOWELS}\\d]`);
/** The consonants of a word, doubled ones once: "glock" → "glck", "revolver" → "rvlvr", "винтовка" → "внтвк". */
export const skeleton = (word: string) => collapse(word.replace(VOWEL_RE, ""));
/** Longest ending a misspelt stem may take ("винтвоками" is left alone); stems shorter than MIN_LENGTH take none ("волны" is waves, not "волын*"). */
const MAX_ENDING = 3;

/**
 * Frequent words one edit from a make or model that the rules above still let through (found with
 * the common-word test in fuzzy.test.ts), collapsed: Walter, Polish "zastawa" (pledge) and
 * "makaron" (pasta), German "männliche", Spanish and Italian "cercano" (near: Carcano), Italian
 * "vederli" (to see them: Vetterli), the name Wanda (Wanad), Italian "molto" (very: Molot).
 */
const GUARD = new Set(["walter", "zastawa", "makaron", "manliche", "cercano", "vederli", "wanda", "molto"]);

interface Indexed {
  entry: LexiconEntry;
  form: string;
  digits: string;
  /** A word for a gun, part or ammunition, or a short name: no edit but a swap of neighbouring letters reads as it. */
  swapOnly: boolean;
}

const isName = (e: LexiconEntry) => /^(?:make|model):/.test(e.id);
/** One word, letters only: "pistola", "munizioni", "винтовк*" (phrases are left to the exact matcher). */
const isFirearmWord = (e: LexiconEntry) => isFirearmLikeCategory(e.category) && e.words === 1 && /^\p{L}+$/u.test(e.key);

/** Two neighbouring letters swapped, not the first; same length, no other difference. */
export function oneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === 0 || i + 1 >= a.length) return false;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export function collapse(s: string): string {
  let doubled = false;
  for (let i = 1; i < s.length && !doubled; i++) doubled = s[i] === s[i - 1];
  if (!doubled) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  return out;
}

const NOT_DIGIT = /\D/g;
const IS_DIGIT = /\d/;

/** At most one edit apart, the edit on a letter (not a digit). Both strings already collapsed. */
export function oneLetterEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  const n = Math.min(a.length, b.length);
  while (i < n && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  if (i === 0) return false; // the first letter is never the typo
  const ca = a[i] ?? "";
  const cb = b[i] ?? "";
  if (IS_DIGIT.test(ca) || IS_DIGIT.test(cb)) return false;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface FuzzyIndex {
  /** By first letter, then by collapsed length. */
  byStart: Map<string, Indexed[][]>;
  /** By consonant skeleton ("glck", "pstl"): the first entry indexed under it. */
  bySkeleton: Map<string, LexiconEntry>;
  /** First words of multi-word names ("smith", "sig", "heckler"), collapsed, and by first letter. */
  multiStarts: Set<string>;
  multiStartsByLetter: Map<string, string[]>;
  /** First letters of every name. */
  startLetters: Set<string>;
}

export function buildFuzzyIndex(entries: readonly LexiconEntry[], firstWords: (e: LexiconEntry) => string | undefined): FuzzyIndex {
  const byStart = new Map<string, Indexed[][]>();
  const bySkeleton = new Map<string, LexiconEntry>();
  const multiStarts = new Set<string>();
  for (const entry of entries) {
    if (entry.kind !== "lexicon" || entry.weight < MIN_WEIGHT || !(isName(entry) ? !entry.stem : isFirearmWord(entry))) continue;
    const form = collapse(entry.key);
    if (form.length < MIN_SWAP_LENGTH) continue;
    const item = { entry, form, digits: form.replace(NOT_DIGIT, ""), swapOnly: !isName(entry) || form.length < MIN_LENGTH };
    let byLength = byStart.get(form[0]);
    if (!byLength) byStart.set(form[0], (byLength = []));
    (byLength[form.length] ??= []).push(item);
    const bones = skeleton(entry.key);
    if (bones.length >= MIN_SKELETON && /^\p{L}+$/u.test(entry.key) && !bySkeleton.has(bones)) bySkeleton.set(bones, entry);
    const first = firstWords(entry);
    if (first && !item.swapOnly) multiStarts.add(collapse(first));
  }
  const multiStartsByLetter = new Map<string, string[]>();
  for (const m of multiStarts) multiStartsByLetter.set(m[0], [...(multiStartsByLetter.get(m[0]) ?? []), m]);
  const startLetters = new Set(byStart.keys());
  for (const m of multiStarts) startLetters.add(m[0]);
  return { byStart, bySkeleton, multiStarts, multiStartsByLetter, startLetters };
}

export interface FuzzyWord {
  text: string;
}

export interface FuzzyMatch {
  /** Word range, inclusive. */
  first: number;
  last: number;
  entry: LexiconEntry;
  /** Read from a word with its vowels taken out: an evasion, not a slip. */
  vowelless?: true;
}

/**
 * Typos of makes and models among `words` (normalised). `covered[k]` marks words an exact
 * lexicon term already matched; `joined(k)` says whether word k and k+1 may form one name.
 */
export function fuzzyMatches(index: FuzzyIndex, words: readonly FuzzyWord[], covered: Uint8Array, joined: (k: number) => boolean): FuzzyMatch[] {
  const out: FuzzyMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const firstWord = words[i].text;
    // a word with no vowel at all is a gun word with its vowels taken out, or nothing
    if (firstWord.length >= MIN_SKELETON && !VOWEL_OR_DIGIT.test(firstWord) && !GUARD.has(firstWord)) {
      const entry = index.bySkeleton.get(collapse(firstWord));
      if (entry && entry.key[0] === firstWord[0]) out.push({ first: i, last: i, entry, vowelless: true });
      continue;
    }
    // most words are short or start with a letter no name starts with: leave them at once
    if (!index.startLetters.has(firstWord[0])) continue;
    const long = firstWord.length >= MIN_SWAP_LENGTH;
    if (!long && !index.multiStarts.has(firstWord)) continue;
    const cf = collapse(firstWord);
    const multi = index.multiStarts.has(cf) || (cf.length >= 5 && (index.multiStartsByLetter.get(cf[0]) ?? []).some((m) => oneLetterEdit(cf, m)));
    const byLength = index.byStart.get(firstWord[0]);
    let q = "";
    let best: FuzzyMatch | undefined;
    // the longest name wins: "remmington 870" is the model, not only the make
    for (let j = i; j < words.length && j < i + (multi ? 3 : 1); j++) {
      if (j > i && (covered[j] || !joined(j - 1))) break;
      q += words[j].text;
      const form = collapse(q);
      if (form.length < MIN_SWAP_LENGTH || !byLength || GUARD.has(form)) continue;
      let digits: string | undefined;
      let found: Indexed | undefined;
      for (let len = form.length - 1 - MAX_ENDING; len <= form.length + 1 && !found; len++) {
        const bucket = byLength[len];
        if (!bucket) continue;
        digits ??= form.replace(NOT_DIGIT, "");
        for (const cand of bucket) {
          if (len < form.length - 1 && !cand.entry.stem) continue;
          // a swap can make or break a doubled letter ("muntiion"), so swaps compare the words as written; a stem's word
          // takes an ending after it ("винтвока": винтовк* + а)
          const key = cand.entry.key;
          const typo = cand.swapOnly
            ? cand.entry.stem
              ? key.length >= MIN_LENGTH && q.length - key.length <= MAX_ENDING && oneSwap(q.slice(0, key.length), key)
              : oneSwap(q, key)
            : form.length >= MIN_EDIT_LENGTH && cand.form.length >= MIN_EDIT_LENGTH && oneLetterEdit(form, cand.form);
          if (cand.digits === digits && (typo || (cand.form === form && form.length >= MIN_LENGTH))) {
            found = cand;
            break;
          }
        }
      }
      if (found) best = { first: i, last: j, entry: found.entry };
    }
    if (best) {
      out.push(best);
      i = best.last;
    }
  }
  return out;
}
