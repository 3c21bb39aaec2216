/**
 * What a seller reads about a decision: plain words per reason code. Never the message the cascade
 * wrote for moderators, which carries scores, thresholds, hash distances and bank names: those
 * tell someone probing the system exactly how far to move to get under it. Codes that describe our
 * machinery rather than the listing (a model outage, the circuit breaker) say nothing to the seller.
 */
import type { Reason } from "../cascade/types";
import type { Category, ReasonCode } from "../taxonomy";

const WHAT: Record<Category, string> = {
  firearm: "a firearm",
  firearm_part: "firearm parts",
  ammunition: "ammunition",
  replica: "a realistic replica firearm",
  airsoft_paintball: "airsoft or paintball equipment",
  toy: "a toy gun",
};
const what = (c?: Category) => (c && Object.hasOwn(WHAT, c) ? WHAT[c] : "items our policy does not allow");

const appears = (c?: Category) => `The photos and text appear to offer ${what(c)}.`;
const mayBe = (c?: Category) => `The photos and text may offer ${what(c)}; a moderator will check.`;

/** Per code, what it says while the listing is blocked, and while it waits for a moderator. */
const SAYS: Partial<Record<ReasonCode, (c: Category | undefined, blocked: boolean) => string>> = {
  hash_bank_match: () => "A photo matches an image we have already confirmed shows a prohibited item.",
  model_score_block: appears,
  model_score_review: (c, blocked) => (blocked ? appears(c) : mayBe(c)),
  lexicon_hit: (c) => `The title or description uses terms for ${what(c)}.`,
  pattern_hit: (c) => `The title or description uses terms for ${what(c)}.`,
  rule_without_model_support: (c) => `The title or description uses terms for ${what(c)}.`,
  rule_score_block: (c) => `The title or description uses terms for ${what(c)}.`,
  rule_score_review: (c) => `The title or description uses terms for ${what(c)}.`,
  evasion_detected: () => "The text spells restricted terms in a disguised way.",
  ocr_text_evidence: (c) => `Text in a photo refers to ${what(c)}.`,
  modality_disagreement: (_c, blocked) => (blocked ? "" : "The photos and the text describe different things; a moderator will check."),
};

export const MODERATOR_CONFIRMED = "A moderator reviewed this listing and confirmed the block.";

/** The seller's reasons for a listing's current decision (none for an allowed listing). */
export function sellerReasons(input: { outcome: string | null; source: string | null; reasons: Reason[] | null | undefined }): string[] {
  if (input.outcome !== "block" && input.outcome !== "review") return [];
  const blocked = input.outcome === "block";
  const out = new Set<string>();
  if (blocked && input.source !== null && input.source !== "auto") out.add(MODERATOR_CONFIRMED);
  for (const r of input.reasons ?? []) {
    const text = SAYS[r.code]?.(r.category, blocked);
    if (text) out.add(text);
  }
  if (!out.size) out.add(input.outcome === "block" ? "This listing does not meet our policy on weapons." : "A moderator will check this listing.");
  return [...out];
}
