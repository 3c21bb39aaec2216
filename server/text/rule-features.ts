/**
 * Stage 1's reading of a listing as a small vector for the text encoder, so the learned model
 * starts from what the multilingual rules know (makes, calibers, parts, evasions undone, words read
 * in an innocent sense) instead of having to rediscover it from hashed n-grams. The n-grams learn
 * the generator's phrasing all too well; the rules are what holds on listings nobody here wrote.
 * Pure: a function of analyseText's output only.
 */
import { CATEGORIES, isFirearmLikeCategory, type Category } from "@/server/taxonomy";
import type { TextAnalysis, TextEvidenceSpan } from "./analyse-text";


/** Names of the features, in order (the model card and tests read them). */
export const RULE_FEATURES = [
  ...CATEGORIES.map((c) => `hit:${c}`),
  "negative:toy",
  "negative:airsoft",
  "negative:tool_or_idiom",
  "negative:accessory",
  "suppressed:firearm_like",
  "count:strong",
  "count:generic",
  "evasion",
  "pattern",
  "make_or_model",
  "all_cleared",
  "in_title",
  "description_only",
] as const;
export const RULE_DIM = RULE_FEATURES.length;

const isFirearmLike = (s: { category: Category | null }) => isFirearmLikeCategory(s.category);
const isGenericRule = (rule: string | undefined) => !!rule && /^(generic|slang):/.test(rule);

export function ruleFeatures(a: TextAnalysis): Float32Array {
  const f = new Float32Array(RULE_DIM);
  const max = (i: number, w: number) => {
    if (w > f[i]) f[i] = w;
  };
  for (const s of a.spans) if (s.category) max(CATEGORIES.indexOf(s.category), s.weight);
  const base = CATEGORIES.length;
  for (const n of a.negatives) {
    if (n.category === "toy") max(base, n.weight);
    else if (n.category === "airsoft_paintball") max(base + 1, n.weight);
    else if (n.rule?.startsWith("accessory:")) max(base + 3, n.weight);
    else max(base + 2, n.weight);
  }
  const firearmSpans = a.spans.filter(isFirearmLike);
  for (const s of a.suppressed) if (isFirearmLike(s)) max(base + 4, s.weight);
  const strong = firearmSpans.filter((s) => !isGenericRule(s.rule)).length;
  f[base + 5] = Math.log1p(strong) / 2;
  f[base + 6] = Math.log1p(firearmSpans.length - strong) / 2;
  f[base + 7] = a.evasion ? 1 : 0;
  f[base + 8] = firearmSpans.some((s) => s.kind === "pattern") ? 1 : 0;
  f[base + 9] = firearmSpans.some((s: TextEvidenceSpan) => !!s.rule && /^(make|model):/.test(s.rule)) ? 1 : 0;
  f[base + 10] = firearmSpans.length === 0 && a.suppressed.some(isFirearmLike) ? 1 : 0;
  f[base + 11] = firearmSpans.some((s) => s.field === "title") ? 1 : 0;
  f[base + 12] = firearmSpans.length > 0 && !firearmSpans.some((s) => s.field === "title") ? 1 : 0;
  return f;
}
