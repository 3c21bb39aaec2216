/**
 * The image-only firearm score: the backbone's own zero-shot weapon evidence (ImageNet's assault
 * rifle, revolver, rifle, holster and cannon classes, learned from a million photos) plus a damped
 * linear correction learned from our photos, plus how much the photo looks like the firearm photos
 * we trained on:
 *
 *   score = σ(a · (logit(zero-shot) + β · (w · x + c) + λ · likeness) + b),   x = the standardised pooled vector,
 *   likeness = mean cosine of the pooled vector to its LIKENESS_NEIGHBOURS nearest training firearm photos
 *
 * Why not the fusion head's image row alone: a head fitted to our three photo sources learns what
 * those sources look like as much as what a gun looks like. Measured on negative kinds it never
 * saw (knives held out, then tools held out), every learned head we tried fell well below the
 * zero-shot classes, while the zero-shot prior plus a damped correction beat them (models/MODEL_CARD.md).
 * The likeness term asks only "is this near a gun we know?", never "is this near a negative we
 * know?", so a kind of negative we never saw (phones, wallets) cannot look innocent merely by being
 * unlike our tools and knives; measured the same way, it lifted both left-out kinds and a left-out
 * source of gun photos (MODEL_CARD.md). β and λ are chosen that way, by leaving each kind of
 * negative and each upstream source of gun photos out in turn
 * (server/learning/train/image-prior-training.ts); a and b are Platt calibration on the validation
 * photos. Pure arithmetic, no session.
 *
 * x and the zero-shot probability are means over the photo's views (preprocess.ts ImageViews: the
 * centre crop, plus the two end crops of an elongated photo) when the centre crop alone leaves doubt
 * (scorePhoto). Measured over the real photos, the views lifted recall at 95% precision on
 * validation and on both left-out kinds (MODEL_CARD.md).
 */
import fs from "node:fs";
import { modelPath } from "./model-files";
import { zeroShotWeapon } from "./zero-shot";

export const IMAGE_PRIOR_MODEL = "image-prior";

export interface ImagePrior {
  version: string;
  /** Standardisation of the pooled vector (the training photos' mean and 1/std). */
  mean: Float32Array;
  invStd: Float32Array;
  /** The learned correction: w · x + c. */
  w: Float32Array;
  c: number;
  /** How much the correction counts next to the zero-shot prior. */
  beta: number;
  /** Unit-length pooled vectors of the training firearm photos, row after row, and how much the likeness to them counts. */
  prototypes: Float32Array;
  lambda: number;
  /** Platt calibration of the blend. */
  a: number;
  b: number;
}

const clampP = (p: number) => Math.min(1 - 1e-6, Math.max(1e-6, p));

/** log-odds of the zero-shot weapon probability (zero-shot.ts: max softmax over the weapon classes). */
export function zeroShotLogit(zeroShot: number): number {
  const p = clampP(zeroShot);
  return Math.log(p / (1 - p));
}

/** The learned correction's logit for one pooled vector. */
export function correctionLogit(prior: Pick<ImagePrior, "mean" | "invStd" | "w" | "c">, pooled: ArrayLike<number>): number {
  let s = prior.c;
  for (let i = 0; i < prior.w.length; i++) s += prior.w[i] * (pooled[i] - prior.mean[i]) * prior.invStd[i];
  return s;
}

/** How many nearest training firearm photos the likeness averages over (on the left-out folds 3 was a little ahead of 1 and 5, well ahead of 10 and 30; MODEL_CARD.md). */
export const LIKENESS_NEIGHBOURS = 3;

/** Mean cosine similarity of a pooled vector to its LIKENESS_NEIGHBOURS nearest prototypes (0 when there are none). */
export function likeness(prototypes: Float32Array, pooled: ArrayLike<number>): number {
  const d = pooled.length;
  const count = prototypes.length / d;
  if (!(count >= 1)) return 0;
  let norm = 0;
  for (let i = 0; i < d; i++) norm += pooled[i] * pooled[i];
  norm = Math.sqrt(norm) || 1;
  const best: number[] = [];
  for (let r = 0; r < count; r++) {
    let dot = 0;
    for (let i = 0, o = r * d; i < d; i++) dot += prototypes[o + i] * pooled[i];
    const cos = dot / norm;
    if (best.length < LIKENESS_NEIGHBOURS || cos > best[best.length - 1]) {
      best.push(cos);
      best.sort((a, b) => b - a);
      if (best.length > LIKENESS_NEIGHBOURS) best.pop();
    }
  }
  return best.reduce((a, b) => a + b, 0) / best.length;
}

/** The uncalibrated blend: zero-shot log-odds, plus β times the correction, plus λ times the likeness. */
export function blendLogit(zsLogit: number, correction: number, beta: number, like: number, lambda: number): number {
  return zsLogit + beta * correction + lambda * like;
}

/** One view as the encoder gave it. */
type Encoded = { pooled: ArrayLike<number>; logits: ArrayLike<number> };

