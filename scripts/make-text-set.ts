/**
 * Writes a labelled text set from the seeded corpus generator, as the eval's texts CSV:
 * id,title,description,label,sublabel,language (label firearm | not_firearm).
 *
 *   npx tsx scripts/make-text-set.ts --seed 7 --count 2000 --split test --out .data/eval/texts.csv
 *
 * Options: --positive-rate R (default 0.4), --evasion-rate R (share of positives, default 0.3),
 * --extra (adds labels, category, price, evasion columns).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { toCsv } from "../server/learning/corpus/csv";
import { binaryLabel, generateListings } from "../server/learning/corpus/generate";
import { SPLITS, type Split } from "../server/learning/corpus/split";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "7" },
    count: { type: "string", default: "2000" },
    split: { type: "string", default: "test" },
    out: { type: "string", default: ".data/eval/texts.csv" },
    "positive-rate": { type: "string" },
    "evasion-rate": { type: "string" },
    extra: { type: "boolean", default: false },
  },
});

const split = values.split as Split;
if (!SPLITS.includes(split)) throw new Error(`--split must be one of ${SPLITS.join(", ")}`);
const seed = Number(values.seed);
const count = Number(values.count);
if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 0) throw new Error("--seed and --count must be integers");
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

const listings = generateListings({
  seed, count, split, positiveRate: num(values["positive-rate"]), evasionRate: num(values["evasion-rate"]),
});
const header = ["id", "title", "description", "label", "sublabel", "language"];
if (values.extra) header.push("labels", "category", "price", "evasion");
const rows = listings.map((l) => {
  const row: (string | number)[] = [l.id, l.title, l.description, binaryLabel(l.labels), l.sublabel, l.language];
  if (values.extra) row.push(l.labels.join("|"), l.category, l.price, l.evasion.join("|"));
  return row;
});
mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
writeFileSync(values.out, toCsv(header, rows), "utf8");
const positives = rows.filter((r) => r[3] === "firearm").length;
console.log(`wrote ${rows.length} listings (${positives} firearm, ${rows.length - positives} not_firearm) to ${values.out}`);
