/**
 * npm run eval -- [--texts FILE.csv] [--images FILE.csv] [--limit N]
 * Texts CSV: id,title,description,label (label firearm|not_firearm or category names; optional
 * sublabel, language, source, category, price). Images CSV: shaped like ../shared/datasets/images.csv
 * (path relative to the CSV, label firearm|not_firearm, optional sublabel and source).
 * Without flags: a generated TEST split (seed and held-out vocabulary distinct from training) and
 * the validation photos listed in models/fusion-head.validation.json (never trained on).
 * Last line: EVAL {json}.
 */
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "@/server/inference/model-files";
import { evaluate, type Report } from "@/server/learning/train/evaluate";
import { readPhotoCsv } from "@/server/learning/train/photos";
import { defaultDatasetDir } from "@/server/learning/train/run-training";
import { generatedTexts, readTextCsv } from "@/server/learning/train/texts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = projectRoot();
const limit = Number(arg("limit") ?? Infinity);
const notes: string[] = [];
let texts = arg("texts") ? readTextCsv(arg("texts")!) : undefined;
let photos = arg("images") ? readPhotoCsv(arg("images")!) : undefined;
if (!arg("texts") && !arg("images")) {
  texts = await generatedTexts(20261125, 2000, "test");
  notes.push("texts: 2000 generated listings, TEST split (seed 20261125; makes/models held out from training)");
  const sidecar = path.join(root, "models", "fusion-head.validation.json");
  const dataset = defaultDatasetDir(root);
  const csv = path.join(dataset, "images.csv");
  if (fs.existsSync(sidecar) && fs.existsSync(csv)) {
    const val = new Set<string>(JSON.parse(fs.readFileSync(sidecar, "utf8")).validationPhotos);
    photos = readPhotoCsv(csv).filter((r) => val.has(r.rel));
    notes.push(`images: ${photos.length} validation photos from ${csv} (held out of training by the seeded split)`);
  } else notes.push(`images: none (${csv} or the validation list is missing)`);
}
if (texts && Number.isFinite(limit)) texts = texts.slice(0, limit);
if (photos && Number.isFinite(limit)) photos = photos.slice(0, limit);

const { json, lines } = await evaluate({ texts, photos });
for (const n of notes) console.log(n);
for (const l of lines) console.log(l);

const fmt = (x: number) => (x === undefined ? "  -  " : x.toFixed(3));
const rows: Array<[string, string]> = [["text", "baseline_text"], ["image", "baseline_image"], ["fused", ""]];
console.log("\nmodality         n    pos  PR-AUC ROC-AUC R@P95  R@FPR1 R@FPR0.1 P@FPR1(1:1000) ms/item");
for (const pair of rows) {
  for (const key of pair) {
    const r = json[key] as Report | undefined;
    if (!key || !r) continue;
    console.log(
      `${key.padEnd(15)} ${String(r.n).padStart(5)} ${String(r.positives).padStart(5)}  ${fmt(r.pr_auc)}  ${fmt(r.roc_auc)}  ${fmt(r.recall_at_p95)}  ${fmt(r.recall_at_fpr1)}  ${fmt(r.recall_at_fpr01)}    ${fmt(r.precision_at_fpr1_prior1000)}        ${r.ms_per_item}`,
    );
  }
}
for (const key of ["text", "image", "fused", "baseline_text", "baseline_image"]) {
  const r = json[key] as Report | undefined;
  if (!r) continue;
  console.log(`\n${key}: flagged at its 95%-precision threshold (${Number.isFinite(r.threshold_p95) ? r.threshold_p95.toFixed(3) : "never reached"})`);
  for (const [kind, groups] of Object.entries(r.breakdown)) {
    console.log(`  by ${kind}: ${Object.entries(groups).sort().map(([g, b]) => `${g} ${b.flagged}/${b.n}`).join(", ")}`);
  }
}
if (json.evasion) console.log(`\nevasion pass: ${JSON.stringify(json.evasion)}`);
const compact = Object.fromEntries(
  Object.entries(json).map(([k, v]) => {
    if (v && typeof v === "object" && "pr_auc" in v) {
      const { breakdown: _b, threshold_p95: t, ...rest } = v as Report;
      return [k, { ...rest, threshold_p95: Number.isFinite(t) ? t : null }];
    }
    return [k, v];
  }),
);
console.log(`EVAL ${JSON.stringify(compact)}`);
