/**
 * The editor's state: thresholds as the percentages a person types, per category and per region
 * override, and the conversion to a policy draft with field-level errors. Pure, so it is tested
 * without a browser.
 */
import { CATEGORIES, type Category } from "@/server/taxonomy";

export type Field = "block" | "review" | "tag";
export const FIELDS: Field[] = ["block", "review", "tag"];
export type Row = Record<Field, string>;
export interface FormState {
  base: Record<Category, Row>;
  regions: Array<{ code: string; rows: Partial<Record<Category, Row>> }>;
}
type Num = number | null;
export interface CategoryDraft {
  block: Num;
  review: Num;
  tag?: Num;
}
export interface Draft {
  thresholds: Record<Category, CategoryDraft>;
  regionOverrides: Record<string, Partial<Record<Category, CategoryDraft>>>;
}

const toText = (x: Num | undefined) => (x == null ? "" : String(Math.round(x * 10_000) / 100));
export const rowOf = (t: CategoryDraft | undefined): Row => ({ block: toText(t?.block), review: toText(t?.review), tag: toText(t?.tag) });

export function formFromPolicy(p: Draft): FormState {
  return {
    base: Object.fromEntries(CATEGORIES.map((c) => [c, rowOf(p.thresholds[c])])) as FormState["base"],
    regions: Object.entries(p.regionOverrides)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, o]) => ({ code, rows: Object.fromEntries(Object.entries(o).map(([c, t]) => [c, rowOf(t)])) })),
  };
}

export const REGION_RE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** The draft, or field errors keyed "scope.category.field" (scope: "default" or a region). */
export function draftFromForm(form: FormState): { draft: Draft; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const convert = (scope: string, c: Category, row: Row): CategoryDraft => {
    const out: CategoryDraft = { block: null, review: null, tag: null };
    for (const f of FIELDS) {
      const text = row[f].trim();
      if (text === "") continue;
      const n = Number(text);
      if (!Number.isFinite(n) || n < 0 || n > 100) errors[`${scope}.${c}.${f}`] = "0 to 100";
      else out[f] = Math.round(n * 100) / 10_000;
    }
    if (out.block !== null && out.review !== null && out.block < out.review) errors[`${scope}.${c}.block`] = "below review";
    return out;
  };
  const thresholds = Object.fromEntries(CATEGORIES.map((c) => [c, convert("default", c, form.base[c])])) as Draft["thresholds"];
  const regionOverrides: Draft["regionOverrides"] = {};
  const seen = new Set<string>();
  for (const r of form.regions) {
    if (!REGION_RE.test(r.code)) errors[`${r.code}.region`] = "ISO code, e.g. DE or US-CA";
    if (seen.has(r.code)) errors[`${r.code}.region`] = "listed twice";
    seen.add(r.code);
    regionOverrides[r.code] = Object.fromEntries(
      Object.entries(r.rows).map(([c, row]) => [c, convert(r.code, c as Category, row!)]),
    );
  }
  return { draft: { thresholds, regionOverrides }, errors };
}

/** Human-readable changes from the active policy, for the confirm step. */
export function describeChanges(before: Draft, after: Draft): string[] {
  const pct = (x: Num | undefined) => (x == null ? "never" : `${Math.round(x * 10_000) / 100}%`);
  const lines: string[] = [];
  const cmp = (scope: string, a: Partial<Record<Category, CategoryDraft>>, b: Partial<Record<Category, CategoryDraft>>) => {
    for (const c of CATEGORIES) {
      if (scope !== "default" && !a[c] !== !b[c]) lines.push(`${scope} ${c}: ${b[c] ? "override added" : "override removed"}`);
      if (!a[c] && !b[c]) continue;
      for (const f of FIELDS) {
        const x = a[c]?.[f] ?? null;
        const y = b[c]?.[f] ?? null;
        if (x !== y) lines.push(`${scope === "default" ? "" : `${scope} `}${c} ${f}: ${pct(x)} → ${pct(y)}`);
      }
    }
  };
  cmp("default", before.thresholds, after.thresholds);
  for (const r of [...new Set([...Object.keys(before.regionOverrides), ...Object.keys(after.regionOverrides)])].sort()) {
    if (!after.regionOverrides[r]) lines.push(`${r}: all overrides removed`);
    else cmp(r, before.regionOverrides[r] ?? {}, after.regionOverrides[r]);
  }
  return lines;
}
