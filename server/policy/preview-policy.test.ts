import { describe, expect, it } from "vitest";
import { blockRateBreaker } from "../cascade/circuit-breaker";
import { zeroScores, type Scores } from "../taxonomy";
import { replayPolicies, toHumanLabels, toReplayRow, type ReplayRow } from "./preview-policy";
import { policyDraftSchema, diffPolicies } from "./publish-policy";
import { DEFAULT_THRESHOLDS, type Policy } from "./thresholds";

const active: Policy = { version: 1, thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} };
const withFirearm = (block: number | null, review: number | null = 0.4, regionOverrides: Policy["regionOverrides"] = {}): Policy => ({
  version: -1,
  thresholds: { ...DEFAULT_THRESHOLDS, firearm: { block, review } },
  regionOverrides,
});

let n = 0;
function row(scores: Partial<Scores>, extra: Partial<ReplayRow> = {}): ReplayRow {
  n++;
  return {
    listingVersionId: `v${n}`,
    listingId: `l${n}`,
    title: `listing ${n}`,
    region: null,
    scores: { ...zeroScores(), ...scores },
    imageScores: null,
    textScores: null,
    modelRan: true,
    ruleScores: {},
    evasion: false,
    hashBlocked: false,
    failOpen: false,
    ...extra,
  };
}

describe("replayPolicies (the decide rule, replayed)", () => {
  it("lowering the firearm block threshold moves a 0.8 listing from review to block", () => {
    const r = row({ firearm: 0.8 });
    const out = replayPolicies([r, row({ firearm: 0.1 }), row({ firearm: 0.95 })], active, withFirearm(0.75));
    expect(out.counts.active).toEqual({ allow: 1, review: 1, block: 1 });
    expect(out.counts.draft).toEqual({ allow: 1, review: 0, block: 2 });
    expect(out.changed.total).toBe(1);
    expect(out.changed.transitions).toEqual({ "review→block": 1 });
    expect(out.changed.examples[0]).toMatchObject({ listingId: r.listingId, from: "review", to: "block" });
    expect(out.changed.examples[0].reasons[0]).toMatch(/firearm 80% ≥ block threshold 75%/);
    expect(out.perCategory.firearm).toEqual({ active: { block: 1, review: 1 }, draft: { block: 2, review: 0 } });
  });

  it("applies region overrides of the draft to the listing's region", () => {
    const de = row({ firearm: 0.7 }, { region: "DE-BY" });
    const us = row({ firearm: 0.7 }, { region: "US" });
    const out = replayPolicies([de, us], active, withFirearm(0.85, 0.4, { DE: { firearm: { block: 0.6, review: 0.3 } } }));
    expect(out.changed.examples.map((c) => c.listingId)).toEqual([de.listingId]);
  });

  it("keeps hash-bank blocks blocked whatever the thresholds, and replays fail-open rows as their rules decide", () => {
    const failedOpen = row({}, { failOpen: true, modelRan: false, ruleScores: { firearm: 0.9 } });
    const out = replayPolicies(
      [row({ firearm: 0.01 }, { hashBlocked: true }), row({}, { failOpen: true, modelRan: false }), failedOpen],
      active,
      withFirearm(null, null),
    );
    expect(out.counts.active).toEqual({ allow: 1, review: 0, block: 2 });
    expect(out.counts.draft).toEqual({ allow: 1, review: 1, block: 1 });
    expect(out.hashBankBlocks).toBe(1);
    expect(out.perCategory.firearm.active.block).toBe(1);
    expect(out.changed.examples.map((c) => c.listingId)).toEqual([failedOpen.listingId]);
  });

  it("keeps decide's other review reasons: modality disagreement survives a higher review threshold", () => {
    const r = row({ firearm: 0.3 }, { imageScores: { ...zeroScores(), firearm: 0.95 }, textScores: { ...zeroScores(), firearm: 0.02 } });
    const out = replayPolicies([r], active, withFirearm(0.99, 0.9));
    expect(out.counts.draft.review).toBe(1);
  });

  it("scores precision and recall on the labelled listings only, with counts", () => {
    const v1 = row({ firearm: 0.8 }); // violation: review now, block in the draft
    const v2 = row({ firearm: 0.78 }); // innocent: review now, block in the draft (false positive)
    const v3 = row({ firearm: 0.9 }); // violation, blocked by both
    const unlabelled = row({ firearm: 0.8 });
    const labels = [
      { listingVersionId: v1.listingVersionId, violation: true },
      { listingVersionId: v2.listingVersionId, violation: false },
      { listingVersionId: v3.listingVersionId, violation: true },
      { listingVersionId: "outside-window", violation: true },
    ];
    const out = replayPolicies([v1, v2, v3, unlabelled], active, withFirearm(0.75), labels);
    expect(out.labelled.n).toBe(3);
    expect(out.labelled.violations).toBe(2);
    expect(out.labelled.active).toMatchObject({ blockPrecision: 1, blockRecall: 0.5, flaggedRecall: 1, tp: 1, fp: 0, fn: 1 });
    expect(out.labelled.draft).toMatchObject({ blockPrecision: 2 / 3, blockRecall: 1, tp: 2, fp: 1, fn: 0 });
  });

  it("does not feed the live circuit breaker", () => {
    const before = blockRateBreaker().rate();
    const rows = Array.from({ length: 500 }, () => row({ firearm: 0.99 }));
    const out = replayPolicies(rows, active, withFirearm(0.5));
    expect(out.counts.draft.block).toBe(500); // the breaker would have turned these into reviews
    expect(blockRateBreaker().rate()).toBe(before);
  });
});

