/**
 * npm run train:default [-- --seed N --texts N --epochs N]
 * Rebuilds models/text-encoder.onnx and models/fusion-head.onnx deterministically from a seed, the
 * corpus generator and the real photos (SIGHTLINE_DATASET_DIR, else ../shared/datasets), using the
 * prepared image encoder (`npm run models`). Writes the manifest entries and prints metrics.
 */
import { projectRoot } from "@/server/inference/model-files";
import { defaultDatasetDir, runTraining } from "@/server/learning/train/run-training";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

const root = projectRoot();
const result = await runTraining({
  seed: flag("seed", 20261123),
  datasetDir: defaultDatasetDir(root),
  root,
  textCount: flag("texts", 12000),
  valTextCount: flag("val-texts", 2000),
  epochs: flag("epochs", 6),
  hidden: flag("hidden", 64),
  log: (line) => console.log(line),
});
console.log(`TRAIN ${JSON.stringify({ version: result.version, ece: result.ece, text: result.metrics.text, image: result.metrics.image, fused: result.metrics.pair })}`);
