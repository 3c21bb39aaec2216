/**
 * Text fast signal: normalise each field, find lexicon terms and patterns, resolve overlaps, let
 * innocent context speak, and return evidence spans on the ORIGINAL text with rule scores.
 *
 * Innocent context works in this order, first that applies:
 *   - a sense cue attached to a hit reads it in another sense (sense.ts): "pistola de cola" is a
 *     glue gun, "Walther P99 blank firer" a replica, "Nerf Glock" a toy (halved), "holster for
 *     Glock 19" a holster (halved). The reading is a negative span "sense:<class>:<what>" covering
 *     cue and word, whose `normalised` says what the word was read as ("glue gun (tool)"); a
 *     replica reading is a replica span instead, since replicas are blocked too;
 *   - a negative that overlaps a hit suppresses it ("water gun" over "gun", "12 gauge wire");
 *   - an ammunition word said to be absent ("sin pólvora", "no ammo", "ammo not included");
 *   - a "nearby" negative (toys, airsoft, tools, accessories) within NEARBY_CHARS in the same field
 *     suppresses generic words ("gun safe, 24 rifle capacity": rifle is suppressed);
 *   - the title names another product (a toy, airsoft, an accessory, a tool read as such, a book,
 *     spent brass ...) and has no firearm-like hit of its own: generic words in the other fields
 *     are suppressed and specific ones halved (a replica title re-reads them as replica).
 * Suppressed hits are returned separately so the console can show why a word did not count.
 */
import { CATEGORIES, type Category, type EvidenceSpan, type TextField } from "@/server/taxonomy";
import { detectLanguage } from "./language";
import { SENSES } from "./lexicon-data/senses";
import { buildFuzzyIndex, fuzzyMatches } from "./fuzzy";
import { LEXICON, matchLexicon } from "./lexicon";
import { normaliseDetailed, originalRange, rangeIsEvasive, type NormalisedDetail } from "./normalise";
import { PATTERNS } from "./patterns";
import {
  absent, attached, headClassesOf, layout, negatedCue, place, precedence, ruleFor, senseClass, shapeOfWeapon,
  type HeadClass, type Layout, type Placed, type Rule,
} from "./sense";

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
  /** Innocent context found (toys, tools, airsoft, idioms, accessories), and word senses ("sense:tool:glue"). */
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
const DAMPEN = 0.5;
/** A firearm word re-read as a replica keeps most of its weight, as a replica. */
const REPLICA_SHARE = 0.9;
/** Title hits at or above this are the listing's subject: then the title names no other product. */
const SUBJECT = 0.5;

interface Hit {
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
interface SenseCue {
  hit: Hit;
  sense: string;
  at: Placed;
}

/** One field's text and its hits, sorted by start. */
interface FieldResult {
  field: TextField;
  imageIndex: number | undefined;
  original: string;
  positives: Hit[];
  negatives: Hit[];
  layout: Layout;
  cues: SenseCue[];
  /** How each hit was read, once readingsOf() ran. */
  readings?: Map<Hit, Reading>;
}

function makeHit(d: NormalisedDetail, a: number, b: number, rest: Omit<Hit, "a" | "b" | "start" | "end">): Hit {
  const [start, end] = originalRange(d, a, b);
  return { a, b, start, end, ...rest };
}

function fieldHits(field: TextField, original: string, language: string, imageIndex?: number): FieldResult {
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
  const l = original ? layout(d!, original) : { words: [], clause: new Int32Array(0) };
  const typos = d ? typoHits(d, l, kept) : [];
  const positives = kept.filter((h) => h.kind === "lexicon" || h.kind === "pattern");
  if (typos.length) positives.push(...typos), positives.sort((x, y) => x.a - y.a || x.b - y.b);
  const negatives = kept.filter((h) => h.kind === "negative");
  return { field, imageIndex, original, positives, negatives, layout: l, cues: senseCues(l, kept) };
}

const FUZZY = buildFuzzyIndex(LEXICON, (e) => {
  const parts = e.term.toLowerCase().split(/[\s&\-/]+/).filter(Boolean);
  return parts.length > 1 ? parts[0] : undefined;
});
/** A typo keeps this share of the name's weight. */
const TYPO_SHARE = 0.85;
/** A misspelt make with nothing else pointing at a firearm stays below the fire threshold. */
const TYPO_ALONE = 0.45;
const WORD_JOIN = /^[ \-&.]{1,3}$/;

/** Misspelt makes and models ("berretta 92 fs", "remmington 870", "smith & weson") where no exact term matched. */
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
      generic: false,
      scope: "overlap",
      evasion: false,
      key: e.key,
      ...(numbered ? {} : { needsSupport: true }),
    });
  });
}

