// `npx tsx scripts/measure-resize.ts [--images ../shared/datasets/images.csv] [--no-cache]`
// Chooses the resize mode by measurement on real photos: for crop and letterbox it prints the
// zero-shot separation of the backbone's weapon classes and a linear probe on the pooled embedding
// (fixed train/validation split), and caches the embeddings under .data/cache/image-embeddings/.
import { zeroShotWeapon } from "@/server/inference/zero-shot";
import { parseCsv } from "@/server/learning/corpus/csv";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { imageToTensor, type ResizeMode } from "../server/image/preprocess";
import { encodeBatch, FEATURE_CHANNELS, IMAGE_BACKBONE_VERSION, NUM_CLASSES } from "../server/inference/image-encoder";
import { projectRoot } from "../server/inference/model-files";


export interface CacheRow {
  path: string;
  label: string;
  sublabel: string;
  source: string;
  sha256: string;
  /** Original size after EXIF orientation. */
  width: number;
  height: number;
}

/**
 * Cache format (documented in models/README.md): `<dir>/<mode>.json` holds
 * `{ encoder, mode, dims: { pooled: 1280, logits: 1000 }, rows: CacheRow[] }` and `<dir>/<mode>.f32`
 * holds rows.length records of 2280 little-endian float32: pooled (mean of the 7×7 feature map)
 * then the ImageNet logits, in row order.
 */
export function cacheDir(root = projectRoot()) {
  return path.join(root, ".data", "cache", "image-embeddings");
}

export function readEmbeddingCache(mode: ResizeMode, root = projectRoot()) {
  const dir = cacheDir(root);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, `${mode}.json`), "utf8")) as { encoder: string; mode: ResizeMode; rows: CacheRow[] };
  const buf = fs.readFileSync(path.join(dir, `${mode}.f32`));
  const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const stride = FEATURE_CHANNELS + NUM_CLASSES;
  return {
    ...meta,
    pooled: meta.rows.map((_, i) => all.subarray(i * stride, i * stride + FEATURE_CHANNELS)),
    logits: meta.rows.map((_, i) => all.subarray(i * stride + FEATURE_CHANNELS, (i + 1) * stride)),
  };
}


