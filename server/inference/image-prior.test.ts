import { describe, expect, it } from "vitest";
import { imagePriorScore, priorInput, readImagePrior, toImagePriorFile } from "./image-prior";
import { zeroShotWeapon, WEAPON_CLASSES } from "./zero-shot";

const logitsWith = (weapon: number) => {
  const l = new Float32Array(1000);
  l[WEAPON_CLASSES[0]] = weapon;
  return l;
};

describe("priorInput", () => {
  it("averages the pooled vectors and zero-shot probabilities over the views", () => {
    const a = { pooled: Float32Array.from([1, 2]), logits: logitsWith(8) };
    const b = { pooled: Float32Array.from([3, 6]), logits: logitsWith(0) };
    const { pooled, zeroShot } = priorInput([a, b]);
    expect(Array.from(pooled)).toEqual([2, 4]);
    expect(zeroShot).toBeCloseTo((zeroShotWeapon(a.logits) + zeroShotWeapon(b.logits)) / 2, 6);
    expect(zeroShotWeapon(a.logits)).toBeGreaterThan(0.5); // precondition: the views disagree
  });

  it("one view is that view", () => {
    const v = { pooled: Float32Array.from([0.5, 0.25]), logits: logitsWith(3) };
    expect(priorInput([v])).toEqual({ pooled: Float32Array.from([0.5, 0.25]), zeroShot: zeroShotWeapon(v.logits) });
  });

  it("a photo with no view is an error, not a score", () => {
    expect(() => priorInput([])).toThrow(/at least one view/);
  });
});

describe("imagePriorScore", () => {
  it("rises with the zero-shot weapon probability and round-trips through its file", () => {
    const prior = readImagePrior(
      JSON.stringify(toImagePriorFile({ version: "t", mean: Float32Array.from([0, 0]), invStd: Float32Array.from([1, 1]), w: Float32Array.from([0.5, -0.5]), c: 0, beta: 0.5, a: 1, b: 0 })),
    );
    const x = [1, 1];
    expect(imagePriorScore(prior, x, 0.9)).toBeGreaterThan(imagePriorScore(prior, x, 0.1));
    expect(imagePriorScore(prior, x, 0.5)).toBeCloseTo(0.5, 6); // w·x = 0, logit(0.5) = 0
  });
});