/** What each hit says about the sense of its neighbours: cues, and negatives and replica/airsoft hits that act as cues. */
function senseCues(l: Layout, hits: Hit[]): SenseCue[] {
  const out: SenseCue[] = [];
  for (const h of hits) {
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
    const at = place(l, h.a, h.b);
    if (at.first >= l.words.length) continue;
    if (negatedCue(l, at)) {
      h.negated = true;
      continue;
    }
    out.push({ hit: h, sense, at });
  }
  return out.sort((x, y) => x.at.first - y.at.first);
}

const contains = (outer: Hit, inner: Hit) => outer.a <= inner.a && outer.b >= inner.b && outer.b - outer.a > inner.b - inner.a;
const overlaps = (x: Hit, y: Hit) => x.a < y.b && y.a < x.b;

/** Keep one hit per range, kind and category (the listing's language first, then the strongest); sorted by start. */
function dedupe(hits: Hit[], language: string): Hit[] {
  const isNeg = (h: Hit) => (h.kind === "negative" ? 1 : h.kind === "cue" ? 2 : 0);
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
        (o.kind === h.kind || (isCounting(o) && isCounting(h))) &&
        (h.generic || o.category === h.category)
      ) {
        return false;
      }
    }
    return true;
  });
}

const isCounting = (h: Hit) => h.kind === "lexicon" || h.kind === "pattern";

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

/** A hit read in a cue's sense, and what that does to it. */
interface Reading {
  cue: SenseCue;
  rule: Rule;
}

/** Cues further than this many words from a hit cannot attach to it (attached() allows four). */
const CUE_REACH = 5;
/** Most words a cue or a negative acting as one spans (lexicon terms have at most MAX_WORDS). */
const MAX_CUE_WORDS = 7;

/** The attached cue that decides a hit's sense: the strongest class first (toy, airsoft, replica ...), then the nearest. */
function readingOf(f: FieldResult, h: Hit, replicaClauses: ReadonlySet<number>): Reading | undefined {
  if (!f.cues.length) return undefined;
  const classes = headClassesOf(h);
  if (!classes.length) return undefined;
  const at = place(f.layout, h.a, h.b);
  let best: Reading | undefined;
  let bestRank = Infinity;
  let bestDistance = Infinity;
  // cues are sorted by first word and span a few words: start a little before the reach
  let lo = 0;
  let hi = f.cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.cues[mid].at.first < at.first - CUE_REACH - MAX_CUE_WORDS) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < f.cues.length; k++) {
    const c = f.cues[k];
    if (c.at.first > at.last + CUE_REACH) break;
    if (c.at.last < at.first - CUE_REACH || c.hit === h) continue;
    const head = classes.find((k) => ruleFor(c.sense, k));
    if (!head) continue;
    const rule = ruleFor(c.sense, head)!;
    if (senseClass(c.sense) === "shape" && !shapeFits(f, at, c, head)) continue;
    if (rule.ofReplica && !replicaClauses.has(f.layout.clause[at.first])) continue;
    if (rule.patternsOnly && h.kind !== "pattern") continue;
    if (!attached(f.layout, at, c.at, rule)) continue;
    // a cue word says more ("agua": water gun; "гвоздезабивной": nail gun) than a negative or replica term read as
    // one ("pistola de agua": toy; "пневматический": airsoft); among equals the class order decides
    const rank = precedence(c.sense) + (c.hit.kind === "cue" ? 0 : 100);
    const dist = c.at.first > at.last ? c.at.first - at.last : Math.max(0, at.first - c.at.last);
    if (rank < bestRank || (rank === bestRank && dist < bestDistance)) {
      best = { cue: c, rule };
      bestRank = rank;
      bestDistance = dist;
    }
  }
  return best;
}

