/**
 * The measurement behind `npm run eval`: per modality (text, image, fused) and for the two
 * baselines (stage-1 rule score, zero-shot ImageNet weapon classes) on the same items — PR-AUC,
 * ROC-AUC, recall at 95% precision, recall at 1% and 0.1% FPR, precision at 1% FPR re-weighted to
 * a 1:1000 prior, per-sublabel / per-source flag rates, time per item — plus an evasion pass, a
 * battery of single evasion tricks (evasion-battery.ts) and a long-text pass (boilerplate.ts).
 * Binary target: firearm-like (firearm, firearm_part or ammunition); score = max of those three.
 */
import fs from "node:fs";
import { imageToViews, type ImageViews } from "@/server/image/preprocess";
import { encodeBatch } from "@/server/inference/image-encoder";
import { contextFeatures, loadFusionHead, runFusionHead, type FusionRow, type LoadedFusionHead } from "@/server/inference/fusion-head";
import { loadTextEncoder, runTextEncoder, textInput, type LoadedTextEncoder } from "@/server/inference/text-encoder";
import { analyseText } from "@/server/text/analyse-text";
import { applyEvasion, type Evasion } from "@/server/learning/corpus/evasion";
import { createRng } from "@/server/learning/corpus/rng";
import { binaryMetrics, recallAt, round, type BinaryMetrics } from "@/server/learning/metrics";
import type { TextItem } from "./datasets";
import type { PhotoRow } from "./photos";
import { firearmLikeScore, FIREARM_LIKE, isFirearmLike } from "./texts";
import { zeroShotWeapon } from "@/server/inference/zero-shot";
import { decide, RULE_FIRED } from "@/server/cascade/decide";
import type { CascadeItem } from "@/server/cascade/types";
import { DEFAULT_THRESHOLDS, type Policy } from "@/server/policy/thresholds";
import { CATEGORIES, zeroScores, type Scores } from "@/server/taxonomy";
import { loadImagePrior, scorePhoto } from "@/server/inference/image-prior";
import { saysNotAGun } from "@/server/inference/score-listing";
import { evasionBattery } from "./evasion-battery";
import { withBoilerplate } from "./boilerplate";

const PART = CATEGORIES.indexOf("firearm_part");
const AMMO = CATEGORIES.indexOf("ammunition");
const toScoresOf = (p: ArrayLike<number>): Scores => {
  const s = zeroScores();
  CATEGORIES.forEach((c, k) => (s[c] = p[k]));
  return s;
};
const brief = ({ breakdown: _b, ...m }: Report) => m;

export const EVAL_EVASIONS: readonly Evasion[] = ["leetspeak", "homoglyph", "spacing", "zero_width"];
export const EVAL_EVASION_RATE = 0.5;

export interface Scored {
  id: string;
  label: number;
  score: number;
  sublabel: string;
  source: string;
}

export type Report = BinaryMetrics & { ms_per_item: number; breakdown: Record<string, Record<string, { n: number; flagged: number }>> };

function report(items: Scored[], ms: number): Report {
  const m = binaryMetrics(items.map((i) => i.score), items.map((i) => i.label));
  const t = Number.isFinite(m.threshold_p95) ? m.threshold_p95 : 1.01;
  const breakdown: Report["breakdown"] = { sublabel: {}, source: {} };
  for (const it of items) {
    for (const [key, val] of [["sublabel", it.sublabel], ["source", it.source]] as const) {
      const b = (breakdown[key][val] ??= { n: 0, flagged: 0 });
      b.n++;
      if (it.score >= t) b.flagged++;
    }
  }
  return { ...m, ms_per_item: round(ms / Math.max(1, items.length), 2), breakdown };
}

async function textScores(enc: LoadedTextEncoder, head: LoadedFusionHead, texts: TextItem[]): Promise<{ scores: number[]; probs: Float32Array[]; embs: Array<Float32Array | null>; ms: number }> {
  const started = performance.now();
  const embs: Array<Float32Array | null> = [];
  const rows: FusionRow[] = [];
  for (const t of texts) {
    const emb = await runTextEncoder(enc, textInput(t.title, t.description));
    embs.push(emb);
    rows.push({ image: null, text: emb, context: contextFeatures(t.context) });
  }
  const out = await runFusionHead(head, rows);
  return { scores: out.map((o) => firearmLikeScore(o.p)), probs: out.map((o) => Float32Array.from(o.p)), embs, ms: performance.now() - started };
}

