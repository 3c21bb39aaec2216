/**
 * Fusion head: an MLP over [standardised image pooled vector · image_mask, image_mask,
 * text embedding · text_mask, text_mask, context features] → ReLU hidden → 6 logits z, then
 * per-category Platt calibration y = a·z + b (a temperature 1/a plus a shift) and independent
 * sigmoids. The same function exists twice: in ONNX (served) and in TypeScript (read from the
 * same file) so Grad-CAM and text attributions can back-propagate through it exactly.
 */
import fs from "node:fs";
import * as ort from "onnxruntime-node";
import { CATEGORIES } from "@/server/taxonomy";
import { decodeModel, encodeModel } from "./onnx-export";
import { modelPath } from "./model-files";
import { getSession } from "./onnx-session";

export const FUSION_HEAD_MODEL = "fusion-head";

export const IMAGE_DIM = 1280;
export const NUM_OUT = CATEGORIES.length;
const CATEGORY_BUCKETS = 16;
/** category one-hot (hashed) + present, log price + present, seller age, violations + present. */
export const CONTEXT_DIM = CATEGORY_BUCKETS + 1 + 2 + 3;

export interface ListingContext {
  category?: string;
  price?: number;
  sellerAccountAgeDays?: number;
  sellerPriorViolations?: number;
}

function bucketOf(category: string): number {
  let h = 0x811c9dc5;
  const s = category.trim().toLowerCase();
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) % CATEGORY_BUCKETS;
}

export function contextFeatures(ctx: ListingContext = {}): Float32Array {
  const f = new Float32Array(CONTEXT_DIM);
  if (ctx.category) {
    f[bucketOf(ctx.category)] = 1;
    f[CATEGORY_BUCKETS] = 1;
  }
  if (ctx.price !== undefined && Number.isFinite(ctx.price) && ctx.price >= 0) {
    f[CATEGORY_BUCKETS + 1] = Math.log1p(ctx.price) / 8;
    f[CATEGORY_BUCKETS + 2] = 1;
  }
  if (ctx.sellerAccountAgeDays !== undefined || ctx.sellerPriorViolations !== undefined) {
    f[CATEGORY_BUCKETS + 3] = Math.log1p(Math.max(0, ctx.sellerAccountAgeDays ?? 0)) / 8;
    f[CATEGORY_BUCKETS + 4] = Math.log1p(Math.max(0, ctx.sellerPriorViolations ?? 0));
    f[CATEGORY_BUCKETS + 5] = 1;
  }
  return f;
}

export interface FusionWeights {
  textDim: number;
  hidden: number;
  inDim: number;
  /** inDim × hidden, row-major (x · W1). */
  w1: Float32Array;
  b1: Float32Array;
  /** hidden × NUM_OUT. */
  w2: Float32Array;
  b2: Float32Array;
  /** Image standardisation: (pooled - mean) · invStd. */
  mean: Float32Array;
  invStd: Float32Array;
  calA: Float32Array;
  calB: Float32Array;
  /**
   * textDim × NUM_OUT, added to the calibrated logits: what the text embedding's rule features
   * count directly (rule evidence, server/learning/train/rule-evidence.ts). Zero rows for the
   * learned part of the embedding.
   */
  ruleTerm: Float32Array;
}

export function fusionInputDim(textDim: number): number {
  return IMAGE_DIM + 1 + textDim + 1 + CONTEXT_DIM;
}

export interface FusionRow {
  image: Float32Array | null;
  text: Float32Array | null;
  context: Float32Array;
}

/** The head's input vector, masked and standardised exactly as the ONNX graph does it. */
export function assembleInput(wts: FusionWeights, row: FusionRow, out = new Float32Array(wts.inDim)): Float32Array {
  out.fill(0);
  if (row.image) {
    for (let c = 0; c < IMAGE_DIM; c++) out[c] = (row.image[c] - wts.mean[c]) * wts.invStd[c];
    out[IMAGE_DIM] = 1;
  }
  const t0 = IMAGE_DIM + 1;
  if (row.text) {
    for (let d = 0; d < wts.textDim; d++) out[t0 + d] = row.text[d];
    out[t0 + wts.textDim] = 1;
  }
  out.set(row.context, t0 + wts.textDim + 1);
  return out;
}

export interface HeadOutput {
  h: Float32Array;
  z: Float32Array;
  /** calibrated logits a·z + b */
  y: Float32Array;
  p: Float32Array;
}

