/**
 * One field's rule hits: lexicon terms, patterns, innocent context, sense cues and misspelt makes,
 * deduplicated and placed on the field's words and clauses. analyse-text.ts judges them.
 */
import { CATEGORIES, type Category, type TextField } from "@/server/taxonomy";
import type { TextEvidenceSpan } from "./analyse-text";
import { buildFuzzyIndex, fuzzyMatches } from "./fuzzy";
import { LEXICON, matchLexicon } from "./lexicon";
import { normaliseDetailed, originalRange, rangeIsEvasive, type NormalisedDetail } from "./normalise";
import { PATTERNS } from "./patterns";
import type { Reading } from "./readings";
import { forAdults, layout, negatedCue, place, type Layout, type Placed } from "./sense";

export interface Hit {
  a: number; // normalised range
  b: number;
  start: number; // original range
  end: number;
  normalised: string;
  kind: "lexicon" | "pattern" | "negative" | "cue";
  category: Category | null;
  rule: string;
  weight: number;
  language: string | undefined;
  generic: boolean;
  scope: "overlap" | "nearby";
  evasion: boolean;
  /** The lexicon entry's key ("pistola"), for telling pistol words from other generic words. */
  key?: string;
  /** Cues: the sense they give ("tool:glue"). */
  sense?: string;
  /** A negation right before it ("not a toy"): shown, but says nothing. */
  negated?: boolean;
  /** A misspelt make with no number after it: counts in full only when the listing has other firearm evidence. */
  needsSupport?: boolean;
}

/** A cue placed on the field's words, not negated. */
export interface SenseCue {
  hit: Hit;
  sense: string;
  at: Placed;
}

/** One field's text and its hits, sorted by start. */
export interface FieldResult {
  field: TextField;
  imageIndex: number | undefined;
  original: string;
  positives: Hit[];
  negatives: Hit[];
  layout: Layout;
  cues: SenseCue[];
  /** A toy word here is in quotes or "for adults": a code word for a gun ("Das 'Spielzeug' ist echt"). */
  toyCode: boolean;
  /** Clauses that say a thing is not a replica: "un caricatore originale da 7 colpi NON disattivato" is live, whatever the title is. */
  liveClauses: ReadonlySet<number>;
  /** How each hit was read, once readingsOf() ran. */
  readings?: Map<Hit, Reading>;
}

function makeHit(d: NormalisedDetail, a: number, b: number, rest: Omit<Hit, "a" | "b" | "start" | "end">): Hit {
  const [start, end] = originalRange(d, a, b);
  return { a, b, start, end, ...rest };
}

export function fieldHits(field: TextField, original: string, language: string, imageIndex?: number): FieldResult {
  const hits: Hit[] = [];
  let d: NormalisedDetail | undefined;
  if (original) {
    d = normaliseDetailed(original);
    for (const h of matchLexicon(d, { language })) {
      const e = h.entry;
      hits.push(
        makeHit(d, h.a, h.b, {
          normalised: h.normalised,
          kind: e.kind,
          category: e.category,
          rule: e.id,
          weight: e.weight,
          language: e.language,
          generic: e.generic ?? false,
          scope: e.scope ?? "overlap",
          evasion: h.evasion,
          key: e.key,
          ...(e.sense ? { sense: e.sense } : {}),
        }),
      );
    }
    for (const p of PATTERNS) {
      for (const m of d.text.matchAll(p.regex)) {
        const a = m.index ?? 0;
        const b = a + m[0].length;
        hits.push(
          makeHit(d, a, b, {
            normalised: m[0],
            kind: "pattern",
            category: p.category,
            rule: p.id,
            weight: p.weight,
            language: undefined,
            generic: p.generic ?? false,
            scope: "overlap",
            evasion: rangeIsEvasive(d, a, b),
          }),
        );
      }
    }
  }
  const kept = dropContained(dedupe(hits, language));
  const l = original ? layout(d!, original, kept.filter(isCounting)) : { words: [], clause: new Int32Array(0), joined: new Uint8Array(0) };
  const typos = d ? typoHits(d, l, kept) : [];
  const positives = kept.filter((h) => h.kind === "lexicon" || h.kind === "pattern");
  if (typos.length) positives.push(...typos), positives.sort((x, y) => x.a - y.a || x.b - y.b);
  const negatives = kept.filter((h) => h.kind === "negative");
  const cues = senseCues(l, kept, original);
  // (not a negated one: "non le cineserie di plastica" says nothing of a gun)
  const toyWord = (h: Hit) => h.category === "toy" || (h.sense === "toy:toy" && (h.key === "toy" || h.key === "toys"));
  const toyCode = kept.some((h) => toyWord(h) && (inQuotes(original, h.start, h.end) || forAdults(l, place(l, h.a, h.b))));
  const liveClauses = new Set(kept.filter((h) => h.negated && (h.category === "replica" || h.sense?.startsWith("replica:"))).map((h) => l.clause[place(l, h.a, h.b).first]));
  return { field, imageIndex, original, positives, negatives, layout: l, cues, toyCode, liveClauses };
}

