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
import type { Category, EvidenceSpan, TextField } from "@/server/taxonomy";
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
  field: TextField;
  imageIndex?: number;
  original: string;
  a: number; // normalised range
  b: number;
  start: number; // original range
  end: number;
  normalised: string;
  kind: "lexicon" | "pattern" | "negative";
  category: Category | null;
  rule: string;
  weight: number;
  language?: string;
  generic: boolean;
  scope: "overlap" | "nearby";
  evasion: boolean;
}

function fromLexicon(h: LexiconHit): Omit<Hit, "field" | "imageIndex" | "original" | "start" | "end"> {
  const e = h.entry;
  return {
    a: h.a,
    b: h.b,
    normalised: h.normalised,
    kind: e.kind,
    category: e.category,
    rule: e.id,
    weight: e.weight,
    language: e.language,
    generic: e.generic ?? false,
    scope: e.scope ?? "overlap",
    evasion: h.evasion,
  };
}

function fieldHits(field: TextField, original: string, language: string, imageIndex?: number): Hit[] {
  if (!original) return [];
  const d: NormalisedDetail = normaliseDetailed(original);
  const raw: Array<Omit<Hit, "field" | "imageIndex" | "original" | "start" | "end">> = [];
  for (const h of matchLexicon(d, { language })) raw.push(fromLexicon(h));
  for (const p of PATTERNS) {
    p.regex.lastIndex = 0;
    for (const m of d.text.matchAll(p.regex)) {
      const a = m.index ?? 0;
      const b = a + m[0].length;
      raw.push({
        a,
        b,
        normalised: m[0],
        kind: "pattern",
        category: p.category,
        rule: p.id,
        weight: p.weight,
        generic: p.generic ?? false,
        scope: "overlap",
        evasion: rangeIsEvasive(d, a, b),
      });
    }
  }
  return raw.map((h) => {
    const [start, end] = originalRange(d, h.a, h.b);
    return { ...h, field, ...(imageIndex !== undefined ? { imageIndex } : {}), original, start, end };
  });
}

const contains = (outer: Hit, inner: Hit) => outer.a <= inner.a && outer.b >= inner.b && outer.b - outer.a > inner.b - inner.a;
const overlaps = (x: Hit, y: Hit) => x.a < y.b && y.a < x.b;

/** Keep one hit per range and category (the strongest). */
function dedupe(hits: Hit[]): Hit[] {
  const best = new Map<string, Hit>();
  for (const h of hits) {
    const key = `${h.field}:${h.imageIndex ?? ""}:${h.a}:${h.b}:${h.kind === "negative" ? "n" : "p"}:${h.category}`;
    const cur = best.get(key);
    if (!cur || h.weight > cur.weight) best.set(key, h);
  }
  return [...best.values()];
}

/** Longest hit any rule can produce, in normalised characters: bounds the neighbour scans. */
const MAX_HIT_CHARS = 120;

/** Hits of one field sorted by start, with the neighbours of a range found by binary search. */
class FieldIndex {
  private readonly byField = new Map<string, Hit[]>();
  constructor(hits: Hit[]) {
    for (const h of hits) {
      const key = fieldKey(h);
      const list = this.byField.get(key);
      if (list) list.push(h);
      else this.byField.set(key, [h]);
    }
    for (const list of this.byField.values()) list.sort((x, y) => x.a - y.a);
  }
  /** Hits of h's field starting in [from, to]. */
  around(h: Hit, from: number, to: number): Hit[] {
    const list = this.byField.get(fieldKey(h));
    if (!list) return [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].a < from) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < list.length && list[end].a <= to) end++;
    return list.slice(lo, end);
  }
}
const fieldKey = (h: Hit) => `${h.field}:${h.imageIndex ?? ""}`;

/** Drop a hit that a longer hit contains when it is generic or says the same thing. */
function dropContained(input: Hit[]): Hit[] {
  const hits = dedupe(input);
  const index = new FieldIndex(hits);
  return hits.filter((h) => {
    for (const o of index.around(h, h.a - MAX_HIT_CHARS, h.a)) {
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

function toSpan(h: Hit, weight = h.weight): TextEvidenceSpan {
  return {
    field: h.field,
    ...(h.imageIndex !== undefined ? { imageIndex: h.imageIndex } : {}),
    start: h.start,
    end: h.end,
    text: h.original.slice(h.start, h.end),
    normalised: h.normalised,
    kind: h.kind,
    category: h.category,
    rule: h.rule,
    weight,
    ...(h.language ? { language: h.language } : {}),
    evasion: h.evasion,
  };
}

export function analyseText(fields: TextFields): TextAnalysis {
  const language = detectLanguage(`${fields.title}\n${fields.description}`);
  const all: Hit[] = [
    ...fieldHits("title", fields.title, language),
    ...fieldHits("description", fields.description, language),
    ...(fields.ocr ?? []).flatMap((text, i) => fieldHits("ocr", text, language, i)),
  ];
  const resolved = dropContained(all);
  const negatives = resolved.filter((h) => h.kind === "negative");
  const positives = resolved.filter((h) => h.kind !== "negative");
  const negativeIndex = new FieldIndex(negatives);
  const titleContext = negatives.filter((n) => n.field === "title" && (n.category === "toy" || n.category === "airsoft_paintball"));

  const spans: TextEvidenceSpan[] = [];
  const suppressed: SuppressedSpan[] = [];
  for (const h of positives) {
    let by: Hit | undefined;
    let dampen = false;
    for (const n of negativeIndex.around(h, h.a - NEARBY_CHARS - MAX_HIT_CHARS, h.b + NEARBY_CHARS)) {
      if (overlaps(n, h)) {
        by = n;
        break;
      }
      if (n.scope === "nearby" && distance(n, h) <= NEARBY_CHARS) {
        if (h.generic) {
          by = n;
          break;
        }
        if ((n.category !== null || n.rule.startsWith("accessory:")) && distance(n, h) <= ADJACENT_CHARS) dampen = true;
      }
    }
    if (!by && h.generic && h.field !== "title" && titleContext.length > 0) by = titleContext[0];
    if (!by && h.field !== "title" && titleContext.length > 0) dampen = true;
    if (by) suppressed.push({ ...toSpan(h), suppressedBy: by.rule });
    else spans.push(toSpan(h, dampen ? h.weight * DAMPEN : h.weight));
  }

  const ruleScores: Partial<Record<Category, number>> = {};
  const raise = (c: Category | null, w: number) => {
    if (c && w > (ruleScores[c] ?? 0)) ruleScores[c] = w;
  };
  for (const s of spans) raise(s.category, s.weight);
  for (const n of negatives) raise(n.category, n.weight);

  const byPosition = (x: TextEvidenceSpan, y: TextEvidenceSpan) =>
    FIELD_ORDER[x.field] - FIELD_ORDER[y.field] || (x.imageIndex ?? 0) - (y.imageIndex ?? 0) || x.start - y.start || y.end - x.end;
  return {
    spans: spans.sort(byPosition),
    negatives: negatives.map((n) => toSpan(n)).sort(byPosition),
    suppressed: suppressed.sort(byPosition),
    evasion: spans.some((s) => s.evasion),
    language,
    ruleScores,
  };
}

const FIELD_ORDER: Record<TextField, number> = { title: 0, description: 1, ocr: 2 };