export function headForward(wts: FusionWeights, x: Float32Array): HeadOutput {
  const { hidden, inDim, w1, b1, w2, b2 } = wts;
  const h = Float32Array.from(b1);
  for (let i = 0; i < inDim; i++) {
    const xi = x[i];
    if (xi === 0) continue;
    const row = i * hidden;
    for (let j = 0; j < hidden; j++) h[j] += xi * w1[row + j];
  }
  for (let j = 0; j < hidden; j++) if (h[j] < 0) h[j] = 0;
  const z = Float32Array.from(b2);
  for (let j = 0; j < hidden; j++) {
    const hj = h[j];
    if (hj === 0) continue;
    for (let k = 0; k < NUM_OUT; k++) z[k] += hj * w2[j * NUM_OUT + k];
  }
  const y = new Float32Array(NUM_OUT);
  const p = new Float32Array(NUM_OUT);
  const offset = ruleOffset(wts, x);
  for (let k = 0; k < NUM_OUT; k++) {
    y[k] = wts.calA[k] * z[k] + wts.calB[k] + offset[k];
    p[k] = 1 / (1 + Math.exp(-y[k]));
  }
  return { h, z, y, p };
}

/** The rule term's contribution to each logit for an assembled input (zero without text). */
export function ruleOffset(wts: FusionWeights, x: Float32Array): Float32Array {
  const out = new Float32Array(NUM_OUT);
  const t0 = IMAGE_DIM + 1;
  for (let d = 0; d < wts.textDim; d++) {
    const v = x[t0 + d];
    if (v === 0) continue;
    for (let k = 0; k < NUM_OUT; k++) out[k] += v * wts.ruleTerm[d * NUM_OUT + k];
  }
  return out;
}

/** ∂y_k/∂h (through the ReLU), the shared first step of every input gradient. */
function gradHidden(wts: FusionWeights, h: Float32Array, k: number): Float32Array {
  const g = new Float32Array(wts.hidden);
  for (let j = 0; j < wts.hidden; j++) g[j] = h[j] > 0 ? wts.calA[k] * wts.w2[j * NUM_OUT + k] : 0;
  return g;
}

/** ∂y_k/∂x_i for i in [from, to) (rows of W1). */
function gradInputRange(wts: FusionWeights, gh: Float32Array, from: number, to: number): Float32Array {
  const out = new Float32Array(to - from);
  const H = wts.hidden;
  for (let i = from; i < to; i++) {
    let s = 0;
    const row = i * H;
    for (let j = 0; j < H; j++) s += wts.w1[row + j] * gh[j];
    out[i - from] = s;
  }
  return out;
}

/** ∂y_k/∂pooled_c (calibrated pre-sigmoid logit w.r.t. the RAW pooled image vector). */
export function gradLogitWrtPooled(wts: FusionWeights, h: Float32Array, k: number): Float32Array {
  const g = gradInputRange(wts, gradHidden(wts, h, k), 0, IMAGE_DIM);
  for (let c = 0; c < IMAGE_DIM; c++) g[c] *= wts.invStd[c];
  return g;
}

export function fusionHeadOnnx(wts: FusionWeights, version: string, extra: Record<string, string> = {}): Uint8Array {
  const ctxFrom = IMAGE_DIM + 1 + wts.textDim + 1;
  return encodeModel({
    name: "sightline_fusion_head",
    nodes: [
      { op: "Sub", inputs: ["image", "image_mean"], outputs: ["img_c"] },
      { op: "Mul", inputs: ["img_c", "image_inv_std"], outputs: ["img_n"] },
      { op: "Mul", inputs: ["img_n", "image_mask"], outputs: ["img_m"] },
      { op: "Mul", inputs: ["text", "text_mask"], outputs: ["txt_m"] },
      { op: "Concat", inputs: ["img_m", "image_mask", "txt_m", "text_mask", "context"], outputs: ["x"], attrs: { axis: 1 } },
      { op: "MatMul", inputs: ["x", "w1"], outputs: ["xw1"] },
      { op: "Add", inputs: ["xw1", "b1"], outputs: ["h_pre"] },
      { op: "Relu", inputs: ["h_pre"], outputs: ["h"] },
      { op: "MatMul", inputs: ["h", "w2"], outputs: ["hw2"] },
      { op: "Add", inputs: ["hw2", "b2"], outputs: ["z"] },
      { op: "Mul", inputs: ["z", "cal_a"], outputs: ["za"] },
      { op: "Add", inputs: ["za", "cal_b"], outputs: ["zc"] },
      { op: "MatMul", inputs: ["txt_m", "rule_term"], outputs: ["rule_evidence"] },
      { op: "Add", inputs: ["zc", "rule_evidence"], outputs: ["logits"] },
      { op: "Sigmoid", inputs: ["logits"], outputs: ["probabilities"] },
    ],
    initialisers: [
      { name: "image_mean", dims: [1, IMAGE_DIM], data: wts.mean },
      { name: "image_inv_std", dims: [1, IMAGE_DIM], data: wts.invStd },
      { name: "w1", dims: [wts.inDim, wts.hidden], data: wts.w1 },
      { name: "b1", dims: [1, wts.hidden], data: wts.b1 },
      { name: "w2", dims: [wts.hidden, NUM_OUT], data: wts.w2 },
      { name: "b2", dims: [1, NUM_OUT], data: wts.b2 },
      { name: "cal_a", dims: [1, NUM_OUT], data: wts.calA },
      { name: "cal_b", dims: [1, NUM_OUT], data: wts.calB },
      { name: "rule_term", dims: [wts.textDim, NUM_OUT], data: wts.ruleTerm },
    ],
    inputs: [
      { name: "image", type: "float", dims: ["N", IMAGE_DIM] },
      { name: "image_mask", type: "float", dims: ["N", 1] },
      { name: "text", type: "float", dims: ["N", wts.textDim] },
      { name: "text_mask", type: "float", dims: ["N", 1] },
      { name: "context", type: "float", dims: ["N", wts.inDim - ctxFrom] },
    ],
    outputs: [
      { name: "logits", type: "float", dims: ["N", NUM_OUT] },
      { name: "probabilities", type: "float", dims: ["N", NUM_OUT] },
    ],
    metadata: { version, categories: CATEGORIES.join(","), ...extra },
  });
}

