import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imageToTensor } from "../image/preprocess";
import { encodeBatch, FEATURE_CHANNELS, FEATURE_HW, meanPool, NUM_CLASSES } from "./image-encoder";
import { ensureModels, modelPath } from "./model-files";
import { noiseTensor } from "./noise-tensor";
import { disposeSessions, modelStates } from "./onnx-session";

// Known output of the int8 backbone on a fixed photo. onnxruntime's int8 kernels have given wrong
// results on some CPUs (AVX-512 VNNI / AMX), so this runs on every machine the tests run on.
// Regenerate (only after a deliberate change): UPDATE_FIXTURES=1 npx vitest run --project unit server/inference/image-encoder
const FIXTURES = path.join(import.meta.dirname, "__fixtures__");
const IMAGE = path.join(FIXTURES, "bridge-256.jpg");
const EXPECTED = path.join(FIXTURES, "bridge-256.expected.json");
/** Logits come out of a DequantizeLinear with scale 0.160: allow two quantisation steps. */
const LOGIT_TOLERANCE = 0.33;

interface Expected {
  image: string;
  resize: "crop";
  top5: Array<{ classId: number; name: string; logit: number }>;
  /** All 1000 logits, rounded to 3 decimals. */
  logits: number[];
}

const setup = await ensureModels({ quiet: true, log: () => undefined });
const available = setup.ok || fs.existsSync(modelPath("mobilenetv2-12-int8-features"));
if (!available) {
  console.warn(`SKIPPED image encoder tests: model files missing (${setup.missing.join(", ")}); put them in SIGHTLINE_MODEL_DIR or ../shared/models`);
}

function top(logits: Float32Array, k: number): number[] {
  return Array.from(logits.keys()).sort((a, b) => logits[b] - logits[a]).slice(0, k);
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe.skipIf(!available)("image encoder (MobileNetV2 int8 + feature outputs)", () => {
  beforeAll(async () => {
    const t0 = performance.now();
    await encodeBatch([noiseTensor(9)]);
    const state = modelStates()["mobilenetv2-12-int8-features"];
    console.log(`image encoder: session ${state.status} on ${state.provider} in ${state.loadMs} ms; warm-up total ${Math.round(performance.now() - t0)} ms`);
  });
  afterAll(() => disposeSessions());

  it("gives the known top-5 ImageNet classes and logits on a fixed photo", async () => {
    const tensor = await imageToTensor(fs.readFileSync(IMAGE), "crop");
    const [enc] = await encodeBatch([tensor]);
    expect(enc.logits).toHaveLength(NUM_CLASSES);
    const classes = JSON.parse(fs.readFileSync(modelPath("imagenet-classes"), "utf8")) as string[];
    const top5 = top(enc.logits, 5).map((classId) => ({ classId, name: classes[classId], logit: Number(enc.logits[classId].toFixed(4)) }));
    if (process.env.UPDATE_FIXTURES === "1") {
      const expected: Expected = { image: "bridge-256.jpg", resize: "crop", top5, logits: Array.from(enc.logits, (v) => Number(v.toFixed(3))) };
      fs.writeFileSync(EXPECTED, JSON.stringify({ ...expected, logits: "__LOGITS__" }, null, 2).replace('"__LOGITS__"', JSON.stringify(expected.logits)) + "\n");
    }
    const expected = JSON.parse(fs.readFileSync(EXPECTED, "utf8")) as Expected;
    expect(top5[0].classId).toBe(expected.top5[0].classId);
    for (const { classId, logit } of expected.top5) expect(Math.abs(enc.logits[classId] - logit)).toBeLessThanOrEqual(LOGIT_TOLERANCE);
    // Every logit, not just the top ones: a wrong int8 kernel moves many of them.
    const worst = maxAbsDiff(enc.logits, Float32Array.from(expected.logits));
    expect(worst).toBeLessThanOrEqual(LOGIT_TOLERANCE);
  });

  it("pooled is exactly the mean of the feature map, and shapes are right", async () => {
    const [enc] = await encodeBatch([noiseTensor(1)]);
    expect(enc.featureMap).toHaveLength(FEATURE_CHANNELS * FEATURE_HW);
    expect(enc.pooled).toHaveLength(FEATURE_CHANNELS);
    expect(maxAbsDiff(enc.pooled, meanPool(enc.featureMap))).toBe(0);
    const c = 17;
    let sum = 0;
    for (let i = 0; i < FEATURE_HW; i++) sum += enc.featureMap[c * FEATURE_HW + i];
    expect(enc.pooled[c]).toBeCloseTo(sum / FEATURE_HW, 5);
  });

  it("a batch of 3 gives the same results as three single runs", async () => {
    const tensors = [noiseTensor(2), noiseTensor(3), noiseTensor(4)];
    const batch = await encodeBatch(tensors);
    for (let i = 0; i < 3; i++) {
      const [single] = await encodeBatch([tensors[i]]);
      expect(maxAbsDiff(batch[i].logits, single.logits)).toBeLessThan(1e-4);
      expect(maxAbsDiff(batch[i].featureMap, single.featureMap)).toBeLessThan(1e-4);
    }
    expect(maxAbsDiff(batch[0].logits, batch[1].logits)).toBeGreaterThan(0);
  });
});