const FUZZY = buildFuzzyIndex(LEXICON, (e) => {
  const parts = e.term.toLowerCase().split(/[\s&\-/]+/).filter(Boolean);
  return parts.length > 1 ? parts[0] : undefined;
});
/** A typo keeps this share of the name's weight. */
const TYPO_SHARE = 0.85;
/** A misspelt make with nothing else pointing at a firearm stays below the fire threshold. */
export const TYPO_ALONE = 0.45;
const WORD_JOIN = /^[ \-&.]{1,3}$/;

/** Misspelt makes, models and gun words ("berretta 92 fs", "remmington 870", "smith & weson", "pitsola") where no exact term matched. */
function typoHits(d: NormalisedDetail, l: Layout, kept: Hit[]): Hit[] {
  if (!l.words.length) return [];
  const covered = new Uint8Array(l.words.length);
  for (const h of kept) {
    const at = place(l, h.a, h.b);
    for (let k = at.first; k <= at.last && k < covered.length; k++) covered[k] = 1;
  }
  const joined = (k: number) => l.clause[k] === l.clause[k + 1] && WORD_JOIN.test(d.text.slice(l.words[k].b, l.words[k + 1].a));
  const matches = fuzzyMatches(FUZZY, l.words, covered, joined);
  if (!matches.length) return [];
  return matches.map((m) => {
    const e = m.entry;
    const a = l.words[m.first].a;
    const b = l.words[m.last].b;
    const numbered = /\d/.test(e.key) || /\d/.test(l.words[m.last + 1]?.text ?? "");
    const weight = Math.min(0.9, e.weight) * TYPO_SHARE;
    return makeHit(d, a, b, {
      normalised: e.term,
      kind: "lexicon",
      category: e.category,
      rule: `typo:${e.id}`,
      weight,
      language: e.language,
      generic: e.generic ?? false,
      scope: "overlap",
      evasion: m.vowelless ?? false,
      key: e.key,
      ...(numbered ? {} : { needsSupport: true }),
    });
  });
}

/** What each hit says about the sense of its neighbours: cues, and negatives and replica/airsoft hits that act as cues. */
function senseCues(l: Layout, hits: Hit[], original: string): SenseCue[] {
  const out: SenseCue[] = [];
  const places = hits.map((h) => place(l, h.a, h.b));
  // words inside a term of several words: "non firing" negates nothing after it
  let inTerm: Uint8Array | undefined;
  for (const at of places) {
    if (at.last > at.first && at.first < l.words.length) for (let k = at.first; k <= at.last; k++) (inTerm ??= new Uint8Array(l.words.length))[k] = 1;
  }
  for (const [i, h] of hits.entries()) {
    // a word a longer term names in full is that term, not a cue stem inside it: "muszkiet" is a musket, not a front sight ("muszk*")
    if (h.kind === "cue" && namedInFull(hits, h)) continue;
    const sense =
      h.kind === "cue"
        ? h.sense
        : h.kind === "negative"
          ? h.category === "toy"
            ? "toy:toy"
            : h.category === "airsoft_paintball"
              ? "airsoft:airsoft"
              : h.rule.startsWith("accessory:")
                ? "accessory:accessory"
                : undefined
          : h.category === "replica"
            ? "replica:replica"
            : h.category === "airsoft_paintball"
              ? "airsoft:airgun"
              : undefined;
    if (!sense) continue;
    const at = places[i];
    if (at.first >= l.words.length) continue;
    // a cue alone in quotes is a code word, not the thing: "spluwa 'zabawka' TT 7,62 sprawna" (a "toy" that fires), "Caixa de
    // 'doce' .40" ("sweets" that are rounds)
    if (negatedCue(l, at, inTerm) || (sense === "toy:toy" && forAdults(l, at)) || inQuotes(original, h.start, h.end)) {
      h.negated = true;
      continue;
    }
    out.push({ hit: h, sense, at });
  }
  return out.sort((x, y) => x.at.first - y.at.first);
}