/**
 * The centre crop's score from which a photo's end crops are looked at too. Below it the centre
 * crop alone decides: on the real photos the views changed no figure there (MODEL_CARD.md), and
 * most uploads, being innocent, stop at one encoder run. Replayed over the validation photos with
 * mm3.11's prior, every line from 0 to 0.3 gave the same recall at 95% precision (0.971; 0.957 at
 * 0.4), while the innocent photos sent on to the end crops fell from 130 of 271 at 0.1 to 31 at 0.3.
 */
export const END_VIEWS_MIN_SCORE = 0.3;

/**
 * The prior's firearm score of one photo: from its centre crop, and when that is at least
 * END_VIEWS_MIN_SCORE, from the mean over all its views (`ends` encodes the end crops when called).
 * `zeroShot` is the zero-shot weapon probability over the same views.
 */
export async function scorePhoto(prior: ImagePrior, centre: Encoded, ends: () => Promise<Encoded[]>): Promise<{ score: number; zeroShot: number; views: number }> {
  const c = priorInput([centre]);
  const score = imagePriorScore(prior, c.pooled, c.zeroShot);
  if (score < END_VIEWS_MIN_SCORE) return { score, zeroShot: c.zeroShot, views: 1 };
  const more = await ends();
  if (more.length === 0) return { score, zeroShot: c.zeroShot, views: 1 };
  const all = priorInput([centre, ...more]);
  return { score: imagePriorScore(prior, all.pooled, all.zeroShot), zeroShot: all.zeroShot, views: 1 + more.length };
}

/** What the prior reads of one photo: the pooled vectors and zero-shot probabilities of its views, averaged. */
export function priorInput(views: ReadonlyArray<Encoded>): { pooled: Float32Array; zeroShot: number } {
  if (views.length === 0) throw new Error("image prior: a photo needs at least one view");
  const pooled = new Float32Array(views[0].pooled.length);
  let zeroShot = 0;
  for (const v of views) {
    for (let i = 0; i < pooled.length; i++) pooled[i] += v.pooled[i] / views.length;
    zeroShot += zeroShotWeapon(v.logits) / views.length;
  }
  return { pooled, zeroShot };
}

/** Calibrated probability that the photo shows a firearm, given its zero-shot weapon probability. */
export function imagePriorScore(prior: ImagePrior, pooled: ArrayLike<number>, zeroShot: number): number {
  const z = blendLogit(zeroShotLogit(zeroShot), correctionLogit(prior, pooled), prior.beta, likeness(prior.prototypes, pooled), prior.lambda);
  return 1 / (1 + Math.exp(-(prior.a * z + prior.b)));
}

export interface ImagePriorFile {
  version: string;
  beta: number;
  a: number;
  b: number;
  c: number;
  mean: number[];
  invStd: number[];
  w: number[];
  lambda: number;
  /** The prototypes as int8, one scale per row (unit vectors lose nothing a cosine can see; 4× smaller than float32). */
  prototypes: { rows: number; scale: number[]; int8: string };
  /** How β was chosen and what the blend measured (written by training; read by people). */
  notes?: unknown;
}

export function toImagePriorFile(p: ImagePrior, notes?: unknown): ImagePriorFile {
  const r = (a: Float32Array) => Array.from(a, (v) => Math.round(v * 1e6) / 1e6);
  const d = p.w.length;
  const rows = p.prototypes.length / d;
  const int8 = new Int8Array(p.prototypes.length);
  const scale: number[] = [];
  for (let row = 0; row < rows; row++) {
    let max = 0;
    for (let i = row * d; i < (row + 1) * d; i++) max = Math.max(max, Math.abs(p.prototypes[i]));
    const s = max / 127 || 1;
    scale.push(s);
    for (let i = row * d; i < (row + 1) * d; i++) int8[i] = Math.round(p.prototypes[i] / s);
  }
  const prototypes = { rows, scale, int8: Buffer.from(int8.buffer).toString("base64") };
  return { version: p.version, beta: p.beta, a: p.a, b: p.b, c: p.c, mean: r(p.mean), invStd: r(p.invStd), w: r(p.w), lambda: p.lambda, prototypes, ...(notes ? { notes } : {}) };
}

export function readImagePrior(json: string): ImagePrior {
  const f = JSON.parse(json) as ImagePriorFile;
  const d = f.w?.length;
  if (!(d > 0) || d !== f.mean?.length || d !== f.invStd?.length) throw new Error("image prior: weights and standardisation differ in length");
  const int8 = new Int8Array(Buffer.from(f.prototypes?.int8 ?? "", "base64"));
  if (!f.prototypes || int8.length !== f.prototypes.rows * d || f.prototypes.scale.length !== f.prototypes.rows) throw new Error("image prior: prototypes do not match their row count and width");
  const prototypes = Float32Array.from(int8, (v, i) => v * f.prototypes.scale[Math.floor(i / d)]);
  return { version: f.version, beta: f.beta, a: f.a, b: f.b, c: f.c, mean: Float32Array.from(f.mean), invStd: Float32Array.from(f.invStd), w: Float32Array.from(f.w), lambda: f.lambda, prototypes };
}

export function loadImagePrior(): ImagePrior {
  return readImagePrior(fs.readFileSync(modelPath(IMAGE_PRIOR_MODEL), "utf8"));
}
