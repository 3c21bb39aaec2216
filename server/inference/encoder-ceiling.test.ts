import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { measureEncoderCeiling } from "./encoder-ceiling";
import { modelPath } from "./model-files";
import { disposeSessions } from "./onnx-session";

const available = fs.existsSync(modelPath("mobilenetv2-12-int8-features"));

describe.skipIf(!available)("measureEncoderCeiling", () => {
  afterAll(() => disposeSessions());

  it("reports images/s per batch size (printed; figures, not assertions)", async () => {
    const { points, best } = await measureEncoderCeiling({ batchSizes: [1, 4, 16], seconds: 1.5 });
    expect(points.map((p) => p.batchSize)).toEqual([1, 4, 16]);
    for (const p of points) {
      expect(p.imagesPerSecond).toBeGreaterThan(0);
      expect(p.runs).toBeGreaterThanOrEqual(2);
    }
    expect(points).toContain(best);
    console.log(points.map((p) => `batch ${p.batchSize}: ${p.imagesPerSecond.toFixed(0)} img/s (${p.msPerImage.toFixed(2)} ms/img)`).join("; "));
  });
});
