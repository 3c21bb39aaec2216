import { describe, expect, it } from "vitest";
import { END_VIEWS_MIN_SCORE, imagePriorScore, priorInput, readImagePrior, scorePhoto, toImagePriorFile, type ImagePrior } from "./image-prior";
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

describe("scorePhoto", () => {
  // No correction: the score is the calibrated zero-shot probability, so the views' effect is plain.
  const prior: ImagePrior = { version: "t", mean: Float32Array.from([0]), invStd: Float32Array.from([1]), w: Float32Array.from([0]), c: 0, beta: 0.5, a: 1, b: 0 };
  const view = (weapon: number) => ({ pooled: Float32Array.from([0]), logits: logitsWith(weapon) });

  it("a centre crop below the doubt line decides alone: the end crops are never made", async () => {
    let asked = 0;
    const r = await scorePhoto(prior, view(-5), async () => (asked++, [view(12), view(12)]));
    expect(r.score).toBeLessThan(END_VIEWS_MIN_SCORE);
    expect(asked).toBe(0);
    expect(r.views).toBe(1);
  });

  it("a doubtful centre crop brings in the end crops, averaged with it", async () => {
    const centre = view(6);
    const ends = [view(12), view(12)];
    const r = await scorePhoto(prior, centre, async () => ends);
    expect(imagePriorScore(prior, [0], priorInput([centre]).zeroShot)).toBeGreaterThanOrEqual(END_VIEWS_MIN_SCORE); // precondition
    expect(r.views).toBe(3);
    expect(r.zeroShot).toBeCloseTo(priorInput([centre, ...ends]).zeroShot, 6);
    expect(r.score).toBeGreaterThan(imagePriorScore(prior, [0], priorInput([centre]).zeroShot));
  });

  it("a near-square photo (no end crops) keeps its centre score", async () => {
    const r = await scorePhoto(prior, view(6), async () => []);
    expect(r).toEqual({ score: imagePriorScore(prior, [0], zeroShotWeapon(view(6).logits)), zeroShot: zeroShotWeapon(view(6).logits), views: 1 });
  });
});
