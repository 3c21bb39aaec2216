import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "@/server/policy/thresholds";
import { describeChanges, draftFromForm, formFromPolicy } from "./policy-form";

describe("policy form", () => {
  it("round-trips a policy through percentages", () => {
    const policy = { thresholds: DEFAULT_THRESHOLDS, regionOverrides: { DE: { firearm: { block: 0.6, review: 0.3 } } } };
    const form = formFromPolicy(policy);
    expect(form.base.firearm).toEqual({ block: "85", review: "40", tag: "" });
    const { draft, errors } = draftFromForm(form);
    expect(errors).toEqual({});
    expect(draft.thresholds.firearm).toEqual({ block: 0.85, review: 0.4, tag: null });
    expect(draft.regionOverrides.DE.firearm).toEqual({ block: 0.6, review: 0.3, tag: null });
    expect(describeChanges(policy, draft)).toEqual([]);
  });

  it("flags out-of-range values, block below review and bad region codes", () => {
    const form = formFromPolicy({ thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} });
    form.base.firearm = { block: "30", review: "40", tag: "" };
    form.base.ammunition = { block: "120", review: "40", tag: "" };
    form.regions.push({ code: "germany", rows: {} });
    const { errors } = draftFromForm(form);
    expect(errors).toEqual({ "default.firearm.block": "below review", "default.ammunition.block": "0 to 100", "germany.region": "ISO code, e.g. DE or US-CA" });
  });

  it("describes what changes", () => {
    const form = formFromPolicy({ thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} });
    form.base.firearm.block = "75";
    const { draft } = draftFromForm(form);
    expect(describeChanges({ thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} }, draft)).toEqual(["firearm block: 85% → 75%"]);
  });
});