/** Whether original[start, end) stands alone in quotes ("'ammo'", "'guns'"); an apostrophe inside a word ("d'acqua") is no quote. */
export function inQuotes(original: string, start: number, end: number): boolean {
  const before = original.slice(Math.max(0, start - 2), start);
  return /(?:^|[^\p{L}\p{N}])['"‘’“”«„]$/u.test(before) && /^(?:e?s)?['"‘’“”»]/.test(original.slice(end, end + 3));
}

/** A counting hit over exactly the cue's words whose term is longer than the cue's stem. */
function namedInFull(sorted: Hit[], cue: Hit): boolean {
  for (let k = lowerBound(sorted, cue.a); k < sorted.length && sorted[k].a === cue.a; k++) {
    const h = sorted[k];
    if (isCounting(h) && h.b === cue.b && (h.key?.length ?? 0) > (cue.key?.length ?? Infinity)) return true;
  }
  return false;
}

const contains = (outer: Hit, inner: Hit) => outer.a <= inner.a && outer.b >= inner.b && outer.b - outer.a > inner.b - inner.a;
export const overlaps = (x: Hit, y: Hit) => x.a < y.b && y.a < x.b;

/** Keep one hit per range, kind, category and sense (the listing's language first, then the strongest); sorted by start. */
function dedupe(hits: Hit[], language: string): Hit[] {
  const isNeg = (h: Hit) => (h.kind === "negative" ? 1 : h.kind === "cue" ? 2 : 0);
  const cat = (h: Hit) => (h.category === null ? -1 : CATEGORIES.indexOf(h.category));
  const foreign = (h: Hit) => (h.language === language ? 0 : 1); // Polish "pistolet" is Polish in a Polish listing
  // a cue word can give two senses ("pendant": a brass pendant is spent brass, an AK-47 pendant merchandise): keep one per sense
  const sense = (h: Hit) => h.sense ?? "";
  hits.sort(
    (x, y) =>
      x.a - y.a || x.b - y.b || isNeg(x) - isNeg(y) || cat(x) - cat(y) || sense(x).localeCompare(sense(y)) || foreign(x) - foreign(y) || y.weight - x.weight,
  );
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && last.a === h.a && last.b === h.b && isNeg(last) === isNeg(h) && last.category === h.category && sense(last) === sense(h)) continue;
    out.push(h);
  }
  return out;
}

/** Longest hit any rule can produce, in normalised characters: bounds the neighbour scans. */
export const MAX_HIT_CHARS = 120;

/** First index in `sorted` (by a) whose start is >= from. */
export function lowerBound(sorted: Hit[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].a < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Drop a hit that a longer hit contains when it is generic or says the same thing, and a make inside a caliber's name: "9mm Luger",
 * "8mm Lebel", "6,5 Carcano" are cartridges, not the gun.
 */
function dropContained(sorted: Hit[]): Hit[] {
  return sorted.filter((h) => {
    for (let k = lowerBound(sorted, h.a - MAX_HIT_CHARS); k < sorted.length && sorted[k].a <= h.a; k++) {
      const o = sorted[k];
      if (
        o !== h &&
        contains(o, h) &&
        (o.kind === h.kind || (isCounting(o) && isCounting(h))) &&
        (h.generic || o.category === h.category || (h.rule.startsWith("make:") && o.rule.startsWith("caliber:")))
      ) {
        return false;
      }
      // a negative inside a longer gun term says less than it: "holster pistols" are pistols, not holsters
      if (h.kind === "negative" && o.kind === "lexicon" && o.category === "firearm" && contains(o, h) && o.b - o.a > h.b - h.a) return false;
    }
    return true;
  });
}

const isCounting = (h: Hit) => h.kind === "lexicon" || h.kind === "pattern";

export function distance(x: Hit, y: Hit): number {
  if (overlaps(x, y)) return 0;
  return x.b <= y.a ? y.a - x.b : x.a - y.b;
}

export function toSpan(f: FieldResult, h: Hit, weight = h.weight): TextEvidenceSpan {
  const span: TextEvidenceSpan = {
    field: f.field,
    start: h.start,
    end: h.end,
    text: f.original.slice(h.start, h.end),
    normalised: h.normalised,
    kind: h.kind === "cue" ? "negative" : h.kind,
    category: h.category,
    rule: h.rule,
    weight,
    evasion: h.evasion,
  };
  if (f.imageIndex !== undefined) span.imageIndex = f.imageIndex;
  if (h.language) span.language = h.language;
  return span;
}

