/**
 * Trains the image prior (server/inference/image-prior.ts): a weighted, L2-regularised logistic
 * correction on the standardised pooled vector, how much it counts next to the zero-shot weapon
 * classes (β), and Platt calibration of the blend.
 *
 * β is chosen for photos unlike ours, not for ours: each kind of negative with enough photos
 * (knives, hand tools) is left out of training in turn and scored with the held-out validation
 * firearms; the β with the best mean recall at 95% precision over those folds wins. On the seeded
 * validation split a larger β always looks better, because the correction learns our sources.
 */
import { binaryMetrics, round, type BinaryMetrics } from "@/server/learning/metrics";
import { blendLogit, correctionLogit, type ImagePrior } from "@/server/inference/image-prior";
import { fitPlatt } from "./calibration";
import { photoCategories, type PhotoRow } from "./photos";
import { isFirearmLike } from "./texts";

export interface PriorPhoto extends PhotoRow {
  pooled: Float32Array;
  /** Zero-shot weapon log-odds of the photo. */
  zsLogit: number;
}

const L2 = 0.1;
const EPOCHS = 300;
const BETAS = [0, 0.1, 0.25, 0.5, 0.75, 1, 1.5];
/** Negative kinds with at least this many photos are left out in turn to choose β. */
const MIN_KIND = 50;

const label = (p: PhotoRow) => (isFirearmLike(photoCategories(p)) ? 1 : 0);
/** Toys, water guns and airsoft look like guns; they are rare and weigh more. */
const weight = (p: PhotoRow) => (["toy_gun", "water_gun", "airsoft_paintball"].includes(p.sublabel) ? 4 : 1);
/** The kind of a negative photo, for leaving kinds out: knives, hand tools (power tools with them). */
const negativeKind = (p: PhotoRow) => (label(p) ? null : p.sublabel === "power_tool" ? "general_product" : p.sublabel);

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
  folds: Record<string, Record<string, number>>;
  validation: { prior: BinaryMetrics; zero_shot: BinaryMetrics; correction_only: BinaryMetrics };
}

export function trainImagePrior(train: PriorPhoto[], validation: PriorPhoto[], mean: Float32Array, invStd: Float32Array, version: string): { prior: ImagePrior; report: PriorReport } {
  const valPositives = validation.filter((p) => label(p));
  const kinds = [...new Set([...train, ...validation].map(negativeKind).filter((k): k is string => !!k))].filter(
    (k) => [...train, ...validation].filter((p) => negativeKind(p) === k).length >= MIN_KIND,
  );
  // Per left-out kind: the correction trained without it, scored on it and the validation firearms.
  const folds: PriorReport["folds"] = {};
  const recallByBeta = new Map<number, number[]>();
  for (const kind of kinds) {
    const fit = fitCorrection(train.filter((p) => negativeKind(p) !== kind), mean, invStd);
    const test = [...valPositives, ...[...train, ...validation].filter((p) => negativeKind(p) === kind)];
    const ys = test.map(label);
    const corr = test.map((p) => correctionLogit({ mean, invStd, ...fit }, p.pooled));
    folds[kind] = {};
    for (const beta of BETAS) {
      const m = binaryMetrics(test.map((p, i) => blendLogit(p.zsLogit, corr[i], beta)), ys);
      folds[kind][`beta_${beta}`] = m.recall_at_p95;
      recallByBeta.set(beta, [...(recallByBeta.get(beta) ?? []), m.recall_at_p95 + m.pr_auc * 1e-3]);
    }
    folds[kind].correction_only = binaryMetrics(corr, ys).recall_at_p95;
  }
  const average = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  // Ties go to the smaller β: less of what only our sources taught.
  const beta = kinds.length ? BETAS.reduce((best, b) => (average(recallByBeta.get(b)!) > average(recallByBeta.get(best)!) + 1e-9 ? b : best), BETAS[0]) : 0.5;

  const fit = fitCorrection(train, mean, invStd);
  const vz = validation.map((p) => blendLogit(p.zsLogit, correctionLogit({ mean, invStd, ...fit }, p.pooled), beta));
  const vy = validation.map(label);
  const { a, b } = fitPlatt(vz, vy);
  const prior: ImagePrior = { version, mean, invStd, w: fit.w, c: fit.c, beta, a, b };
  const report: PriorReport = {
    beta,
    folds: Object.fromEntries(Object.entries(folds).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([kk, vv]) => [kk, round(vv)]))])),
    validation: {
      prior: binaryMetrics(vz, vy),
      zero_shot: binaryMetrics(validation.map((p) => p.zsLogit), vy),
      correction_only: binaryMetrics(validation.map((p) => correctionLogit({ mean, invStd, ...fit }, p.pooled)), vy),
    },
  };
  return { prior, report };
}
