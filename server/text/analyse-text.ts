/**
 * Text fast signal: normalise each field, find lexicon terms and patterns, resolve overlaps, let
 * innocent context speak, and return evidence spans on the ORIGINAL text with rule scores.
 *
 * Innocent context (negatives) works at three strengths:
 *   - a negative that overlaps a hit suppresses it ("water gun" over "gun", "12 gauge wire");
 *   - a "nearby" negative (toys, airsoft, tools, accessories) within NEARBY_CHARS in the same field
 *     suppresses generic words ("gun safe, 24 rifle capacity": rifle is suppressed);
 *   - a toy/airsoft/accessory negative within ADJACENT_CHARS halves specific hits ("airsoft Glock
 *     17", "holster for Glock 19": glock stays as evidence at half weight). A toy or airsoft term
 *     in the title suppresses generic words and halves specific ones in the other fields.
 * Suppressed hits are returned separately so the console can show why a word did not count.
 */
import { CATEGORIES, type Category, type EvidenceSpan, type TextField } from "@/server/taxonomy";
import { detectLanguage } from "./language";
import { matchLexicon, type LexiconHit } from "./lexicon";
import { normaliseDetailed, originalRange, rangeIsEvasive, type NormalisedDetail } from "./normalise";
import { PATTERNS } from "./patterns";

export interface TextEvidenceSpan extends EvidenceSpan {
  /** The hit only reads as a firearm term after an evasion was undone (leet, homoglyphs ...). */
  evasion: boolean;
}

export interface SuppressedSpan extends TextEvidenceSpan {
  /** Rule id of the negative that suppressed it. */
  suppressedBy: string;
}

export interface TextAnalysis {
  /** Lexicon and pattern hits that count. */
  spans: TextEvidenceSpan[];
  /** Innocent context found (toys, tools, airsoft, idioms, accessories). */
  negatives: TextEvidenceSpan[];
  /** Hits that innocent context suppressed. */
  suppressed: SuppressedSpan[];
  /** Some counting hit only matched after de-obfuscation. */
  evasion: boolean;
  /** ISO 639-1 best guess over title and description, "und" when unsure. */
  language: string;
  /** Max weight per category over counting hits and categorised negatives (toy, airsoft). */
  ruleScores: Partial<Record<Category, number>>;
}

export interface TextFields {
  title: string;
  description: string;
  ocr?: string[];
}

const NEARBY_CHARS = 40;
/** Specific hits are only halved by context right next to them ("airsoft Glock 17"). */
const ADJACENT_CHARS = 20;
const DAMPEN = 0.5;

interface Hit {
  a: number; // normalised range
  b: number;
  start: number; // original range
  end: number;
  normalised: string;
  kind: "lexicon" | "pattern" | "negative";
  category: Category | null;
  rule: string;
  weight: number;
  language: string | undefined;
  generic: boolean;
  scope: "overlap" | "nearby";
  evasion: boolean;
}

/** One field's text and its hits, sorted by start. */
interface FieldResult {
  field: TextField;
  imageIndex: number | undefined;
  original: string;
  positives: Hit[];
  negatives: Hit[];
}

function makeHit(d: NormalisedDetail, a: number, b: number, rest: Omit<Hit, "a" | "b" | "start" | "end">): Hit {
  const [start, end] = originalRange(d, a, b);
  return { a, b, start, end, ...rest };
}

function fieldHits(field: TextField, original: string, language: string, imageIndex?: number): FieldResult {
  const hits: Hit[] = [];
  if (original) {
    const d: NormalisedDetail = normaliseDetailed(original);
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
  return {
    field,
    imageIndex,
    original,
    positives: kept.filter((h) => h.kind !== "negative"),
    negatives: kept.filter((h) => h.kind === "negative"),
  };
}

const contains = (outer: Hit, inner: Hit) => outer.a <= inner.a && outer.b >= inner.b && outer.b - outer.a > inner.b - inner.a;
const overlaps = (x: Hit, y: Hit) => x.a < y.b && y.a < x.b;

/** Keep one hit per range, kind and category (the listing's language first, then the strongest); sorted by start. */
function dedupe(hits: Hit[], language: string): Hit[] {
  const isNeg = (h: Hit) => (h.kind === "negative" ? 1 : 0);
  const cat = (h: Hit) => (h.category === null ? -1 : CATEGORIES.indexOf(h.category));
  const foreign = (h: Hit) => (h.language === language ? 0 : 1); // Polish "pistolet" is Polish in a Polish listing
  hits.sort((x, y) => x.a - y.a || x.b - y.b || isNeg(x) - isNeg(y) || cat(x) - cat(y) || foreign(x) - foreign(y) || y.weight - x.weight);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && last.a === h.a && last.b === h.b && isNeg(last) === isNeg(h) && last.category === h.category) continue;
    out.push(h);
  }
  return out;
}