async function embedAll(csvPath: string, mode: ResizeMode, useCache: boolean) {
  const dir = cacheDir();
  const [header, ...body] = parseCsv(fs.readFileSync(csvPath, "utf8"));
  const col = (name: string) => header.indexOf(name);
  const rows: CacheRow[] = body.map((r) => ({ path: r[col("path")], label: r[col("label")], sublabel: r[col("sublabel")] ?? "", source: r[col("source_repo")] ?? "", sha256: "", width: 0, height: 0 }));
  if (useCache && fs.existsSync(path.join(dir, `${mode}.json`))) {
    const cached = readEmbeddingCache(mode);
    if (cached.encoder === IMAGE_BACKBONE_VERSION && cached.rows.length === rows.length && cached.rows[0]?.width) {
      console.log(`${mode}: using cached embeddings (${cached.rows.length})`);
      return cached;
    }
  }
  const base = path.dirname(csvPath);
  const stride = FEATURE_CHANNELS + NUM_CLASSES;
  const out = new Float32Array(rows.length * stride);
  const started = performance.now();
  let decodeMs = 0;
  let encodeMs = 0;
  const CHUNK = 16;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const t0 = performance.now();
    const tensors = await Promise.all(
      chunk.map(async (row) => {
        const bytes = fs.readFileSync(path.join(base, row.path));
        row.sha256 = createHash("sha256").update(bytes).digest("hex");
        const meta = await sharp(bytes).metadata();
        const swap = (meta.orientation ?? 1) >= 5;
        row.width = (swap ? meta.height : meta.width) ?? 0;
        row.height = (swap ? meta.width : meta.height) ?? 0;
        return imageToTensor(bytes, mode);
      }),
    );
    const t1 = performance.now();
    const encodings = await encodeBatch(tensors);
    encodeMs += performance.now() - t1;
    decodeMs += t1 - t0;
    encodings.forEach((e, j) => {
      out.set(e.pooled, (i + j) * stride);
      out.set(e.logits, (i + j) * stride + FEATURE_CHANNELS);
    });
    if (process.stdout.isTTY) process.stdout.write(`\r${mode}: ${Math.min(i + CHUNK, rows.length)}/${rows.length}`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${mode}: embedded ${rows.length} images in ${seconds.toFixed(1)} s (decode+resize ${(decodeMs / rows.length).toFixed(1)} ms/img, encode ${(encodeMs / rows.length).toFixed(1)} ms/img at batch ${CHUNK})`);
  fs.mkdirSync(dir, { recursive: true });
  const encoder = IMAGE_BACKBONE_VERSION;
  fs.writeFileSync(path.join(dir, `${mode}.json`), JSON.stringify({ encoder, mode, dims: { pooled: FEATURE_CHANNELS, logits: NUM_CLASSES }, rows }));
  fs.writeFileSync(path.join(dir, `${mode}.f32`), Buffer.from(out.buffer));
  return readEmbeddingCache(mode);
}

// ---- metrics ------------------------------------------------------------------------------

export function rocAuc(scores: number[], labels: number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[idx[k]] === 1) (rankSum += avgRank), pos++;
    i = j + 1;
  }
  const neg = labels.length - pos;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Recall at the threshold where at most `fpr` of negatives score at or above it. */
export function recallAtFpr(scores: number[], labels: number[], fpr: number): number {
  const neg = scores.filter((_, i) => labels[i] === 0).sort((a, b) => b - a);
  const allowed = Math.floor(fpr * neg.length);
  const threshold = neg[allowed] ?? -Infinity; // scores must be strictly above the (allowed+1)-th negative
  const pos = scores.filter((_, i) => labels[i] === 1);
  return pos.filter((s) => s > threshold).length / pos.length;
}

export function recallAtPrecision(scores: number[], labels: number[], precision: number): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const totalPos = labels.filter((l) => l === 1).length;
  let tp = 0;
  let best = 0;
  for (let k = 0; k < idx.length; k++) {
    if (labels[idx[k]] === 1) tp++;
    if (k + 1 < idx.length && scores[idx[k + 1]] === scores[idx[k]]) continue;
    if (tp / (k + 1) >= precision) best = Math.max(best, tp / totalPos);
  }
  return best;
}

/** Stratified, deterministic split: 25% of each label to validation by sha256 of the path. */
function isValidation(p: string): boolean {
  return parseInt(createHash("sha256").update(p).digest("hex").slice(0, 8), 16) / 0xffffffff < 0.25;
}

function isFourThree(r: CacheRow): boolean {
  const aspect = r.width / r.height;
  return aspect > 1.3 && aspect < 1.37;
}

function aspectFeatures(r: CacheRow): Float32Array {
  const aspect = Math.log(r.width / r.height);
  const bins = [-0.5, -0.2, -0.05, 0.05, 0.2, 0.3, 0.33, 0.4, 0.45, 0.6];
  const f = new Float32Array(bins.length + 1);
  f[bins.findIndex((b) => aspect < b) === -1 ? bins.length : bins.findIndex((b) => aspect < b)] = 1;
  return f;
}

function crossValidate(rows: CacheRow[], features: Float32Array[], labels: number[], k = 5): number[] {
  const fold = rows.map((r) => foldOf(r.path, k));
  const oof = new Array<number>(labels.length);
  for (let f = 0; f < k; f++) {
    const tr = fold.flatMap((g, i) => (g === f ? [] : [i]));
    const te = fold.flatMap((g, i) => (g === f ? [i] : []));
    const probe = trainProbe(tr.map((i) => features[i]), tr.map((i) => labels[i]));
    for (const i of te) oof[i] = probe(features[i]);
  }
  return oof;
}

function foldOf(p: string, k: number): number {
  return parseInt(createHash("sha256").update(`fold:${p}`).digest("hex").slice(0, 8), 16) % k;
}

/** L2-regularised logistic regression, full-batch Adam, on standardised features. */
function trainProbe(x: Float32Array[], y: number[], { epochs = 300, lambda = 1e-2, lr = 0.01 } = {}) {
  const d = x[0].length;
  const n = x.length;
  const mean = new Float64Array(d);
  const std = new Float64Array(d);
  for (const row of x) for (let j = 0; j < d; j++) mean[j] += row[j] / n;
  for (const row of x) for (let j = 0; j < d; j++) std[j] += (row[j] - mean[j]) ** 2 / n;
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j]) + 1e-6;
  const z = x.map((row) => Float64Array.from(row, (v, j) => (v - mean[j]) / std[j]));
  const w = new Float64Array(d);
  let b = 0;
  const m = new Float64Array(d + 1);
  const v = new Float64Array(d + 1);
  const pos = y.filter((t) => t === 1).length;
  const wPos = n / (2 * pos);
  const wNeg = n / (2 * (n - pos));
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const g = new Float64Array(d + 1);
    for (let i = 0; i < n; i++) {
      let s = b;
      const zi = z[i];
      for (let j = 0; j < d; j++) s += w[j] * zi[j];
      const p = 1 / (1 + Math.exp(-s));
      const err = (p - y[i]) * (y[i] === 1 ? wPos : wNeg) / n;
      for (let j = 0; j < d; j++) g[j] += err * zi[j];
      g[d] += err;
    }
    for (let j = 0; j <= d; j++) {
      const gj = j < d ? g[j] + lambda * w[j] : g[j];
      m[j] = 0.9 * m[j] + 0.1 * gj;
      v[j] = 0.999 * v[j] + 0.001 * gj * gj;
      const step = (lr * (m[j] / (1 - 0.9 ** epoch))) / (Math.sqrt(v[j] / (1 - 0.999 ** epoch)) + 1e-8);
      if (j < d) w[j] -= step;
      else b -= step;
    }
  }
  return (row: Float32Array) => {
    let s = b;
    for (let j = 0; j < d; j++) s += (w[j] * (row[j] - mean[j])) / std[j];
    return s;
  };
}

function report(name: string, scores: number[], labels: number[]) {
  const r = {
    roc_auc: rocAuc(scores, labels),
    recall_at_fpr1: recallAtFpr(scores, labels, 0.01),
    recall_at_p95: recallAtPrecision(scores, labels, 0.95),
    n: labels.length,
  };
  console.log(`  ${name.padEnd(34)} ROC-AUC ${r.roc_auc.toFixed(4)}  recall@1%FPR ${r.recall_at_fpr1.toFixed(3)}  recall@P95 ${r.recall_at_p95.toFixed(3)}  (n=${r.n})`);
  return r;
}

async function main() {
  const args = process.argv.slice(2);
  const imagesArg = args.indexOf("--images");
  const csvPath = path.resolve(imagesArg >= 0 ? args[imagesArg + 1] : path.join(projectRoot(), "..", "shared", "datasets", "images.csv"));
  const useCache = !args.includes("--no-cache");
  const modes: ResizeMode[] = ["crop", "letterbox"];
  const summary: Record<string, unknown> = {};
  for (const mode of modes) {
    const data = await embedAll(csvPath, mode, useCache);
    const labels = data.rows.map((r) => (r.label === "firearm" ? 1 : 0));
    console.log(`${mode}:`);
    const zeroShot = report("zero-shot max P(weapon classes), all", data.logits.map((l) => zeroShotWeapon(l)), labels);
    const val = data.rows.map((r) => isValidation(r.path));
    const trainIdx = val.flatMap((v, i) => (v ? [] : [i]));
    const valIdx = val.flatMap((v, i) => (v ? [i] : []));
    const t0 = performance.now();
    const probe = trainProbe(trainIdx.map((i) => data.pooled[i]), trainIdx.map((i) => labels[i]));
    const probeMs = performance.now() - t0;
    const zeroShotVal = report("zero-shot, validation split", valIdx.map((i) => zeroShotWeapon(data.logits[i])), valIdx.map((i) => labels[i]));
    const linear = report(`linear probe (train ${trainIdx.length}), validation`, valIdx.map((i) => probe(data.pooled[i])), valIdx.map((i) => labels[i]));
    console.log(`  (probe trained in ${(probeMs / 1000).toFixed(1)} s)`);
    // 5-fold cross-validation: every image scored once by a probe that never saw it, so the
    // comparison rests on all 1,907 photos rather than one 475-image split.
    const oof = crossValidate(data.rows, data.pooled, labels);
    const cv = report("linear probe, 5-fold out-of-fold", oof, labels);
    // The sources differ in shape (knives 1:1, tools 4:3, guns 3:2..4:3), and letterbox bars show
    // the shape: score only images of the same 4:3 shape, where bars cannot tell the classes apart.
    const matched = data.rows.flatMap((r, i) => (isFourThree(r) ? [i] : []));
    const cvMatched = report("  same on 4:3 images only", matched.map((i) => oof[i]), matched.map((i) => labels[i]));
    const zsMatched = report("zero-shot on 4:3 images only", matched.map((i) => zeroShotWeapon(data.logits[i])), matched.map((i) => labels[i]));
    summary[mode] = { zero_shot_all: zeroShot, zero_shot_val: zeroShotVal, zero_shot_4x3: zsMatched, linear_probe_val: linear, linear_probe_cv5: cv, linear_probe_cv5_4x3: cvMatched };
    if (mode === modes[0]) {
      // Shortcut baseline: how far the image's shape alone separates the classes in this data set.
      const shape = data.rows.map((r) => aspectFeatures(r));
      const shapeOof = crossValidate(data.rows, shape, labels);
      summary.shape_only = report("shape only (aspect bins), 5-fold", shapeOof, labels);
    }
  }
  console.log(`RESIZE ${JSON.stringify(summary)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
