import fs from "node:fs";
import { extractClassifier, classLogits } from "@/server/inference/classifier-weights";
import { encodeBatch } from "@/server/inference/image-encoder";
import { imageToTensor } from "@/server/image/preprocess";
const cw = extractClassifier(fs.readFileSync("/work/shared/models/mobilenetv2-12-int8.onnx"));
const files = fs.readFileSync("/work/shared/datasets/images.csv", "utf8").split("\n").slice(1, 6).map((l) => "/work/shared/datasets/" + l.split(",")[0]);
const enc = await encodeBatch(await Promise.all(files.map((f) => imageToTensor(fs.readFileSync(f)))));
for (const e of enc) {
  const z = classLogits(cw, e.pooled);
  let maxd = 0, am1 = 0, am2 = 0;
  for (let k = 0; k < 1000; k++) { maxd = Math.max(maxd, Math.abs(z[k] - e.logits[k])); if (z[k] > z[am1]) am1 = k; if (e.logits[k] > e.logits[am2]) am2 = k; }
  console.log("max|diff|", maxd.toFixed(3), "argmax", am1, am2);
}
process.exit(0);