/** Longest hit any rule can produce, in normalised characters: bounds the neighbour scans. */
const MAX_HIT_CHARS = 120;

/** First index in `sorted` (by a) whose start is >= from. */
function lowerBound(sorted: Hit[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].a < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Drop a hit that a longer hit contains when it is generic or says the same thing. */
function dropContained(sorted: Hit[]): Hit[] {
  return sorted.filter((h) => {
    for (let k = lowerBound(sorted, h.a - MAX_HIT_CHARS); k < sorted.length && sorted[k].a <= h.a; k++) {
      const o = sorted[k];
      if (
        o !== h &&
        contains(o, h) &&
        (o.kind === h.kind || (o.kind !== "negative" && h.kind !== "negative")) &&
        (h.generic || o.category === h.category)
      ) {
        return false;
      }
    }
    return true;
  });
}

function distance(x: Hit, y: Hit): number {
  if (overlaps(x, y)) return 0;
  return x.b <= y.a ? y.a - x.b : x.a - y.b;
}

function toSpan(f: FieldResult, h: Hit, weight = h.weight): TextEvidenceSpan {
  const span: TextEvidenceSpan = {
    field: f.field,
    start: h.start,
    end: h.end,
    text: f.original.slice(h.start, h.end),
    normalised: h.normalised,
    kind: h.kind,
    category: h.category,
    rule: h.rule,
    weight,
    evasion: h.evasion,
  };
  if (f.imageIndex !== undefined) span.imageIndex = f.imageIndex;
  if (h.language) span.language = h.language;
  return span;
}

/** Sort a field's hits into counting, suppressed and (halved) counting. */
function judge(f: FieldResult, titleContext: Hit | undefined, spans: TextEvidenceSpan[], suppressed: SuppressedSpan[]): void {
  const negs = f.negatives;
  for (const h of f.positives) {
    let by: Hit | undefined;
    let dampen = false;
    for (let k = lowerBound(negs, h.a - NEARBY_CHARS - MAX_HIT_CHARS); k < negs.length && negs[k].a <= h.b + NEARBY_CHARS; k++) {
      const n = negs[k];
      if (overlaps(n, h)) {
        by = n;
        break;
      }
      const dist = distance(n, h);
      if (n.scope !== "nearby" || dist > NEARBY_CHARS) continue;
      if (h.generic) {
        by = n;
        break;
      }
      if ((n.category !== null || n.rule.startsWith("accessory:")) && dist <= ADJACENT_CHARS) dampen = true;
    }
    if (!by && titleContext && f.field !== "title") {
      if (h.generic) by = titleContext;
      else dampen = true;
    }
    if (by) suppressed.push({ ...toSpan(f, h), suppressedBy: by.rule });
    else spans.push(toSpan(f, h, dampen ? h.weight * DAMPEN : h.weight));
  }
}

export function analyseText(fields: TextFields): TextAnalysis {
  const language = detectLanguage(`${fields.title}\n${fields.description}`);
  const results: FieldResult[] = [
    fieldHits("title", fields.title, language),
    fieldHits("description", fields.description, language),
    ...(fields.ocr ?? []).map((text, i) => fieldHits("ocr", text, language, i)),
  ];
  const titleContext = results[0].negatives.find((n) => n.category === "toy" || n.category === "airsoft_paintball");

  const spans: TextEvidenceSpan[] = [];
  const suppressed: SuppressedSpan[] = [];
  const negatives: TextEvidenceSpan[] = [];
  const ruleScores: Partial<Record<Category, number>> = {};
  const raise = (c: Category | null, w: number) => {
    if (c && w > (ruleScores[c] ?? 0)) ruleScores[c] = w;
  };
  for (const f of results) {
    judge(f, titleContext, spans, suppressed);
    for (const n of f.negatives) {
      negatives.push(toSpan(f, n));
      raise(n.category, n.weight);
    }
  }
  for (const s of spans) raise(s.category, s.weight);

  const byPosition = (x: TextEvidenceSpan, y: TextEvidenceSpan) =>
    FIELD_ORDER[x.field] - FIELD_ORDER[y.field] || (x.imageIndex ?? 0) - (y.imageIndex ?? 0) || x.start - y.start || y.end - x.end;
  return {
    spans: spans.sort(byPosition),
    negatives: negatives.sort(byPosition),
    suppressed: suppressed.sort(byPosition),
    evasion: spans.some((s) => s.evasion),
    language,
    ruleScores,
  };
}

const FIELD_ORDER: Record<TextField, number> = { title: 0, description: 1, ocr: 2 };
