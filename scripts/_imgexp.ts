import fs from "node:fs";
import { extractClassifier, classLogits } from "@/server/inference/classifier-weights";
import { embedPhotos } from "@/server/learning/train/image-embeddings";
import { readPhotoCsv } from "@/server/learning/train/photos";
import { binaryMetrics } from "@/server/learning/metrics";
const cw = extractClassifier(fs.readFileSync("/work/shared/models/mobilenetv2-12-int8.onnx"));
const rows = readPhotoCsv("/work/shared/datasets/images.csv");
const emb = await embedPhotos(rows, { root: process.cwd() });
const data = rows.filter((r) => emb.has(r.file)).map((r) => {
  const e = emb.get(r.file)!;
  const z = classLogits(cw, e.pooled);
  let m = -Infinity; for (const v of z) m = Math.max(m, v);
  let s = 0; for (const v of z) s += Math.exp(v - m);
  const lse = m + Math.log(s);
  const logp = Float32Array.from(z, (v) => v - lse);
  return { r, y: r.label === "firearm" ? 1 : 0, pooled: e.pooled, z, logp, zs: e.zeroShot };
});
function hash(s: string) { let h = 0; for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0; return Math.abs(h); }
function train(X: Float32Array[], y: number[], w8: number[], l2: number, epochs = 300) {
  const d = X[0].length, n = X.length;
  const mean = new Float64Array(d), sd = new Float64Array(d);
  for (const x of X) for (let j = 0; j < d; j++) mean[j] += x[j] / n;
  for (const x of X) for (let j = 0; j < d; j++) sd[j] += (x[j] - mean[j]) ** 2 / n;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]) + 1e-3;
  const Xs = X.map((x) => Float64Array.from(x, (v, j) => (v - mean[j]) / sd[j]));
  const w = new Float64Array(d); let b = 0; const lr = 0.05;
  const mw = new Float64Array(d), vw = new Float64Array(d); let mb = 0, vb = 0;
  const W = w8.reduce((a, c) => a + c, 0);
  for (let t = 1; t <= epochs; t++) {
    const g = new Float64Array(d); let gb = 0;
    for (let i = 0; i < n; i++) { let s = b; const x = Xs[i]; for (let j = 0; j < d; j++) s += w[j] * x[j]; const p = 1 / (1 + Math.exp(-s)); const e = (p - y[i]) * w8[i] / W; for (let j = 0; j < d; j++) g[j] += e * x[j]; gb += e; }
    for (let j = 0; j < d; j++) { g[j] += l2 * w[j]; mw[j] = 0.9 * mw[j] + 0.1 * g[j]; vw[j] = 0.999 * vw[j] + 0.001 * g[j] * g[j]; w[j] -= lr * (mw[j] / (1 - 0.9 ** t)) / (Math.sqrt(vw[j] / (1 - 0.999 ** t)) + 1e-8); }
    mb = 0.9 * mb + 0.1 * gb; vb = 0.999 * vb + 0.001 * gb * gb; b -= lr * (mb / (1 - 0.9 ** t)) / (Math.sqrt(vb / (1 - 0.999 ** t)) + 1e-8);
  }
  return (x: Float32Array) => { let s = b; for (let j = 0; j < d; j++) s += w[j] * (x[j] - mean[j]) / sd[j]; return s; };
}
const W5 = [413, 763, 764, 597, 471];
const W12 = [413, 763, 764, 597, 471, 657, 744, 465, 652, 456, 740, 499];
const pick = (cls: number[]) => (d: typeof data[number]) => Float32Array.from(cls, (k) => d.logp[k]);
const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));
const feats: Record<string, (d: typeof data[number]) => Float32Array> = { w5: pick(W5), w12: pick(W12), zs: (d) => Float32Array.of(logit(d.zs)) };
const protocols: Record<string, { train: (d: typeof data[number]) => boolean; test: (d: typeof data[number]) => boolean }> = {
  "knives-unseen": { train: (d) => d.r.sublabel !== "knife" && (d.y === 0 || hash(d.r.rel) % 4 !== 0), test: (d) => d.r.sublabel === "knife" || (d.y === 1 && hash(d.r.rel) % 4 === 0) },
  "tools-unseen": { train: (d) => d.r.source !== "rokey" && (d.y === 0 || hash(d.r.rel) % 4 !== 0), test: (d) => d.r.source === "rokey" || (d.y === 1 && hash(d.r.rel) % 4 === 0) },
  "random-split": { train: (d) => hash(d.r.rel) % 4 !== 0, test: (d) => hash(d.r.rel) % 4 === 0 },
};
for (const [pn, p] of Object.entries(protocols)) {
  const tr = data.filter(p.train), te = data.filter(p.test);
  const zsm = binaryMetrics(te.map((d) => d.zs), te.map((d) => d.y));
  console.log(`${pn}: train ${tr.length} test ${te.length} (pos ${te.filter((d) => d.y).length}) | zero-shot PR-AUC ${zsm.pr_auc} R@P95 ${zsm.recall_at_p95}`);
  const head = train(tr.map((d) => d.pooled), tr.map((d) => d.y), tr.map(() => 1), 0.1);
  for (const beta of [0, 0.1, 0.25, 0.5, 1]) {
    const m = binaryMetrics(te.map((d) => logit(d.zs) + beta * head(d.pooled)), te.map((d) => d.y));
    console.log(`   blend zs + ${beta}·pooled-head: PR-AUC ${m.pr_auc} R@P95 ${m.recall_at_p95}`);
  }
  for (const [fn, f] of Object.entries(feats)) for (const l2 of [1e-2, 1e-1]) {
    const model = train(tr.map(f), tr.map((d) => d.y), tr.map((d) => (d.y ? 1 : 1)), l2);
    const m = binaryMetrics(te.map((d) => model(f(d))), te.map((d) => d.y));
    console.log(`   ${fn.padEnd(7)} l2 ${l2}: PR-AUC ${m.pr_auc} R@P95 ${m.recall_at_p95}`);
  }
}
process.exit(0);