function ruleScore(t: { title: string; description: string }): number {
  const r = analyseText({ title: t.title, description: t.description });
  return Math.max(0, ...FIREARM_LIKE.map((c) => r.ruleScores[c] ?? 0));
}

function evade(t: TextItem, i: number): TextItem {
  const rng = createRng(1000 + i);
  return { ...t, title: applyEvasion(t.title, EVAL_EVASIONS, rng, EVAL_EVASION_RATE), description: applyEvasion(t.description, EVAL_EVASIONS, rng, EVAL_EVASION_RATE) };
}

export interface EvalResult {
  json: Record<string, unknown>;
  lines: string[];
  /** Per text set ("texts" for the main one), the listings served wrong: kept out of the JSON, printed on request. */
  wrong: Record<string, WrongItem[]>;
}

/**
 * The text side on one set of listings: the learned text model, the stage-1 rules alone (the
 * baseline), both per source, the evasion pass, and the decisions as served for text-only
 * listings (the model's scores through decide() and the default policy) against the decisions the
 * rules alone would make (review when a rule fires).
 */
async function evaluateTexts(enc: LoadedTextEncoder, head: LoadedFusionHead, texts: TextItem[]) {
  const json: Record<string, unknown> = {};
  const labels = texts.map((t) => (isFirearmLike(t.labels) ? 1 : 0));
  const meta = (i: number) => ({ id: texts[i].id, label: labels[i], sublabel: texts[i].sublabel, source: texts[i].source ?? texts[i].language ?? "generated" });
  const model = await textScores(enc, head, texts);
  const text = report(model.scores.map((score, i) => ({ ...meta(i), score })), model.ms);
  const b0 = performance.now();
  const rules = texts.map(ruleScore);
  const baseline = report(rules.map((score, i) => ({ ...meta(i), score })), performance.now() - b0);
  json.text = text;
  json.baseline_text = baseline;
  json.text_by_source = bySource(texts.map((_, i) => meta(i).source), labels, model.scores, rules);
  const served = servedDecisions(texts, labels, model.probs);
  json.served_text = served.counts;
  // evasion pass: the same texts through leetspeak, homoglyphs, spacing and zero-width characters
  const evaded = texts.map(evade);
  const ev = await textScores(enc, head, evaded);
  const evRules = evaded.map(ruleScore);
  const t = Number.isFinite(text.threshold_p95) ? text.threshold_p95 : 0.5;
  const tb = Number.isFinite(baseline.threshold_p95) ? baseline.threshold_p95 : 0.5;
  const evasion = {
    kinds: EVAL_EVASIONS,
    rate: EVAL_EVASION_RATE,
    threshold: t,
    recall_clean: round(recallAt(model.scores, labels, t)),
    recall_evaded: round(recallAt(ev.scores, labels, t)),
    recall_at_p95_evaded: binaryMetrics(ev.scores, labels).recall_at_p95,
    baseline_recall_clean: round(recallAt(rules, labels, tb)),
    baseline_recall_evaded: round(recallAt(evRules, labels, tb)),
  };
  json.evasion = evasion;
  json.evasion_recall_drop = round(evasion.recall_clean - evasion.recall_evaded);
  json.baseline_text_evasion_recall_drop = round(evasion.baseline_recall_clean - evasion.baseline_recall_evaded);
  // long-text pass: the same texts under a seller's shipping and payment boilerplate (boilerplate.ts)
  const padded = texts.map(withBoilerplate);
  const pd = await textScores(enc, head, padded);
  json.boilerplate = {
    threshold: t,
    recall_clean: evasion.recall_clean,
    recall_padded: round(recallAt(pd.scores, labels, t)),
    recall_at_p95_padded: binaryMetrics(pd.scores, labels).recall_at_p95,
    served_padded: servedDecisions(padded, labels, pd.probs).counts,
  };
  json.evasion_battery = await evasionBattery(
    texts.filter((_, i) => labels[i]),
    (t) => ruleScore(t) >= RULE_FIRED,
    async (disguised) => {
      const { probs } = await textScores(enc, head, disguised);
      return disguised.map((t, i) => decideText(t, probs[i], SERVED_POLICY).outcome !== "allow");
    },
  );
  return { json, wrong: served.wrongItems, scores: model.scores, probs: model.probs, embs: model.embs };
}

