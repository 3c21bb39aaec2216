/**
 * npm run -s rules-report -- FILE.jsonl [--threshold 0.5] [--list misses|alarms|all] [--json]
 * Stage-1 text rules alone on a labelled JSON-lines file (title, description, labels, language,
 * source per line): the eval's binary target (firearm-like = firearm, firearm_part or ammunition;
 * score = max rule score over those three), recall at 95% precision and PR-AUC overall, and per
 * source and language the recall and false alarms at a fixed threshold. Lists the false alarms
 * (and with --list misses, the misses) so a person can see what the rules still get wrong.
 */
import fs from "node:fs";
import { binaryMetrics } from "@/server/learning/metrics";
import { FIREARM_LIKE, isFirearmLike } from "@/server/learning/train/texts";
import { analyseText } from "@/server/text/analyse-text";
import type { Category } from "@/server/taxonomy";

interface Row {
  title: string;
  description?: string;
  labels: Category[];
  language?: string;
  source?: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const file = process.argv[2];
if (!file || file.startsWith("--")) {
  console.error("usage: npm run -s rules-report -- FILE.jsonl [--threshold 0.5] [--list misses|alarms|all] [--json]");
  process.exit(2);
}
const threshold = Number(arg("threshold") ?? 0.5);
const list = arg("list") ?? "alarms";
const rows: Row[] = fs
  .readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l, i) => {
    try {
      return JSON.parse(l) as Row;
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON`);
    }
  });

const started = performance.now();
const scored = rows.map((r) => {
  const a = analyseText({ title: r.title, description: r.description ?? "" });
  const score = Math.max(0, ...FIREARM_LIKE.map((c) => a.ruleScores[c] ?? 0));
  const why = a.spans
    .filter((s) => s.category && FIREARM_LIKE.includes(s.category) && s.weight >= threshold)
    .map((s) => `${s.rule}="${s.text}"`);
  return { ...r, label: isFirearmLike(r.labels) ? 1 : 0, score, why };
});
const ms = (performance.now() - started) / Math.max(1, rows.length);

const m = binaryMetrics(scored.map((s) => s.score), scored.map((s) => s.label));
const group = (key: (r: (typeof scored)[number]) => string) => {
  const out: Record<string, { n: number; pos: number; caught: number; alarms: number; pr_auc: number; recall_at_p95: number }> = {};
  const members: Record<string, typeof scored> = {};
  for (const s of scored) {
    const g = (out[key(s)] ??= { n: 0, pos: 0, caught: 0, alarms: 0, pr_auc: 0, recall_at_p95: 0 });
    (members[key(s)] ??= []).push(s);
    g.n++;
    g.pos += s.label;
    if (s.score >= threshold) {
      if (s.label) g.caught++;
      else g.alarms++;
    }
  }
  for (const [k, list] of Object.entries(members)) {
    const gm = binaryMetrics(list.map((s) => s.score), list.map((s) => s.label));
    out[k].pr_auc = gm.pr_auc;
    out[k].recall_at_p95 = gm.recall_at_p95;
  }
  return out;
};
const bySource = group((s) => s.source ?? "?");
const byLanguage = group((s) => s.language ?? "?");
const alarms = scored.filter((s) => !s.label && s.score >= threshold);
const misses = scored.filter((s) => s.label && s.score < threshold);

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ n: rows.length, threshold, metrics: m, ms_per_item: ms, bySource, byLanguage, alarms: alarms.length, misses: misses.length }));
} else {
  console.log(`${rows.length} listings, ${m.positives} firearm-like; ${ms.toFixed(2)} ms per listing`);
  console.log(`PR-AUC ${m.pr_auc}  recall@P95 ${m.recall_at_p95} (threshold ${m.threshold_p95})  ROC-AUC ${m.roc_auc}`);
  console.log(`at ${threshold}: recall ${(scored.filter((s) => s.label && s.score >= threshold).length / Math.max(1, m.positives)).toFixed(3)}, ${alarms.length} false alarms, ${misses.length} misses`);
  for (const [name, g] of [["source", bySource], ["language", byLanguage]] as const) {
    console.log(`\nby ${name}: n, firearm-like, caught at ${threshold}, false alarms at ${threshold}, PR-AUC, recall@P95`);
    for (const [k, v] of Object.entries(g).sort((x, y) => y[1].n - x[1].n)) {
      console.log(`  ${k.padEnd(24)} ${v.n} ${v.pos} ${v.caught} ${v.alarms} ${v.pos ? v.pr_auc : "-"} ${v.pos ? v.recall_at_p95 : "-"}`);
    }
  }
  const show = (title: string, items: typeof scored) => {
    console.log(`\n${title} (${items.length}):`);
    for (const s of items) console.log(`  [${s.language}/${s.source}] ${s.score.toFixed(2)} ${JSON.stringify(s.title)} ${s.why.join(" ")} labels=${s.labels.join("|") || "-"}`);
  };
  if (list === "alarms" || list === "all") show(`false alarms at ${threshold}`, alarms);
  if (list === "misses" || list === "all") show(`misses at ${threshold}`, misses);
}
