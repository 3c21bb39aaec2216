import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../policy/thresholds";
import { zeroScores } from "../taxonomy";
import { runCascade } from "./run-cascade";
import type { CascadeItem, Stage } from "./types";

const item = (): CascadeItem => ({
  input: { listingId: "l", sellerId: "s", title: "t", description: "", images: [] },
  images: [],
  rawImages: [],
  rawImageSha256: [],
  seller: { accountAgeDays: 0, priorViolations: 0, activeListings: null },
  policy: { version: 0, thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} },
  pdq: [],
  hashMatches: [],
});
const pass: Stage = { name: "pass", run: async () => ({ kind: "pass" }) };
const allow: Stage = {
  name: "allow",
  run: async () => ({ kind: "decided", verdict: { outcome: "allow", scores: zeroScores(), reasons: [], tags: [], review: null, failOpen: false } }),
};

describe("runCascade", () => {
  it("stops at the first stage that decides and times each stage it ran", async () => {
    const never: Stage = { name: "never", run: async () => { throw new Error("must not run"); } };
    const r = await runCascade(item(), [pass, allow, never]);
    expect(r.verdict.outcome).toBe("allow");
    expect(r.timings.map((t) => t.stage)).toEqual(["pass", "allow"]);
  });

  it("turns a throwing stage into fail-open (allow + review), never a crash", async () => {
    const boom: Stage = { name: "boom", run: async () => { throw new Error("kaput"); } };
    const r = await runCascade(item(), [pass, boom, allow]);
    expect(r.verdict.outcome).toBe("allow");
    expect(r.verdict.failOpen).toBe(true);
    expect(r.verdict.review?.reasons).toEqual(["stage_error"]);
    expect(r.verdict.reasons[0].message).toContain("kaput");
  });

  it("a fail-open is never weaker than the rules: a hash-bank match found before the failure still blocks", async () => {
    const matched: Stage = {
      name: "matched",
      run: async (it) => {
        it.hashMatches = [{ imageIndex: 0, entryId: "e", bankName: "known bad", category: "firearm_part", distance: 4, note: "" }];
        throw new Error("kaput after the lookup");
      },
    };
    const r = await runCascade(item(), [matched, allow]);
    expect(r.verdict).toMatchObject({ outcome: "block", failOpen: true });
    expect(r.verdict.reasons.map((x) => x.code)).toEqual(["stage_error", "hash_bank_match"]);
    expect(r.verdict.review).toEqual({ reasons: ["stage_error"], boost: 1 });
  });
});
