/**
 * The held-out lists stay held out: no title of theirs is in the training, evaluation or pending file (a copy would
 * make their figures a training figure), and no training row carries their ids.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "@/server/inference/model-files";
import { HANDWRITTEN_DIR, HELDOUT_DIR } from "./handwritten";
import { readTextCsv } from "./texts";
import { CATEGORIES } from "@/server/taxonomy";

const root = projectRoot();
const norm = (t: string) => t.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const lists = fs.readdirSync(path.join(root, HELDOUT_DIR)).filter((f) => f.endsWith(".csv"));

describe("held-out lists", () => {
  const training = ["train.csv", "eval.csv", "pending.csv"].flatMap((f) => readTextCsv(path.join(root, HANDWRITTEN_DIR, f)));
  const titles = new Set(training.map((t) => norm(t.title)));
  const ids = new Set(training.map((t) => t.id));

  it("exist, and every row carries known labels", () => {
    expect(lists.length).toBeGreaterThan(0);
    const known = new Set<string>([...CATEGORIES, "none"]);
    for (const f of lists) for (const t of readTextCsv(path.join(root, HELDOUT_DIR, f))) expect(t.sublabel.split("|").filter((l) => !known.has(l)), `${f} ${t.id}`).toEqual([]);
  });
  it.each(lists)("%s shares no title and no id with the hand-written files", (f) => {
    const rows = readTextCsv(path.join(root, HELDOUT_DIR, f));
    expect(rows.filter((t) => titles.has(norm(t.title))).map((t) => t.id)).toEqual([]);
    expect(rows.filter((t) => ids.has(t.id)).map((t) => t.id)).toEqual([]);
  });
});
