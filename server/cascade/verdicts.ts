/** Verdict pieces shared by the stages, so a rule's verdict looks the same wherever it is made. */
import { CATEGORIES, zeroScores, type Category, type Scores } from "../taxonomy";
import type { CascadeItem, Verdict } from "./types";

/** The rule-only view of the scores: stage 1's evidence weights per category. */
export function ruleScores(item: CascadeItem): Scores {
  return { ...zeroScores(), ...(item.text?.ruleScores ?? {}) };
}

/** A known-bad photo: the closest hash-bank match blocks, whatever the text or the model say. */
export function hashMatchVerdict(item: CascadeItem): Verdict | null {
  if (item.hashMatches.length === 0) return null;
  const best = item.hashMatches.reduce((a, b) => (b.distance < a.distance ? b : a));
  const category: Category = (CATEGORIES as readonly string[]).includes(best.category) ? (best.category as Category) : "firearm";
  return {
    outcome: "block",
    scores: { ...ruleScores(item), [category]: 1 },
    reasons: [
      {
        code: "hash_bank_match",
        category,
        message: `Image ${best.imageIndex + 1} matches "${best.bankName}" entry (PDQ distance ${best.distance})`,
      },
    ],
    tags: [],
    review: null,
    failOpen: false,
  };
}
