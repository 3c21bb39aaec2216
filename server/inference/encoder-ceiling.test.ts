import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { measureEncoderCeiling } from "./encoder-ceiling";
import { encoderWorkers } from "./encoder-workers";
import { modelPath } from "./model-files";
import { disposeSessions } from "./onnx-session";

const available = fs.existsSync(modelPath("mobilenetv2-12-int8-features"));

describe.skipIf(!available)("measureEncoderCeiling", () => {
  afterAll(async () => {
    await encoderWorkers().close();
    await disposeSessions();
  });

  it("reports images/s per layout and batch size (printed; figures, not assertions on speed)", async () => {
    const { points, best } = await measureEncoderCeiling({ batchSizes: [1, 4], seconds: 2 });
    expect(points.map((p) => `${p.layout}:${p.batchSize}`)).toEqual(["one session:1", "one session:4", "workers:1", "workers:4"]);
    for (const p of points) {
      expect(p.imagesPerSecond).toBeGreaterThan(0);
      expect(p.runs).toBeGreaterThanOrEqual(2);
    }
    expect(points.find((p) => p.layout === "workers")!.sessions).toBe(encoderWorkers().size);
    expect(best.imagesPerSecond).toBe(Math.max(...points.map((p) => p.imagesPerSecond)));
    console.log(points.map((p) => `${p.layout} ${p.sessions}x${p.threads}t batch ${p.batchSize}: ${p.imagesPerSecond.toFixed(0)} img/s`).join("; "));
  });
});
