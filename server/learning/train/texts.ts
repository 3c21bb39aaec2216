/**
 * Listing texts for training and evaluation: the seeded corpus generator, or a texts CSV
 * (id,title,description,label[,sublabel,language,...]) as written by scripts/make-text-set.ts.
 */
import fs from "node:fs";
import { CATEGORIES, FIREARM_LIKE, type Category } from "@/server/taxonomy";
import { generateListings } from "@/server/learning/corpus/generate";
import { parseCsv } from "./photos";
import type { TextItem } from "./datasets";

/** Where generated texts come from (printed by training). */
export const CORPUS_SOURCE = "server/learning/corpus/generate.ts";

export async function generatedTexts(seed: number, count: number, split?: "train" | "validation" | "test"): Promise<TextItem[]> {
  return generateListings({ seed, count, ...(split ? { split } : {}) }).map((g) => ({
    id: g.id,
    title: g.title,
    description: g.description,
    labels: [...g.labels],
    sublabel: g.sublabel,
    context: { category: g.category, price: g.price },
    language: g.language,
  }));
}

const BINARY_POSITIVE = new Set(["firearm", "1", "true", "positive", "firearm_part", "ammunition"]);

/**
 * Reads a texts CSV. `label` may be firearm|not_firearm (binary), a category name, or a
 * `|`/`;`-separated list of categories; `labels` (plural) is accepted too.
 */
export function readTextCsv(file: string): TextItem[] {
  return parseCsv(fs.readFileSync(file, "utf8")).map((r, i) => {
    const raw = (r.labels ?? r.label ?? "").trim();
    const parts = raw.split(/[|;]/).map((s) => s.trim()).filter(Boolean);
    const labels = parts.filter((p): p is Category => (CATEGORIES as readonly string[]).includes(p));
    if (!labels.length && parts.some((p) => BINARY_POSITIVE.has(p.toLowerCase()))) labels.push("firearm");
    const price = Number(r.price);
    return {
      id: r.id || String(i),
      title: r.title ?? "",
      description: r.description ?? "",
      labels,
      sublabel: r.sublabel || raw || "none",
      context: { ...(r.category ? { category: r.category } : {}), ...(Number.isFinite(price) && r.price !== "" && r.price !== undefined ? { price } : {}) },
      language: r.language || undefined,
      source: r.source || undefined,
    };
  });
}

/** The eval's binary target: a real firearm, a part, or ammunition. */
export { FIREARM_LIKE };
export function isFirearmLike(labels: readonly Category[]): boolean {
  return labels.some((c) => FIREARM_LIKE.includes(c));
}
export function firearmLikeScore(p: ArrayLike<number>): number {
  return Math.max(...FIREARM_LIKE.map((c) => p[CATEGORIES.indexOf(c)]));
}
