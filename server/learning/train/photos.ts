/**
 * The real photo CSVs (shaped like ../shared/datasets/images.csv): parsing, the label mapping from
 * sublabels to categories, and the seeded split stratified by sublabel and source.
 */
import fs from "node:fs";
import path from "node:path";
import type { Category } from "@/server/taxonomy";
import { parseCsv as parseCsvRows } from "../corpus/csv";
import { hashString } from "./rng";

/** CSV text → one record per non-empty row, keyed by the (trimmed) header. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsvRows(text).filter((r) => r.some((f) => f !== ""));
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ""])));
}

export interface PhotoRow {
  /** absolute path */
  file: string;
  /** path as written in the CSV */
  rel: string;
  label: "firearm" | "not_firearm";
  sublabel: string;
  source: string;
}

const PREFIX_SOURCE: Record<string, string> = { sv: "stars-vthacks", rokey: "rokey", gk: "gun-knife" };

export function readPhotoCsv(csvPath: string): PhotoRow[] {
  const dir = path.dirname(path.resolve(csvPath));
  return parseCsv(fs.readFileSync(csvPath, "utf8")).map((r) => {
    const base = path.basename(r.path);
    const prefix = base.includes("__") ? base.split("__")[0] : "";
    const label = r.label.trim() === "firearm" ? "firearm" : "not_firearm";
    return {
      file: path.resolve(dir, r.path),
      rel: r.path,
      label,
      sublabel: r.sublabel?.trim() || label,
      source: r.source?.trim() || PREFIX_SOURCE[prefix] || r.source_repo?.split("/")[1] || "unknown",
    };
  });
}

/** Photo sublabel → the categories it shows (image labels of the issue). */
export function photoCategories(row: Pick<PhotoRow, "label" | "sublabel">): Category[] {
  switch (row.sublabel) {
    case "handgun":
    case "long_gun":
    case "firearm":
      return ["firearm"];
    case "gun_part":
      return ["firearm_part"];
    case "ammunition":
      return ["ammunition"];
    case "toy_gun":
    case "water_gun":
      return ["toy"];
    case "airsoft_paintball":
      return ["airsoft_paintball"];
    default:
      return row.label === "firearm" ? ["firearm"] : [];
  }
}

/**
 * Where a photo was first published, finer than its source repository: the stars-vthacks gun photos
 * are Google Open Images (16 hex digits) and University of Granada "armas" pictures (armas--N-) taken
 * by different people with different cameras (../shared/datasets/README.md), so leaving one out
 * shows how the image side does on guns photographed by someone else.
 */
export function photoUpstream(row: Pick<PhotoRow, "rel" | "source">): string {
  const base = path.basename(row.rel);
  if (row.source !== "stars-vthacks") return row.source;
  if (/armas--/.test(base)) return "ugr-armas";
  if (/__[0-9a-f]{16}_/.test(base)) return "open-images";
  return row.source;
}

/** Deterministic stratified split by (sublabel, source): ~valFraction of every stratum to validation. */
export function splitPhotos(rows: PhotoRow[], seed: number, valFraction = 0.25): { train: PhotoRow[]; val: PhotoRow[] } {
  const strata = new Map<string, PhotoRow[]>();
  for (const r of rows) {
    const k = `${r.sublabel}|${r.source}`;
    strata.set(k, [...(strata.get(k) ?? []), r]);
  }
  const train: PhotoRow[] = [];
  const val: PhotoRow[] = [];
  for (const group of strata.values()) {
    const sorted = [...group].sort((a, b) => hashString(`${seed}:${a.rel}`) - hashString(`${seed}:${b.rel}`));
    // strata of 1 stay in training; otherwise at least one goes to validation
    const nVal = sorted.length < 2 ? 0 : Math.max(1, Math.round(sorted.length * valFraction));
    val.push(...sorted.slice(0, nVal));
    train.push(...sorted.slice(nVal));
  }
  return { train, val };
}
