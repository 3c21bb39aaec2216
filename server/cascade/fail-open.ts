/**
 * Fail-open: a stage could not finish (the model failed or missed its budget, stage 1 missed its
 * budget, a stage threw). A marketplace must not stop trading because a model is down, so a
 * listing nothing points at is allowed; but an outage must not make the cascade weaker than its
 * rules alone, so whatever the rules already show keeps its verdict:
 * - a hash-bank match blocks, as in stage 1;
 * - otherwise the text rules' scores meet the active policy's thresholds (decide() without a model
 *   result): block at the block threshold, review at the review threshold.
 * Never silent: every fail-open verdict, a block included (no model confirmed it), carries a
 * high-priority review item whose first reason says what was unavailable.
 */
import type { ReasonCode } from "../taxonomy";
import { decide } from "./decide";
import type { CascadeItem, Verdict } from "./types";
import { hashMatchVerdict } from "./verdicts";

export function failOpen(item: CascadeItem, code: ReasonCode, message: string): Verdict {
  const rules = hashMatchVerdict(item) ?? decide({ ...item, model: undefined });
  return {
    outcome: rules.outcome,
    scores: rules.scores,
    reasons: [{ code, message }, ...rules.reasons],
    tags: rules.tags,
    review: { reasons: [...new Set<ReasonCode>([code, ...(rules.review?.reasons ?? [])])], boost: 1 },
    failOpen: true,
  };
}
