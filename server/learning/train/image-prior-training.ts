/**
 * Trains the image prior (server/inference/image-prior.ts): a weighted, L2-regularised logistic
 * correction on the standardised pooled vector, the training firearm photos as likeness prototypes,
 * how much each counts next to the zero-shot weapon classes (β, λ), and Platt calibration of the blend.
 *
 * β and λ are chosen for photos unlike ours, not for ours. Each fold leaves something out of
 * training (correction and prototypes) and scores it:
 *   - each kind of negative with enough photos (knives, hand tools), scored with the held-out
 *     validation firearms;
 *   - each upstream source of firearm photos with enough photos (Open Images, UGR "armas"),
 *     scored with the validation negatives: a gun photographed by someone else;
 * The (β, λ) whose worst fold is best wins (recall at 95% precision): what we need is a prior that
 * holds on whatever photos it has not seen, not one that is best on average. Combinations within TIE
 * of it (about one photo) are told apart by the validation split, photos like the ones we trained
 * on. The validation split alone would always prefer larger weights, because both terms learn our
 * sources, so it only breaks ties.
 */
import { binaryMetrics, round, type BinaryMetrics } from "@/server/learning/metrics";
import { blendLogit, correctionLogit, likeness, type ImagePrior } from "@/server/inference/image-prior";
import { fitPlatt } from "./calibration";
import { photoCategories, photoUpstream, type PhotoRow } from "./photos";
import { isFirearmLike } from "./texts";

export interface PriorPhoto extends PhotoRow {
  pooled: Float32Array;
  /** Zero-shot weapon log-odds of the photo. */
  zsLogit: number;
}

const L2 = 0.1;
const EPOCHS = 300;
const BETAS = [0, 0.1, 0.25, 0.5, 0.75, 1, 1.5];
const LAMBDAS = [0, 20, 40, 80, 120, 160];
/** Negative kinds and firearm sources with at least this many photos are left out in turn to choose β and λ. */
const MIN_FOLD = 50;
/** Worst left-out recalls closer than this are a tie. */
const TIE = 0.005;

const label = (p: PhotoRow) => (isFirearmLike(photoCategories(p)) ? 1 : 0);
/** Toys, water guns and airsoft look like guns; they are rare and weigh more. */
const weight = (p: PhotoRow) => (["toy_gun", "water_gun", "airsoft_paintball"].includes(p.sublabel) ? 4 : 1);
/** The kind of a negative photo, for leaving kinds out: knives, hand tools (power tools with them). */
const negativeKind = (p: PhotoRow) => (label(p) ? null : p.sublabel === "power_tool" ? "general_product" : p.sublabel);
/** Where a firearm photo was taken from, for leaving sources out. */
const positiveSource = (p: PhotoRow) => (label(p) ? photoUpstream(p) : null);

/** Unit-length pooled vectors of the firearm photos among `photos`, row after row: the likeness prototypes. */
export function firearmPrototypes(photos: PriorPhoto[]): Float32Array {
  const firearms = photos.filter((p) => label(p));
  const d = firearms[0]?.pooled.length ?? 0;
  const out = new Float32Array(firearms.length * d);
  firearms.forEach((p, r) => {
    const norm = Math.sqrt(p.pooled.reduce((s, v) => s + v * v, 0)) || 1;
    for (let i = 0; i < d; i++) out[r * d + i] = p.pooled[i] / norm;
  });
  return out;
}

/** Full-batch Adam on weighted logistic loss with L2 on the weights. */
export function fitCorrection(photos: PriorPhoto[], mean: Float32Array, invStd: Float32Array): { w: Float32Array; c: number } {
  const d = mean.length;
  const X = photos.map((p) => Float32Array.from(p.pooled, (v, i) => (v - mean[i]) * invStd[i]));
  const y = photos.map(label);
  const sw = photos.map(weight);
  const total = sw.reduce((a, b) => a + b, 0);
  const w = new Float64Array(d);
  let c = 0;
  const m = new Float64Array(d + 1);
  const v = new Float64Array(d + 1);
  const g = new Float64Array(d + 1);
  const lr = 0.05;
  for (let t = 1; t <= EPOCHS; t++) {
    g.fill(0);
    for (let n = 0; n < X.length; n++) {
      const x = X[n];
      let s = c;
      for (let i = 0; i < d; i++) s += w[i] * x[i];
      const e = ((1 / (1 + Math.exp(-s)) - y[n]) * sw[n]) / total;
      for (let i = 0; i < d; i++) g[i] += e * x[i];
      g[d] += e;
    }
    for (let i = 0; i <= d; i++) {
      const gi = i < d ? g[i] + L2 * w[i] : g[i];
      m[i] = 0.9 * m[i] + 0.1 * gi;
      v[i] = 0.999 * v[i] + 0.001 * gi * gi;
      const step = (lr * (m[i] / (1 - 0.9 ** t))) / (Math.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8);
      if (i < d) w[i] -= step;
      else c -= step;
    }
  }
  return { w: Float32Array.from(w), c };
}