/**
 * "tipo pistola", "en forme de pistolet", "в форме пистолета": the shape word comes first, and
 * not after a weapon noun ("arma tipo pistola" is a pistol). English says "pistol-shaped",
 * "Glock-shaped": the shape word comes after, and may follow a make.
 */
function shapeFits(f: FieldResult, head: Placed, c: SenseCue, cls: HeadClass): boolean {
  const after = c.at.first > head.last;
  if (c.hit.language === "en") return after;
  return !after && cls === "handgun" && !shapeOfWeapon(f.layout, c.at);
}

const SENSE_CATEGORY: Record<string, Category | null> = { toy: "toy", airsoft: "airsoft_paintball", replica: "replica" };

/** The evidence for a reading: cue and word as one span, `normalised` saying what the word was read as. */
function senseSpan(f: FieldResult, h: Hit, c: SenseCue): TextEvidenceSpan {
  const start = Math.min(h.start, c.hit.start);
  const end = Math.max(h.end, c.hit.end);
  const span: TextEvidenceSpan = {
    field: f.field,
    start,
    end,
    text: f.original.slice(start, end),
    normalised: SENSES[c.sense] ?? c.sense,
    kind: "negative",
    category: SENSE_CATEGORY[senseClass(c.sense)] ?? null,
    rule: `sense:${c.sense}`,
    weight: c.hit.weight,
    evasion: false,
  };
  if (f.imageIndex !== undefined) span.imageIndex = f.imageIndex;
  if (c.hit.language) span.language = c.hit.language;
  return span;
}

/** A firearm word re-read as a replica ("Walther P99 blank firer", "ММГ АКМ") counts as a replica. */
function replicaSpan(span: TextEvidenceSpan, h: Hit, cueWeight: number): TextEvidenceSpan {
  return { ...span, kind: "lexicon", category: "replica", weight: Math.max(cueWeight, h.weight * REPLICA_SHARE), evasion: h.evasion };
}

interface Collected {
  spans: TextEvidenceSpan[];
  suppressed: SuppressedSpan[];
  senses: TextEvidenceSpan[];
}

/** What the title says the listing is, when it names another product than a firearm. */
interface TitleContext {
  sense: string;
  rule: string;
}

/**
 * Each hit's reading, if any. Words first, then ammunition: a blank pistol's caliber is the
 * replica's only when a firearm word in its clause was read as a replica. A generic word right
 * before a make, model or another firearm word takes that word's reading: "Carabina Winchester
 * 1894 réplica", "Subfusil Uzi inutilizado", "Karabin Mosin 1891/30 PCU", "Flintlock pistol replica".
 */
function readingsOf(f: FieldResult): Map<Hit, Reading> {
  const readings = new Map<Hit, Reading>();
  const l = f.layout;
  const replicaClauses = new Set<number>();
  const clauseOf = (h: Hit) => l.clause[place(l, h.a, h.b).first];
  for (const h of f.positives) if (h.category === "replica") replicaClauses.add(clauseOf(h));
  const isAmmo = (h: Hit) => h.category === "ammunition";
  for (const h of f.positives) {
    if (isAmmo(h)) continue;
    const r = readingOf(f, h, replicaClauses);
    if (!r) continue;
    readings.set(h, r);
    if (r.rule.action === "replica") replicaClauses.add(clauseOf(h));
  }
  const ps = f.positives;
  for (let i = 0; i < ps.length; i++) {
    const h = ps[i];
    if (!h.generic || readings.has(h)) continue;
    const classes = headClassesOf(h);
    const at = place(l, h.a, h.b);
    for (let j = i + 1; j < ps.length && ps[j].a <= h.b + 2; j++) {
      const name = ps[j];
      const r = readings.get(name);
      const nameAt = place(l, name.a, name.b);
      if (!r || !headClassesOf(name).some((k) => k !== "ammo" && k !== "part") || nameAt.first !== at.last + 1) continue;
      const head = classes.find((k) => ruleFor(r.cue.sense, k));
      if (head) readings.set(h, { cue: r.cue, rule: ruleFor(r.cue.sense, head)! });
      break;
    }
  }
  for (const h of f.positives) {
    if (!isAmmo(h)) continue;
    const r = readingOf(f, h, replicaClauses);
    if (r) readings.set(h, r);
  }
  return readings;
}

