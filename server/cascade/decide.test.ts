import { describe, expect, it } from "vitest";
import type { ModelResult } from "../inference/score-listing";
import { DEFAULT_THRESHOLDS, type Policy } from "../policy/thresholds";
import { zeroScores, type Scores } from "../taxonomy";
import { BlockRateBreaker, blockRateBreaker } from "./circuit-breaker";
import { analyseText } from "../text/analyse-text";
import { decide, withCircuitBreaker } from "./decide";
import type { CascadeItem } from "./types";

const policy: Policy = { version: 1, thresholds: DEFAULT_THRESHOLDS, regionOverrides: { DE: { firearm: { block: 0.6, review: 0.3 } } } };

function item(scores: Partial<Scores>, opts: { image?: Partial<Scores>; text?: Partial<Scores>; rules?: Partial<Scores>; region?: string } = {}): CascadeItem {
  const model = {
    scores: { ...zeroScores(), ...scores },
    imageScores: opts.image ? { ...zeroScores(), ...opts.image } : null,
    textScores: opts.text ? { ...zeroScores(), ...opts.text } : null,
    perImage: [],
    textAttributions: [],
    embeddings: { image: [], text: null },
    modelVersion: "test",
    timings: { imageMs: 0, textMs: 0, headMs: 0, explainMs: 0 },
  } satisfies ModelResult;
  return {
    input: { listingId: "l", sellerId: "s", title: "t", description: "", images: [], region: opts.region },
    images: [],
    rawImages: [],
    rawImageSha256: [],
    seller: { accountAgeDays: 10, priorViolations: 0, activeListings: null },
    policy,
    pdq: [],
    hashMatches: [],
    text: { spans: [], negatives: [], suppressed: [], evasion: false, language: "en", ruleScores: opts.rules ?? {} },
    model,
  };
}

describe("decide", () => {
  it("a model block of text the rules read innocently goes to review, unless a photo supports it", () => {
    for (const title of ["Pistola per colla a caldo", "Pistolet à colle chaude", "Клеевой пистолет", "Pistolet na wodę dla dzieci"]) {
      const listing = { ...item({ firearm: 0.95 }, { text: { firearm: 0.95 } }), text: analyseText({ title, description: "" }) };
      const verdict = decide(listing);
      expect(verdict.outcome, title).toBe("review");
      expect(verdict.review?.reasons, title).toContain("negative_context");
      expect(verdict.reasons.some((r) => r.code === "negative_context" && r.message.includes("read as")), title).toBe(true);
      const withGunPhoto = { ...listing, model: { ...listing.model!, imageScores: { ...zeroScores(), firearm: 0.97 } } };
      expect(decide(withGunPhoto).outcome, title).toBe("block");
    }
    // A real firearm listing keeps its block: its words are not all read innocently.
    const glock = { ...item({ firearm: 0.95 }), text: analyseText({ title: "Glock 19 with holster", description: "" }) };
    expect(decide(glock).outcome).toBe("block");
  });

  it("blocks at the block threshold, reviews between, allows below", () => {
    expect(decide(item({ firearm: 0.9 })).outcome).toBe("block");
    expect(decide(item({ firearm: 0.5 })).outcome).toBe("review");
    expect(decide(item({ firearm: 0.1 })).outcome).toBe("allow");
    expect(decide(item({ firearm: 0.1 })).review).toBeNull();
  });

  it("region overrides apply", () => {
    expect(decide(item({ firearm: 0.7 })).outcome).toBe("review");
    expect(decide(item({ firearm: 0.7 }, { region: "DE" })).outcome).toBe("block");
    expect(decide(item({ firearm: 0.7 }, { region: "DE-BY" })).outcome).toBe("block");
  });

  it("tags airsoft and toys without blocking them", () => {
    const v = decide(item({ airsoft_paintball: 0.95, toy: 0.7 }));
    expect(v.outcome).toBe("allow");
    expect(v.tags).toEqual(["airsoft", "toy"]);
  });

  it("sends image/text disagreement to review", () => {
    const v = decide(item({ firearm: 0.3 }, { image: { firearm: 0.95 }, text: { firearm: 0.02 } }));
    expect(v.outcome).toBe("review");
    expect(v.review?.reasons).toContain("modality_disagreement");
  });

  it("sends a rule hit the model does not support to review", () => {
    const v = decide(item({ firearm: 0.05 }, { rules: { firearm: 0.9 } }));
    expect(v.outcome).toBe("review");
    expect(v.review?.reasons).toEqual(["rule_without_model_support"]);
  });

  it("without a model result, the text rules meet the same thresholds under rule codes", () => {
    const rulesOnly = (rules: Partial<Scores>) => ({ ...item({}, { rules }), model: undefined });
    const blocked = decide(rulesOnly({ firearm: 0.9 }));
    expect(blocked.outcome).toBe("block");
    expect(blocked.reasons[0]).toMatchObject({ code: "rule_score_block", category: "firearm", message: "text rules put firearm at 90% ≥ block threshold 85%" });
    const reviewed = decide(rulesOnly({ ammunition: 0.6 }));
    expect(reviewed.outcome).toBe("review");
    expect(reviewed.review?.reasons).toContain("rule_score_review");
    expect(decide(rulesOnly({})).outcome).toBe("allow");
  });
});

describe("block-rate circuit breaker", () => {
  it("stays closed at the baseline rate and opens far above it", () => {
    const b = new BlockRateBreaker(0.01, 10);
    for (let i = 0; i < 300; i++) b.record(i % 100 === 0);
    expect(b.isOpen()).toBe(false);
    for (let i = 0; i < 300; i++) b.record(i % 2 === 0);
    expect(b.isOpen()).toBe(true);
  });

  it("turns model blocks into reviews while open, and leaves other verdicts alone", () => {
    const b = new BlockRateBreaker(0.01, 10);
    for (let i = 0; i < 300; i++) b.record(true);
    const held = withCircuitBreaker(decide(item({ firearm: 0.95 })), b);
    expect(held.outcome).toBe("review");
    expect(held.review?.reasons).toEqual(["circuit_breaker"]);
    expect(withCircuitBreaker(decide(item({ firearm: 0.1 })), b).outcome).toBe("allow");
  });

  it("decide() itself never touches the breaker", () => {
    const before = blockRateBreaker().rate();
    for (let i = 0; i < 50; i++) decide(item({ firearm: 0.99 }));
    expect(blockRateBreaker().rate()).toBe(before);
  });

  it("forgets events outside its window", () => {
    const b = new BlockRateBreaker(0.01, 10);
    const t0 = Date.now() - 60 * 60_000;
    for (let i = 0; i < 300; i++) b.record(true, t0);
    b.record(false);
    expect(b.isOpen()).toBe(false);
  });
});
