/** Verdict builders shared by the stages, so fail-open looks the same wherever it happens. */
import type { ReasonCode, Scores } from "../taxonomy";
import { zeroScores } from "../taxonomy";
import type { CascadeItem, Reason, Verdict } from "./types";

/** The rule-only view of the scores: stage 1's evidence weights per category. */
export function ruleScores(item: CascadeItem): Scores {
  return { ...zeroScores(), ...(item.text?.ruleScores ?? {}) };
}

/**
 * Fail-open: the listing is allowed (a marketplace must not stop trading because a model is
 * down) but never silently — a high-priority review item is created.
 */
export function failOpen(item: CascadeItem, code: ReasonCode, message: string): Verdict {
  const reasons: Reason[] = [{ code, message }];
  return { outcome: "allow", scores: ruleScores(item), reasons, tags: [], review: { reasons: [code], boost: 1 }, failOpen: true };
}
