/**
 * Listing texts for training and evaluation: the seeded corpus generator, or a texts CSV
 * (id,title,description,label[,sublabel,language,...]) as written by scripts/make-text-set.ts.
 */
import fs from "node:fs";
import { CATEGORIES, type Category } from "@/server/taxonomy";
import { interimListings } from "./interim-corpus";
import { parseCsv } from "./photos";
import type { TextItem } from "./datasets";

type Generate = (o: { seed: number; count: number; split?: "train" | "validation" | "test" }) => Array<{
  id: string; title: string; description: string; labels: readonly Category[]; sublabel: string; language: string; category: string; price: number;
}>;

let generator: { generate: Generate; source: string } | undefined;

/** The corpus generator, or the interim stand-in while generate.ts is absent. */
export async function corpusGenerator(): Promise<{ generate: Generate; source: string }> {
  if (!generator) {
    try {
      const mod = (await import("@/server/learning/corpus/" + "generate")) as { generateListings: Generate };
      generator = { generate: mod.generateListings, source: "server/learning/corpus/generate.ts" };
    } catch (err) {
      const e = err as { code?: string; message?: string };
      const missing = e.code === "ERR_MODULE_NOT_FOUND" || /Cannot find (module|package)/.test(e.message ?? "");
      if (!missing) throw err; // a broken generator must not silently fall back
      generator = { generate: interimListings, source: "server/learning/train/interim-corpus.ts (generate.ts absent)" };
    }
  }
  return generator;
}

export async function generatedTexts(seed: number, count: number, split?: "train" | "validation" | "test"): Promise<TextItem[]> {
  const { generate } = await corpusGenerator();
  return generate({ seed, count, ...(split ? { split } : {}) }).map((g) => ({
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
export const FIREARM_LIKE: readonly Category[] = ["firearm", "firearm_part", "ammunition"];
export function isFirearmLike(labels: readonly Category[]): boolean {
  return labels.some((c) => FIREARM_LIKE.includes(c));
}
export function firearmLikeScore(p: ArrayLike<number>): number {
  return Math.max(...FIREARM_LIKE.map((c) => p[CATEGORIES.indexOf(c)]));
}