/** Model and rules per source, where a source has both classes (ranking needs both). */
function bySource(sources: string[], labels: number[], model: number[], rules: number[]) {
  const groups = new Map<string, number[]>();
  sources.forEach((s, i) => groups.set(s, [...(groups.get(s) ?? []), i]));
  const out: Record<string, unknown> = {};
  const brief = (m: BinaryMetrics) => ({ pr_auc: m.pr_auc, recall_at_p95: m.recall_at_p95 });
  for (const [source, idx] of [...groups].sort()) {
    const y = idx.map((i) => labels[i]);
    const positives = y.reduce((a, b) => a + b, 0);
    const row: Record<string, unknown> = { n: idx.length, positives };
    if (positives > 0 && positives < idx.length) {
      row.text = brief(binaryMetrics(idx.map((i) => model[i]), y));
      row.baseline_text = brief(binaryMetrics(idx.map((i) => rules[i]), y));
    }
    out[source] = row;
  }
  return out;
}

/**
 * Decisions as served for text-only listings under the default policy: flagged = block or review.
 * The rules alone flag a listing when a firearm-like rule fires (what decide() does when no model
 * runs). Recall must never fall below the rules'.
 */
const SERVED_POLICY: Policy = { version: 0, thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} };

function servedDecisions(texts: TextItem[], labels: number[], probs: Float32Array[]) {
  let served = { tp: 0, fp: 0, blockTp: 0, blockFp: 0 };
  let ruled = { tp: 0, fp: 0 };
  // Replicas and deactivated guns are prohibited by the default policy (DESIGN.md taxonomy): a
  // block there is the policy working, so they count neither as violating nor as innocent here.
  const replica = { n: 0, flagged: 0 };
  const wrongItems: WrongItem[] = [];
  // Where served and rules-alone part: the model's own mistakes, and the rules' ones it put right.
  const parted = { modelAdded: 0, modelFixed: 0 };
  texts.forEach((t, i) => {
    if (!labels[i] && t.labels.includes("replica")) {
      replica.n++;
      if (decideText(t, probs[i], SERVED_POLICY).outcome !== "allow") replica.flagged++;
      return;
    }
    const { analysis, outcome } = decideText(t, probs[i], SERVED_POLICY);
    const y = labels[i];
    if (outcome !== "allow") served = { ...served, tp: served.tp + y, fp: served.fp + (1 - y) };
    if (outcome === "block") served = { ...served, blockTp: served.blockTp + y, blockFp: served.blockFp + (1 - y) };
    const rulesFlag = FIREARM_LIKE.some((c) => (analysis.ruleScores[c] ?? 0) >= RULE_FIRED);
    if (rulesFlag) ruled = { tp: ruled.tp + y, fp: ruled.fp + (1 - y) };
    const servedWrong = (outcome !== "allow") !== (y === 1);
    const rulesWrong = rulesFlag !== (y === 1);
    if (servedWrong && !rulesWrong) parted.modelAdded++;
    if (rulesWrong && !servedWrong) parted.modelFixed++;
    if (servedWrong) {
      wrongItems.push({
        id: t.id,
        label: t.labels.join("|") || "none",
        outcome,
        model: round(firearmLikeScore(probs[i])),
        rules: rulesFlag ? "flag" : "allow",
        hits: analysis.spans.map((h) => `${h.normalised}${h.evasion ? "*" : ""}`),
        suppressed: analysis.suppressed.map((h) => `${h.normalised}<-${h.suppressedBy}`),
        negatives: analysis.negatives.map((h) => h.normalised),
      });
    }
  });
  const P = labels.reduce((a, b) => a + b, 0);
  const N = labels.length - P - replica.n;
  const rate = (a: number, b: number) => (b ? round(a / b) : 0);
  const counts = {
    // counts first: on lists of a few hundred, one listing moves a rate by several tenths of a point
    wrong: P - served.tp + served.fp,
    violating_allowed: P - served.tp,
    innocent_flagged: served.fp,
    innocent_blocked: served.blockFp,
    rules_wrong: P - ruled.tp + ruled.fp,
    model_added: parted.modelAdded,
    model_fixed: parted.modelFixed,
    flagged_recall: rate(served.tp, P),
    flagged_false_rate: rate(served.fp, N),
    blocked_recall: rate(served.blockTp, P),
    blocked_false_rate: rate(served.blockFp, N),
    rules_flagged_recall: rate(ruled.tp, P),
    rules_flagged_false_rate: rate(ruled.fp, N),
    innocent: N,
    replicas: replica.n,
    replicas_flagged: rate(replica.flagged, replica.n),
  };
  return { counts, wrongItems };
}