describe("stored rows and labels", () => {
  it("rebuilds rule scores from stored evidence and reads hash-bank and fail-open flags", () => {
    const r = toReplayRow({
      listingVersionId: "v",
      listingId: "l",
      title: "t",
      region: "DE",
      scores: { firearm: 0.5 },
      modalityScores: { image: { firearm: 0.6 }, text: null },
      textEvidence: [
        { kind: "lexicon", category: "firearm", weight: 0.7 },
        { kind: "pattern", category: "firearm", weight: 0.9 },
        { kind: "attribution", category: "firearm", weight: 3 },
      ],
      reasonCodes: ["hash_bank_match", "evasion_detected"],
      failOpen: false,
    });
    expect(r.ruleScores).toEqual({ firearm: 0.9 });
    expect(r.modelRan).toBe(true);
    expect(r.imageScores?.firearm).toBe(0.6);
    expect(r.textScores).toBeNull();
    expect(r.hashBlocked && r.evasion).toBe(true);
  });

  it("a moderator decision beats a dataset entry; empty labels are innocent", () => {
    const labels = toHumanLabels({
      actions: [{ listingVersionId: "a", action: "reverse", at: new Date() }],
      entries: [
        { listingVersionId: "a", labels: ["firearm"], kind: "golden", at: new Date() },
        { listingVersionId: "b", labels: [], kind: "audit", at: new Date() },
        { listingVersionId: "c", labels: ["ammunition"], kind: "hard_positive", at: new Date() },
      ],
    });
    expect(labels).toEqual([
      { listingVersionId: "a", violation: false },
      { listingVersionId: "b", violation: false },
      { listingVersionId: "c", violation: true },
    ]);
  });
});

describe("policy drafts", () => {
  it("rejects block below review and values outside [0,1]", () => {
    const bad = policyDraftSchema.safeParse({ thresholds: { ...DEFAULT_THRESHOLDS, firearm: { block: 0.3, review: 0.4 } } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(["thresholds", "firearm", "block"]);
    expect(policyDraftSchema.safeParse({ thresholds: { ...DEFAULT_THRESHOLDS, firearm: { block: 1.2, review: 0.4 } } }).success).toBe(false);
    const region = policyDraftSchema.safeParse({ thresholds: DEFAULT_THRESHOLDS, regionOverrides: { DE: { firearm: { block: 0.2, review: 0.5 } } } });
    expect(region.success).toBe(false);
  });

  it("diffs field by field, region overrides included", () => {
    const diff = diffPolicies(
      { thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} },
      { thresholds: { ...DEFAULT_THRESHOLDS, firearm: { block: 0.75, review: 0.4 } }, regionOverrides: { DE: { ammunition: { block: 0.5, review: 0.2 } } } },
    );
    expect(diff).toContainEqual({ scope: "default", category: "firearm", field: "block", from: 0.85, to: 0.75 });
    expect(diff).toContainEqual({ scope: "DE", category: "ammunition", field: "override", from: "inherit", to: "set" });
    expect(diff).toContainEqual({ scope: "DE", category: "ammunition", field: "block", from: null, to: 0.5 });
  });
});
