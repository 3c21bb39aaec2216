import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imageWorkers, viewsInWorker } from "../image/image-workers";
import { imageToTensor } from "../image/preprocess";
import { encodeImage, encoderWorkers, encoderWorkerState, imageBatcher, warmUpImageEncoder } from "./encoder-workers";
import { encodeBatch } from "./image-encoder";
import { modelPath } from "./model-files";
import { noiseTensor } from "./noise-tensor";
import { disposeSessions } from "./onnx-session";

// The served encoder: worker threads with their own one-thread sessions, behind the batcher.
// It must give what the in-process session gives (whose known output image-encoder.test.ts pins).

const available = fs.existsSync(modelPath("mobilenetv2-12-int8-features"));

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe.skipIf(!available)("encoder workers", () => {
  beforeAll(() => warmUpImageEncoder());
  afterAll(async () => {
    await encoderWorkers().close();
    await disposeSessions();
  });

  it("warm-up starts every worker and reports the session state for /api/health", () => {
    expect(encoderWorkers().stats().live).toBe(encoderWorkers().size);
    expect(encoderWorkerState()).toMatchObject({ status: "ready", provider: "cpu", workers: encoderWorkers().size });
  });

  it("serves the same encodings as the in-process session, on a real photo and on noise", async () => {
    const photo = await imageToTensor(fs.readFileSync(path.join(import.meta.dirname, "__fixtures__", "bridge-256.jpg")));
    const inputs = [photo, noiseTensor(5), noiseTensor(6)];
    const direct = await encodeBatch(inputs);
    const served = await Promise.all(inputs.map((t) => encodeImage(t)));
    served.forEach((e, i) => {
      expect(maxAbsDiff(e.logits, direct[i].logits)).toBeLessThan(1e-4);
      expect(maxAbsDiff(e.featureMap, direct[i].featureMap)).toBeLessThan(1e-4);
      expect(maxAbsDiff(e.pooled, direct[i].pooled)).toBeLessThan(1e-4);
    });
  });

  it("a burst forms batches across the workers, and leaves the caller's tensors as they were", async () => {
    const before = imageBatcher().stats();
    const tensors = Array.from({ length: 12 }, (_, i) => noiseTensor(20 + i));
    const out = await Promise.all(tensors.map((t) => encodeImage(t)));
    const after = imageBatcher().stats();
    expect(out).toHaveLength(12);
    expect(after.items - before.items).toBe(12);
    // The first submits go at once to idle workers; what queues behind them goes together.
    expect(after.batches - before.batches).toBeLessThan(12);
    expect(after.maxBatchSizeSeen).toBeGreaterThan(1);
    expect(tensors.every((t, i) => t.length === 150528 && t[0] === noiseTensor(20 + i)[0])).toBe(true);
  });

  it("encodes a tensor the image workers made in shared memory, as it encodes a private copy", async () => {
    const bytes = fs.readFileSync(path.join(import.meta.dirname, "__fixtures__", "bridge-256.jpg"));
    const views = await viewsInWorker(bytes);
    const shared = views.centre;
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(await views.ends()).toEqual([]); // bridge-256 is square: its ends are its centre
    const [a, b] = await Promise.all([encodeImage(shared), encodeImage(shared.slice())]);
    expect(maxAbsDiff(a.logits, b.logits)).toBe(0);
    await imageWorkers().close();
  });

  it("rejects a tensor of the wrong size before it reaches a worker", async () => {
    await expect(encodeImage(new Float32Array(10))).rejects.toThrow(/expected 150528/);
  });
});
