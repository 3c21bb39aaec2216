import { describe, expect, it } from "vitest";
import { Rng } from "@/server/learning/train/rng";
import {
  assembleInput,
  CONTEXT_DIM,
  contextFeatures,
  fusionHeadFromBytes,
  fusionHeadOnnx,
  fusionInputDim,
  gradLogitWrtPooled,
  headForward,
  IMAGE_DIM,
  NUM_OUT,
  runFusionHead,
  type FusionWeights,
} from "./fusion-head";
import { gradCam, gradCamRaw } from "./grad-cam";

function randomHead(seed: number, textDim = 8, hidden = 16): FusionWeights {
  const rng = new Rng(seed);
  const r = (n: number, s: number) => Float32Array.from({ length: n }, () => (rng.next() * 2 - 1) * s);
  const inDim = fusionInputDim(textDim);
  return {
    textDim,
    hidden,
    inDim,
    w1: r(inDim * hidden, 0.1),
    b1: r(hidden, 0.1),
    w2: r(hidden * NUM_OUT, 0.5),
    b2: r(NUM_OUT, 0.5),
    mean: Float32Array.from({ length: IMAGE_DIM }, () => rng.next() * 0.5),
    invStd: Float32Array.from({ length: IMAGE_DIM }, () => 0.5 + rng.next() * 2),
    calA: Float32Array.from({ length: NUM_OUT }, () => 0.5 + rng.next()),
    calB: r(NUM_OUT, 1),
    // A random rule term, so the ONNX/TypeScript parity covers it.
    ruleTerm: r(textDim * NUM_OUT, 1),
  };
}

function randomMap(rng: Rng): Float32Array {
  return Float32Array.from({ length: IMAGE_DIM * 49 }, () => (rng.next() < 0.6 ? 0 : rng.next() * 3));
}

function pooledOf(map: Float32Array): Float32Array {
  const p = new Float32Array(IMAGE_DIM);
  for (let c = 0; c < IMAGE_DIM; c++) for (let i = 0; i < 49; i++) p[c] += map[c * 49 + i] / 49;
  return p;
}

describe("fusion head", () => {
  it("ONNX forward equals the TypeScript forward, with and without each modality", async () => {
    const wts = randomHead(1);
    const head = await fusionHeadFromBytes(fusionHeadOnnx(wts, "test"));
    const rng = new Rng(2);
    const image = pooledOf(randomMap(rng));
    const text = Float32Array.from({ length: wts.textDim }, () => rng.next() * 2 - 1);
    const ctx = contextFeatures({ category: "Sporting Goods", price: 450, sellerAccountAgeDays: 3 });
    expect(ctx.length).toBe(CONTEXT_DIM);
    const rows = [
      { image, text, context: ctx },
      { image, text: null, context: contextFeatures({}) },
      { image: null, text, context: ctx },
      { image: null, text: null, context: contextFeatures({}) },
    ];
    const onnx = await runFusionHead(head, rows);
    rows.forEach((row, i) => {
      const ts = headForward(wts, assembleInput(wts, row));
      for (let k = 0; k < NUM_OUT; k++) {
        expect(onnx[i].p[k]).toBeCloseTo(ts.p[k], 5);
        expect(onnx[i].logits[k]).toBeCloseTo(ts.y[k], 4);
      }
    });
  });

  it("∂y/∂pooled matches a finite-difference check on the head (calibrated logit)", () => {
    const wts = randomHead(3);
    const rng = new Rng(4);
    const image = pooledOf(randomMap(rng));
    const text = Float32Array.from({ length: wts.textDim }, () => rng.next() * 2 - 1);
    const ctx = contextFeatures({ price: 20 });
    const base = headForward(wts, assembleInput(wts, { image, text, context: ctx }));
    for (let k = 0; k < NUM_OUT; k++) {
      const grad = gradLogitWrtPooled(wts, base.h, k);
      for (let trial = 0; trial < 12; trial++) {
        const c = Math.floor(rng.next() * IMAGE_DIM);
        const eps = 1e-2;
        const plus = Float32Array.from(image);
        const minus = Float32Array.from(image);
        plus[c] += eps;
        minus[c] -= eps;
        const yp = headForward(wts, assembleInput(wts, { image: plus, text, context: ctx })).y[k];
        const ym = headForward(wts, assembleInput(wts, { image: minus, text, context: ctx })).y[k];
        const fd = (yp - ym) / (2 * eps);
        expect(Math.abs(fd - grad[c])).toBeLessThan(2e-3 + 1e-2 * Math.abs(grad[c]));
      }
    }
  });

  it("Grad-CAM is ReLU(Σ α_c A_c) with α = (1/hw)·∂y/∂pooled, normalised with the raw max kept", () => {
    const wts = randomHead(5);
    const rng = new Rng(6);
    const map = randomMap(rng);
    const image = pooledOf(map);
    const { h } = headForward(wts, assembleInput(wts, { image, text: null, context: contextFeatures({}) }));
    const k = 0;
    const grad = gradLogitWrtPooled(wts, h, k);
    const manual = new Float64Array(49);
    for (let c = 0; c < IMAGE_DIM; c++) for (let i = 0; i < 49; i++) manual[i] += (grad[c] / 49) * map[c * 49 + i];
    const raw = gradCamRaw(wts, h, k, map);
    for (let i = 0; i < 49; i++) expect(raw[i]).toBeCloseTo(Math.max(0, manual[i]), 4);
    const grid = gradCam(wts, h, k, map);
    expect(grid.w).toBe(7);
    expect(grid.values).toHaveLength(49);
    const max = Math.max(...raw);
    expect(grid.max).toBeCloseTo(max, 3);
    if (max > 0) expect(Math.max(...grid.values)).toBe(1);
    for (const v of grid.values) expect(v).toBeGreaterThanOrEqual(0);
  });
});
