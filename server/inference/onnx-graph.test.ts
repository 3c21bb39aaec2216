import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localSourceDirs, sha256Bytes } from "./model-files";
import { addFeatureOutputs, describeGraph, FEATURE_OUTPUTS } from "./onnx-graph";
import { ort } from "./onnx-session";

const SHA = "83530ad811bc31d2b60a5599a21265a5057608c9b044b4ee758cc22f2309f54f";
const vendored = path.resolve(import.meta.dirname, "../../models/vendor/mobilenetv2-12-int8.onnx");
const source = [vendored, ...localSourceDirs().map((d) => path.join(d, "mobilenetv2-12-int8.onnx"))].find(
  (p) => fs.existsSync(p) && sha256Bytes(fs.readFileSync(p)) === SHA,
);
if (!source) console.warn("SKIPPED graph-edit tests: mobilenetv2-12-int8.onnx not found in models/vendor, SIGHTLINE_MODEL_DIR or ../shared/models");

describe.skipIf(!source)("addFeatureOutputs", () => {
  const original = source ? fs.readFileSync(source) : Buffer.alloc(0);

  it("adds the feature map and pooled outputs next to the logits, with a symbolic batch dimension", () => {
    const edited = describeGraph(addFeatureOutputs(original));
    expect(describeGraph(original).outputs.map((o) => o.name)).toEqual(["output"]);
    expect(edited.outputs).toEqual([
      { name: FEATURE_OUTPUTS.logits, shape: ["batch_size", 1000] },
      { name: FEATURE_OUTPUTS.featureMap, shape: ["batch_size", 1280, 7, 7] },
      { name: FEATURE_OUTPUTS.pooled, shape: ["batch_size", 1280, 1, 1] },
    ]);
    expect(edited.inputs).toEqual([{ name: "input", shape: ["batch_size", 3, 224, 224] }]);
  });

  it("is deterministic and idempotent", () => {
    const once = addFeatureOutputs(original);
    expect(sha256Bytes(addFeatureOutputs(original))).toBe(sha256Bytes(once));
    expect(describeGraph(addFeatureOutputs(once)).outputs).toHaveLength(3);
  });

  it("runs in onnxruntime: one run gives all three, and the int8 pool is close to the mean of the map", async () => {
    const session = await ort.InferenceSession.create(addFeatureOutputs(original), { intraOpNumThreads: 1 });
    try {
      const n = 2;
      const x = new Float32Array(n * 3 * 224 * 224).map((_, i) => Math.sin(i * 0.001));
      const out = await session.run({ input: new ort.Tensor("float32", x, [n, 3, 224, 224]) });
      expect(out.output.dims).toEqual([n, 1000]);
      expect(out[FEATURE_OUTPUTS.featureMap].dims).toEqual([n, 1280, 7, 7]);
      expect(out[FEATURE_OUTPUTS.pooled].dims).toEqual([n, 1280, 1, 1]);
      const map = out[FEATURE_OUTPUTS.featureMap].data as Float32Array;
      const pooled = out[FEATURE_OUTPUTS.pooled].data as Float32Array;
      let worst = 0;
      for (let c = 0; c < n * 1280; c++) {
        let s = 0;
        for (let i = 0; i < 49; i++) s += map[c * 49 + i];
        worst = Math.max(worst, Math.abs(s / 49 - pooled[c]));
      }
      expect(worst).toBeLessThan(0.03); // int8 rounding of the pool (scale 0.019)
    } finally {
      await session.release();
    }
  });

  it("refuses a graph that is not the expected MobileNetV2", () => {
    const edited = addFeatureOutputs(original);
    expect(() => addFeatureOutputs(edited.subarray(0, 0))).toThrow();
  });
});