/**
 * A title that starts with another product ("Kit limpieza armas calibre 12 y 9mm", "Reinigungsset
 * Waffenpflege Kal. .22-.45", "Prensa de recarga Lee + matrizes .38", "Ammo can - .50 cal"): its
 * calibers and generic words are that product's fit, unless the title also names a make, model,
 * part or an ammunition word.
 */
const HEAD_CLASSES = new Set(["accessory", "spent", "merch", "service", "cartridge", "vehicle", "signal", "crossbow", "nonlethal"]);
function titleHeadOf(f: FieldResult, readings: Map<Hit, Reading>): string | undefined {
  // "case of 9mm" is a quantity of ammunition, not a case
  const head = f.cues.find((c) => c.at.first <= 1 && HEAD_CLASSES.has(senseClass(c.sense)) && f.layout.words[c.at.last + 1]?.text !== "of");
  if (!head) return undefined;
  // a make, model, part, or an ammunition word or round count ("1000 rounds") names a firearm-like subject
  const named = f.positives.some(
    (h) =>
      !readings.has(h) &&
      h.weight >= SUBJECT &&
      (h.rule.startsWith("make:") || h.rule.startsWith("model:") || h.category === "firearm_part" || (h.category === "ammunition" && (h.kind === "lexicon" || h.rule.startsWith("ammo:")))),
  );
  return named ? undefined : `sense:${head.sense}`;
}

/** Sort a field's hits into counting, suppressed and (halved) counting. */
function judge(f: FieldResult, titleContext: TitleContext | undefined, out: Collected): void {
  const negs = f.negatives;
  const readings = (f.readings ??= readingsOf(f));
  const titleHead = f.field === "title" ? titleHeadOf(f, readings) : undefined;
  for (const h of f.positives) {
    const reading = readings.get(h);
    if (reading) {
      const sense = senseSpan(f, h, reading.cue);
      const rule = sense.rule!;
      if (reading.rule.action === "dampen") {
        out.spans.push(toSpan(f, h, h.weight * DAMPEN));
        out.senses.push(sense);
      } else {
        out.suppressed.push({ ...toSpan(f, h), suppressedBy: rule });
        if (reading.rule.action === "replica") out.spans.push(replicaSpan(sense, h, reading.cue.hit.weight));
        else out.senses.push(sense);
      }
      continue;
    }
    let by: string | undefined;
    for (let k = lowerBound(negs, h.a - NEARBY_CHARS - MAX_HIT_CHARS); k < negs.length && negs[k].a <= h.b + NEARBY_CHARS; k++) {
      const n = negs[k];
      if (overlaps(n, h) || (h.generic && n.scope === "nearby" && distance(n, h) <= NEARBY_CHARS)) {
        by = n.rule;
        break;
      }
    }
    if (!by && h.category === "ammunition" && absent(f.layout, place(f.layout, h.a, h.b))) by = "negation:absent";
    let dampen = false;
    if (!by && titleHead && (h.generic || (h.kind === "pattern" && h.category === "ammunition"))) {
      if (h.generic) by = titleHead;
      else dampen = true;
    }
    if (!by && titleContext && f.field !== "title") {
      if (senseClass(titleContext.sense) === "replica" && headClassesOf(h).length) {
        const span = toSpan(f, h);
        out.suppressed.push({ ...span, suppressedBy: titleContext.rule });
        out.spans.push(replicaSpan({ ...span, rule: titleContext.rule, normalised: SENSES[titleContext.sense] ?? titleContext.sense }, h, 0));
        continue;
      }
      if (h.generic) by = titleContext.rule;
      else dampen = true;
    }
    if (by) out.suppressed.push({ ...toSpan(f, h), suppressedBy: by });
    else out.spans.push(toSpan(f, h, dampen ? h.weight * DAMPEN : h.weight));
  }
}