export interface PriorReport {
  beta: number;
  lambda: number;
  /** Per fold, the left-out photos' recall at 95% precision for each (β, λ), and for the correction and the likeness alone. */
  folds: Record<string, Record<string, number>>;
  validation: { prior: BinaryMetrics; zero_shot: BinaryMetrics; correction_only: BinaryMetrics; likeness_only: BinaryMetrics };
}

interface Fold {
  name: string;
  /** Training photos the fold keeps. */
  train: PriorPhoto[];
  /** What it is scored on. */
  test: PriorPhoto[];
}

function leaveOutFolds(train: PriorPhoto[], validation: PriorPhoto[]): Fold[] {
  const all = [...train, ...validation];
  const enough = (key: (p: PhotoRow) => string | null) => [...new Set(all.map(key).filter((k): k is string => !!k))].filter((k) => all.filter((p) => key(p) === k).length >= MIN_FOLD);
  return [
    ...enough(negativeKind).map((k) => ({ name: k, train: train.filter((p) => negativeKind(p) !== k), test: [...validation.filter(label), ...all.filter((p) => negativeKind(p) === k)] })),
    ...enough(positiveSource).map((k) => ({ name: `firearms:${k}`, train: train.filter((p) => positiveSource(p) !== k), test: [...all.filter((p) => positiveSource(p) === k), ...validation.filter((p) => !label(p))] })),
  ];
}

const key = (beta: number, lambda: number) => `beta_${beta}_lambda_${lambda}`;

export function trainImagePrior(train: PriorPhoto[], validation: PriorPhoto[], mean: Float32Array, invStd: Float32Array, version: string): { prior: ImagePrior; report: PriorReport } {
  // Per fold: correction and prototypes from what the fold keeps, scored on what it left out.
  const folds: PriorReport["folds"] = {};
  const recall = new Map<string, number[]>();
  for (const fold of leaveOutFolds(train, validation)) {
    const fit = fitCorrection(fold.train, mean, invStd);
    const prototypes = firearmPrototypes(fold.train);
    const ys = fold.test.map(label);
    const corr = fold.test.map((p) => correctionLogit({ mean, invStd, ...fit }, p.pooled));
    const like = fold.test.map((p) => likeness(prototypes, p.pooled));
    folds[fold.name] = {};
    for (const beta of BETAS)
      for (const lambda of LAMBDAS) {
        const m = binaryMetrics(fold.test.map((p, i) => blendLogit(p.zsLogit, corr[i], beta, like[i], lambda)), ys);
        folds[fold.name][key(beta, lambda)] = m.recall_at_p95;
        recall.set(key(beta, lambda), [...(recall.get(key(beta, lambda)) ?? []), m.recall_at_p95]);
      }
    folds[fold.name].correction_only = binaryMetrics(corr, ys).recall_at_p95;
    folds[fold.name].likeness_only = binaryMetrics(like, ys).recall_at_p95;
  }
  const fit = fitCorrection(train, mean, invStd);
  const prototypes = firearmPrototypes(train);
  const corr = validation.map((p) => correctionLogit({ mean, invStd, ...fit }, p.pooled));
  const like = validation.map((p) => likeness(prototypes, p.pooled));
  const vy = validation.map(label);
  const validationRecall = (b: number, l: number) => binaryMetrics(validation.map((p, i) => blendLogit(p.zsLogit, corr[i], b, like[i], l)), vy).recall_at_p95;

  const grid = BETAS.flatMap((b) => LAMBDAS.map((l) => ({ b, l, folds: Math.min(...(recall.get(key(b, l)) ?? [0])), validation: validationRecall(b, l) })));
  const best = Math.max(...grid.map((g) => g.folds));
  // Among the ties, the best validation recall; then the smaller weights (β first): less of what only our sources taught.
  const chosen = recall.size ? grid.filter((g) => g.folds >= best - TIE).reduce((x, g) => (g.validation > x.validation + 1e-9 ? g : x)) : { b: 0.5, l: 0 };
  const [beta, lambda] = [chosen.b, chosen.l];

  const vz = validation.map((p, i) => blendLogit(p.zsLogit, corr[i], beta, like[i], lambda));
  const { a, b } = fitPlatt(vz, vy);
  const prior: ImagePrior = { version, mean, invStd, w: fit.w, c: fit.c, beta, lambda, prototypes, a, b };
  const report: PriorReport = {
    beta,
    lambda,
    folds: Object.fromEntries(Object.entries(folds).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([kk, vv]) => [kk, round(vv)]))])),
    validation: {
      prior: binaryMetrics(vz, vy),
      zero_shot: binaryMetrics(validation.map((p) => p.zsLogit), vy),
      correction_only: binaryMetrics(corr, vy),
      likeness_only: binaryMetrics(like, vy),
    },
  };
  return { prior, report };
}

/** Each left-out fold's recall at the chosen (β, λ), beside the zero-shot classes alone and the two learned terms alone. */
export function chosenFolds(report: PriorReport): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(report.folds).map(([name, f]) => [
      name,
      { chosen: f[key(report.beta, report.lambda)], zero_shot: f[key(0, 0)], correction_only: f.correction_only, likeness_only: f.likeness_only },
    ]),
  );
}
