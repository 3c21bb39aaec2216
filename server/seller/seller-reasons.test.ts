import { describe, expect, it } from "vitest";
import type { Reason } from "../cascade/types";
import { CATEGORIES, type ReasonCode } from "../taxonomy";
import { MODERATOR_CONFIRMED, sellerReasons } from "./seller-reasons";

// Every code, checked by the compiler: a new one fails to build here until it is listed.
const ALL_CODES: Record<ReasonCode, true> = {
  hash_bank_match: true,
  lexicon_hit: true,
  pattern_hit: true,
  evasion_detected: true,
  negative_context: true,
  model_score_block: true,
  model_score_review: true,
  modality_disagreement: true,
  rule_without_model_support: true,
  rule_score_block: true,
  rule_score_review: true,
  inference_unavailable: true,
  stage_error: true,
  ocr_text_evidence: true,
  circuit_breaker: true,
};
const CODES = Object.keys(ALL_CODES) as ReasonCode[];
// What the cascade writes for moderators: numbers a seller must never see.
const internal = (code: ReasonCode, category?: string): Reason =>
  ({ code, category, message: `${category ?? "x"} 97% ≥ block threshold 90% (PDQ distance 3, model fusion-7)` }) as Reason;

describe("sellerReasons", () => {
  it("never passes on the moderators' message, for any code, category or outcome", () => {
    for (const outcome of ["block", "review"]) {
      for (const code of CODES) {
        for (const category of [...CATEGORIES, undefined, "not-a-category"]) {
          const out = sellerReasons({ outcome, source: "auto", reasons: [internal(code, category)] });
          expect(out.length).toBeGreaterThan(0);
          for (const text of out) expect(text).not.toMatch(/\d|%|≥|threshold|distance|pdq|model|score|undefined/i);
        }
      }
    }
  });

  it("says nothing about our machinery, and nothing at all for an allowed listing", () => {
    const machinery = ["inference_unavailable", "stage_error", "circuit_breaker"].map((c) => internal(c as ReasonCode));
    expect(sellerReasons({ outcome: "review", source: "auto", reasons: machinery })).toEqual(["A moderator will check this listing."]);
    expect(sellerReasons({ outcome: "allow", source: "moderator", reasons: [internal("model_score_block", "firearm")] })).toEqual([]);
  });

  it("a moderator's block says so, in the words of a block", () => {
    expect(sellerReasons({ outcome: "block", source: "moderator", reasons: [internal("model_score_review", "ammunition"), internal("modality_disagreement", "ammunition")] })).toEqual([
      MODERATOR_CONFIRMED,
      "The photos and text appear to offer ammunition.",
    ]);
  });
});