/** A listing served wrong, with what the rules read in it: for people reading a diagnostic list. */
export interface WrongItem {
  id: string;
  label: string;
  outcome: string;
  model: number;
  rules: "flag" | "allow";
  hits: string[];
  suppressed: string[];
  negatives: string[];
}

/** A text-only listing's decision as served: the rules' analysis and the model's scores through decide(). */
function decideText(t: TextItem, probs: Float32Array, policy: Policy) {
  const analysis = analyseText({ title: t.title, description: t.description });
  const scores = zeroScores();
  CATEGORIES.forEach((c, k) => (scores[c] = probs[k]));
  const item = {
    input: { title: t.title, description: t.description },
    policy,
    text: analysis,
    model: { scores, textScores: scores, imageScores: null },
  } as unknown as CascadeItem;
  return { analysis, outcome: decide(item).outcome };
}

export async function evaluate(opts: {
  texts?: TextItem[];
  /** More text sets reported under their own key (e.g. the hand-written evaluation file). */
  extraTextSets?: Record<string, TextItem[]>;
  photos?: PhotoRow[];
  pairingNote?: string;
}): Promise<EvalResult> {
  const [enc, head] = await Promise.all([loadTextEncoder(), loadFusionHead()]);
  const prior = loadImagePrior();
  const json: Record<string, unknown> = {};
  const lines: string[] = [];
  const wrong: Record<string, WrongItem[]> = {};
  let textEmbs: Array<Float32Array | null> = [];
  let textOnly: number[] = [];
  let textProbs: Scores[] = [];

  if (opts.texts?.length) {
    const r = await evaluateTexts(enc, head, opts.texts);
    textEmbs = r.embs;
    textOnly = r.scores;
    textProbs = r.probs.map(toScoresOf);
    Object.assign(json, r.json);
    wrong.texts = r.wrong;
  }
  for (const [name, texts] of Object.entries(opts.extraTextSets ?? {})) {
    if (!texts.length) continue;
    const r = await evaluateTexts(enc, head, texts);
    json[name] = r.json;
    wrong[name] = r.wrong;
  }

  let imageData: { rows: PhotoRow[]; pooled: Float32Array[]; zero: number[]; prior: number[] } | undefined;
  if (opts.photos?.length) {
    const started = performance.now();
    const rows: PhotoRow[] = [];
    const pooled: Float32Array[] = [];
    const zero: number[] = [];
    const priorScores: number[] = [];
    let encodeMs = 0;
    let endViewPhotos = 0;
    for (let i = 0; i < opts.photos.length; i += 16) {
      const chunk = opts.photos.slice(i, i + 16);
      const views: ImageViews[] = [];
      const ok: PhotoRow[] = [];
      for (const r of chunk) {
        try {
          views.push(await imageToViews(fs.readFileSync(r.file)));
          ok.push(r);
        } catch (err) {
          lines.push(`skipped ${r.rel}: ${(err as Error).message}`);
        }
      }
      const e0 = performance.now();
      const centres = views.length ? await encodeBatch(views.map((v) => v.centre)) : [];
      for (const [j, v] of views.entries()) {
        rows.push(ok[j]);
        // The head sees the centre crop, as served; the baseline is the centre crop's zero-shot
        // classes alone; the prior asks for the end crops as served (score-listing.ts).
        pooled.push(centres[j].pooled);
        zero.push(zeroShotWeapon(centres[j].logits));
        const photo = await scorePhoto(prior, centres[j], async () => encodeBatch(await v.ends()));
        priorScores.push(photo.score);
        endViewPhotos += photo.views > 1 ? 1 : 0;
      }
      encodeMs += performance.now() - e0;
    }
    const out = await runFusionHead(head, pooled.map((p) => ({ image: p, text: null, context: contextFeatures({}) })));
    const ms = performance.now() - started;
    const labels = rows.map((r) => (r.label === "firearm" ? 1 : 0));
    const meta = (i: number) => ({ id: rows[i].rel, label: labels[i], sublabel: rows[i].sublabel, source: rows[i].source });
    // As served (score-listing.ts): the image prior's firearm score, the head's parts and ammunition.
    json.image = report(out.map((o, i) => ({ ...meta(i), score: Math.max(priorScores[i], o.p[PART], o.p[AMMO]) })), ms);
    json.image_head_only = brief(report(out.map((o, i) => ({ ...meta(i), score: firearmLikeScore(o.p) })), ms));
    json.baseline_image = report(zero.map((score, i) => ({ ...meta(i), score })), ms);
    lines.push(`images: encode ${(encodeMs / rows.length).toFixed(1)} ms/image (centre crops in batches of 16, end crops of ${endViewPhotos} photos where the centre left doubt) of ${(ms / rows.length).toFixed(1)} ms/image in all`);
    imageData = { rows, pooled, zero, prior: priorScores };
  }

  if (opts.texts?.length && imageData) {
    // Deterministic pairing: the i-th positive photo with the i-th positive text (cycled), the
    // i-th negative photo with the i-th negative text; label = photo label OR text label.
    const texts = opts.texts;
    const pos = texts.map((_, i) => i).filter((i) => isFirearmLike(texts[i].labels));
    const neg = texts.map((_, i) => i).filter((i) => !isFirearmLike(texts[i].labels));
    let pi = 0;
    let ni = 0;
    const fusedRows: FusionRow[] = [];
    const pairedText: number[] = [];
    const pairedImageFloor: number[] = [];
    const meta: Omit<Scored, "score">[] = [];
    const started = performance.now();
    imageData.rows.forEach((r, i) => {
      const positive = r.label === "firearm";
      const pool = positive ? pos : neg;
      if (!pool.length) return;
      const ti = pool[(positive ? pi++ : ni++) % pool.length];
      fusedRows.push({ image: imageData!.pooled[i], text: textEmbs[ti], context: contextFeatures(texts[ti].context) });
      pairedText.push(textOnly[ti]);
      pairedImageFloor.push(saysNotAGun(textProbs[ti]) ? 0 : imageData!.prior[i]);
      meta.push({ id: `${r.rel}+${texts[ti].id}`, label: positive || isFirearmLike(texts[ti].labels) ? 1 : 0, sublabel: r.sublabel, source: r.source });
    });
    const out = await runFusionHead(head, fusedRows);
    // As served (score-listing.ts): the text-only score and the image prior (unless the words say
    // toy, airsoft or replica) are floors under the fused one.
    json.fused = report(out.map((o, i) => ({ ...meta[i], score: Math.max(firearmLikeScore(o.p), pairedText[i], pairedImageFloor[i]) })), performance.now() - started);
    json.fused_pairing = opts.pairingNote ?? "each photo paired with a text of the same binary label (i-th positive photo ↔ i-th positive text, cycled; same for negatives)";
    lines.push(`fused: ${json.fused_pairing}`);
  }
  return { json, lines, wrong };
}
