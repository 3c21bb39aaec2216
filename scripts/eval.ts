/**
 * npm run eval -- [--texts FILE.csv[,FILE.csv…] | --texts FOLDER] [--images FILE.csv] [--limit N] [--wrong]
 * Texts CSV: id,title,description,label (label firearm|not_firearm or category names, `|`-separated
 * for several; optional sublabel, language, source, category, price; other columns are ignored).
 * Images CSV: shaped like ../shared/datasets/images.csv (path relative to the CSV, label
 * firearm|not_firearm, optional sublabel and source).
 * Without flags: a generated TEST split (seed and held-out vocabulary distinct from training), the
 * hand-written evaluation listings (server/learning/corpus/handwritten/eval.csv, never trained on,
 * reported under "handwritten"), the lists written apart (server/learning/corpus/heldout/, each
 * under its file's name), and the validation photos listed in
 * models/fusion-head.validation.json (never trained on).
 * Several text files (or a folder of them) are each reported as a set named by the file, then one
 * summary line per set: served wrong decisions and innocent listings blocked, beside the rules alone.
 * Every text set is reported overall and per source, beside the stage-1 rules on the same listings,
 * with the decisions as served. Last line: EVAL {json}.
 */
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "@/server/inference/model-files";
import { evaluate, type Report } from "@/server/learning/train/evaluate";
import { readPhotoCsv } from "@/server/learning/train/photos";
import { defaultDatasetDir } from "@/server/learning/train/run-training";
import { handwrittenEvalPath, HELDOUT_DIR } from "@/server/learning/train/handwritten";
import { generatedTexts, readTextCsv } from "@/server/learning/train/texts";
import type { TextItem } from "@/server/learning/train/datasets";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** `a.csv,b.csv` or a folder (its CSVs, sorted): the files to read; a missing one is an error, not an empty set. */
function textCsvFiles(spec: string): string[] {
  return spec.split(",").flatMap((p) => {
    if (!fs.existsSync(p)) throw new Error(`--texts: ${p} does not exist`);
    if (!fs.statSync(p).isDirectory()) return [p];
    const csvs = fs.readdirSync(p).filter((f) => f.endsWith(".csv")).sort().map((f) => path.join(p, f));
    if (!csvs.length) throw new Error(`--texts: ${p} holds no .csv file`);
    return csvs;
  });
}