export function readFusionHead(bytes: Uint8Array): { weights: FusionWeights; metadata: Record<string, string> } {
  const { initialisers: m, metadata } = decodeModel(bytes);
  const get = (n: string) => {
    const t = m.get(n);
    if (!t) throw new Error(`fusion head ONNX lacks initialiser ${n}`);
    return t;
  };
  const w1 = get("w1");
  const inDim = w1.dims[0];
  const textDim = inDim - IMAGE_DIM - 2 - CONTEXT_DIM;
  return {
    weights: {
      textDim,
      hidden: w1.dims[1],
      inDim,
      w1: w1.data,
      b1: get("b1").data,
      w2: get("w2").data,
      b2: get("b2").data,
      mean: get("image_mean").data,
      invStd: get("image_inv_std").data,
      calA: get("cal_a").data,
      calB: get("cal_b").data,
      ruleTerm: get("rule_term").data,
    },
    metadata,
  };
}

export interface LoadedFusionHead {
  session: ort.InferenceSession;
  weights: FusionWeights;
  version: string;
}

/** The served head: the shared onnxruntime session plus the same weights read into TypeScript. */
export async function loadFusionHead(): Promise<LoadedFusionHead> {
  const session = await getSession(FUSION_HEAD_MODEL);
  const { weights, metadata } = readFusionHead(fs.readFileSync(modelPath(FUSION_HEAD_MODEL)));
  return { session, weights, version: metadata.version ?? "unknown" };
}

/** A private session over ONNX bytes (tests, training-time checks). */
export async function fusionHeadFromBytes(bytes: Uint8Array): Promise<LoadedFusionHead> {
  const { weights, metadata } = readFusionHead(bytes);
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ["cpu"], intraOpNumThreads: 1 });
  return { session, weights, version: metadata.version ?? "unknown" };
}

/** Runs the ONNX head on a batch of rows; returns calibrated logits and probabilities per row. */
export async function runFusionHead(head: LoadedFusionHead, rows: FusionRow[]): Promise<Array<{ logits: Float32Array; p: Float32Array }>> {
  const n = rows.length;
  const D = head.weights.textDim;
  const image = new Float32Array(n * IMAGE_DIM);
  const imageMask = new Float32Array(n);
  const text = new Float32Array(n * D);
  const textMask = new Float32Array(n);
  const context = new Float32Array(n * CONTEXT_DIM);
  rows.forEach((r, i) => {
    if (r.image) {
      image.set(r.image, i * IMAGE_DIM);
      imageMask[i] = 1;
    } else {
      image.set(head.weights.mean, i * IMAGE_DIM); // masked anyway; the mean keeps it finite
    }
    if (r.text) {
      text.set(r.text, i * D);
      textMask[i] = 1;
    }
    context.set(r.context, i * CONTEXT_DIM);
  });
  const out = await head.session.run({
    image: new ort.Tensor("float32", image, [n, IMAGE_DIM]),
    image_mask: new ort.Tensor("float32", imageMask, [n, 1]),
    text: new ort.Tensor("float32", text, [n, D]),
    text_mask: new ort.Tensor("float32", textMask, [n, 1]),
    context: new ort.Tensor("float32", context, [n, CONTEXT_DIM]),
  });
  const logits = out.logits.data as Float32Array;
  const probs = out.probabilities.data as Float32Array;
  return rows.map((_, i) => ({
    logits: logits.slice(i * NUM_OUT, (i + 1) * NUM_OUT),
    p: probs.slice(i * NUM_OUT, (i + 1) * NUM_OUT),
  }));
}