const FIREARM_LIKE: readonly Category[] = ["firearm", "firearm_part", "ammunition"];
/** Classes whose cue, even unattached, names the product when it sits in a title without a firearm-like subject. */
const PRODUCT_CLASSES = new Set([
  "toy", "airsoft", "replica", "accessory", "merch", "spent", "signal", "nonlethal", "crossbow", "service", "vehicle", "cartridge", "drug",
  "food",
]);

function titleContextOf(title: FieldResult, judged: Collected): TitleContext | undefined {
  const toyOrAirsoft = title.negatives.find((n) => (n.category === "toy" || n.category === "airsoft_paintball") && !n.negated);
  if (toyOrAirsoft) return { sense: toyOrAirsoft.category === "toy" ? "toy:toy" : "airsoft:airsoft", rule: toyOrAirsoft.rule };
  const subject = judged.spans.some((s) => s.field === "title" && s.category && FIREARM_LIKE.includes(s.category) && s.weight >= SUBJECT);
  if (subject) return undefined;
  const read = judged.senses.find((s) => s.field === "title") ?? judged.spans.find((s) => s.field === "title" && s.rule?.startsWith("sense:replica"));
  if (read) return { sense: read.rule!.slice("sense:".length), rule: read.rule! };
  const cue = title.cues.find((c) => PRODUCT_CLASSES.has(senseClass(c.sense)) && c.sense !== "toy:children");
  return cue ? { sense: cue.sense, rule: `sense:${cue.sense}` } : undefined;
}

export function analyseText(fields: TextFields): TextAnalysis {
  const language = detectLanguage(`${fields.title}\n${fields.description}`);
  const results: FieldResult[] = [
    fieldHits("title", fields.title, language),
    fieldHits("description", fields.description, language),
    ...(fields.ocr ?? []).map((text, i) => fieldHits("ocr", text, language, i)),
  ];

  // a misspelt make alone ("kalashnikof") is weak; with a caliber, a model or a gun word anywhere in the listing it counts
  for (const f of results) f.readings = readingsOf(f);
  const supported = results.some((f) =>
    f.positives.some((h) => !h.rule.startsWith("typo:") && !f.readings!.has(h) && h.weight >= SUBJECT && h.category !== null && FIREARM_LIKE.includes(h.category)),
  );
  if (!supported) for (const f of results) for (const h of f.positives) if (h.needsSupport) h.weight = Math.min(h.weight, TYPO_ALONE);

  const out: Collected = { spans: [], suppressed: [], senses: [] };
  judge(results[0], undefined, out);
  const titleContext = titleContextOf(results[0], out);
  for (const f of results.slice(1)) judge(f, titleContext, out);

  const negatives: TextEvidenceSpan[] = [];
  const ruleScores: Partial<Record<Category, number>> = {};
  const raise = (c: Category | null, w: number) => {
    if (c && w > (ruleScores[c] ?? 0)) ruleScores[c] = w;
  };
  for (const f of results) {
    for (const n of f.negatives) {
      negatives.push(toSpan(f, n));
      if (!n.negated) raise(n.category, n.weight);
    }
  }
  const seen = new Set<string>();
  for (const s of out.senses) {
    const id = `${s.field}:${s.imageIndex ?? ""}:${s.start}:${s.end}:${s.rule}`;
    if (seen.has(id)) continue;
    seen.add(id);
    negatives.push(s);
  }
  for (const s of out.senses) raise(s.category, s.weight);
  for (const s of out.spans) raise(s.category, s.weight);

  const byPosition = (x: TextEvidenceSpan, y: TextEvidenceSpan) =>
    FIELD_ORDER[x.field] - FIELD_ORDER[y.field] || (x.imageIndex ?? 0) - (y.imageIndex ?? 0) || x.start - y.start || y.end - x.end;
  return {
    spans: out.spans.sort(byPosition),
    negatives: negatives.sort(byPosition),
    suppressed: out.suppressed.sort(byPosition),
    evasion: out.spans.some((s) => s.evasion),
    language,
    ruleScores,
  };
}

const FIELD_ORDER: Record<TextField, number> = { title: 0, description: 1, ocr: 2 };