const root = projectRoot();
/** --wrong: list each listing served wrong, with the rules' hits (for reading a diagnostic list, never a held-out one). */
const listWrong = process.argv.includes("--wrong");
const limit = Number(arg("limit") ?? Infinity);
const notes: string[] = [];
const textFiles = arg("texts") ? textCsvFiles(arg("texts")!) : [];
// One file is "texts"; several (comma-separated, or a folder of CSVs) are each a set named by its file.
let texts = textFiles.length === 1 ? readTextCsv(textFiles[0]) : undefined;
let photos = arg("images") ? readPhotoCsv(arg("images")!) : undefined;
const extraTextSets: Record<string, TextItem[]> = {};
if (textFiles.length > 1) for (const f of textFiles) extraTextSets[path.basename(f, ".csv")] = readTextCsv(f);
if (!arg("texts") && !arg("images")) {
  texts = await generatedTexts(20261125, 2000, "test");
  notes.push("texts: 2000 generated listings, TEST split (seed 20261125; makes/models held out from training)");
  const handwritten = handwrittenEvalPath(root);
  if (fs.existsSync(handwritten)) {
    extraTextSets.handwritten = readTextCsv(handwritten);
    notes.push(`handwritten: ${extraTextSets.handwritten.length} hand-written listings from ${path.relative(root, handwritten)} (never trained on)`);
  }
  // the lists written apart (server/learning/corpus/heldout/README.md), each its own set
  for (const f of textCsvFiles(path.join(root, HELDOUT_DIR))) extraTextSets[path.basename(f, ".csv")] = readTextCsv(f);
  notes.push(`held out: ${Object.keys(extraTextSets).filter((k) => k !== "handwritten").join(", ")} from ${HELDOUT_DIR} (never trained on, never read row by row)`);
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
if (Number.isFinite(limit)) for (const k of Object.keys(extraTextSets)) extraTextSets[k] = extraTextSets[k].slice(0, limit);
if (photos && Number.isFinite(limit)) photos = photos.slice(0, limit);

const { json, lines, wrong } = await evaluate({ texts, photos, extraTextSets });
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

type SourceRow = { n: number; positives: number; text?: { pr_auc: number; recall_at_p95: number }; baseline_text?: { pr_auc: number; recall_at_p95: number } };
function printTextSet(name: string, set: Record<string, unknown>) {
  const t = set.text as Report;
  const b = set.baseline_text as Report;
  console.log(`\n${name}: text PR-AUC ${fmt(t.pr_auc)} R@P95 ${fmt(t.recall_at_p95)} | rules PR-AUC ${fmt(b.pr_auc)} R@P95 ${fmt(b.recall_at_p95)} (n ${t.n}, positives ${t.positives})`);
  console.log(`  served (text only, default policy): ${JSON.stringify(set.served_text)}`);
  if (listWrong) for (const w of wrong[name] ?? []) console.log(`    wrong: ${JSON.stringify(w)}`);
  const pad = set.boilerplate as { recall_clean: number; recall_padded: number; recall_at_p95_padded: number; served_padded: unknown };
  console.log(`  long-text pass (seller boilerplate after each description): recall at the clean 95%-precision threshold ${fmt(pad.recall_clean)} -> ${fmt(pad.recall_padded)}, R@P95 ${fmt(pad.recall_at_p95_padded)}; served ${JSON.stringify(pad.served_padded)}`);
  const battery = set.evasion_battery as Array<{ trick: string; trained: boolean; n: number; rules_flagged: number; served_flagged: number }>;
  console.log("  evasion battery (violating listings the rules flag clean, the words they hit disguised; still flagged by rules | as served):");
  for (const r of battery) console.log(`    ${(r.trick + (r.trained ? "" : " *")).padEnd(24)} n ${String(r.n).padStart(4)}  ${fmt(r.rules_flagged)} | ${fmt(r.served_flagged)}`);
  console.log("    (* a trick no training copy uses)");
  console.log("  per source (model | rules; PR-AUC, R@P95):");
  for (const [source, r] of Object.entries(set.text_by_source as Record<string, SourceRow>)) {
    const cell = (m?: { pr_auc: number; recall_at_p95: number }) => (m ? `${fmt(m.pr_auc)} ${fmt(m.recall_at_p95)}` : "  -     -  ");
    console.log(`    ${source.padEnd(26)} n ${String(r.n).padStart(4)} pos ${String(r.positives).padStart(4)}  ${cell(r.text)} | ${cell(r.baseline_text)}`);
  }
}
if (json.text) printTextSet("texts", json);
for (const name of Object.keys(extraTextSets)) if (json[name]) printTextSet(name, json[name] as Record<string, unknown>);
/** Reports without their flag-count breakdowns (printed above), thresholds JSON-safe. */
function compactOf(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(obj).map(([k, v]) => {
      if (v && typeof v === "object" && "pr_auc" in v && "breakdown" in v) {
        const { breakdown: _b, threshold_p95: t, ...rest } = v as Report;
        return [k, { ...rest, threshold_p95: Number.isFinite(t) ? t : null }];
      }
      if (k in extraTextSets && v && typeof v === "object") return [k, compactOf(v as Record<string, unknown>)];
      return [k, v];
    }),
  );
}
if (Object.keys(extraTextSets).length > 1) printServedSummary();
/** One line per set: what a moderator would see go wrong, next to the rules alone. */
function printServedSummary() {
  console.log("\nset                          n  viol  model R@P95  rules R@P95 | served wrong (violating allowed, innocent flagged, innocent blocked) | rules alone wrong | model added, fixed");
  const sets = Object.keys(extraTextSets).flatMap((name) => {
    const set = json[name] as { text: Report; baseline_text: Report; served_text: Record<string, number> } | undefined;
    return set ? [{ name, ...set }] : [];
  });
  for (const { name, text, baseline_text: rules, served_text: s } of sets) {
    console.log(
      `${name.padEnd(26)} ${String(text.n).padStart(4)} ${String(text.positives).padStart(5)}  ${fmt(text.recall_at_p95)}        ${fmt(rules.recall_at_p95)}       | ${String(s.wrong).padStart(4)} (${s.violating_allowed}, ${s.innocent_flagged}, ${s.innocent_blocked}) | ${String(s.rules_wrong).padStart(4)} | ${s.model_added}, ${s.model_fixed}`,
    );
  }
  const sum = (f: (set: (typeof sets)[number]) => number) => sets.reduce((a, set) => a + f(set), 0);
  const total = (k: string) => sum((set) => set.served_text[k]);
  console.log(
    `${"all".padEnd(26)} ${String(sum((set) => set.text.n)).padStart(4)}                                  | ${String(total("wrong")).padStart(4)} (${total("violating_allowed")}, ${total("innocent_flagged")}, ${total("innocent_blocked")}) | ${String(total("rules_wrong")).padStart(4)} | ${total("model_added")}, ${total("model_fixed")}`,
  );
}
const compact = compactOf(json);
console.log(`EVAL ${JSON.stringify(compact)}`);
