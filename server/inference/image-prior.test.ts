import { describe, expect, it } from "vitest";
import { END_VIEWS_MIN_SCORE, imagePriorScore, likeness, LIKENESS_NEIGHBOURS, priorInput, readImagePrior, scorePhoto, toImagePriorFile, type ImagePrior } from "./image-prior";
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
      JSON.stringify(toImagePriorFile({ version: "t", mean: Float32Array.from([0, 0]), invStd: Float32Array.from([1, 1]), w: Float32Array.from([0.5, -0.5]), c: 0, beta: 0.5, lambda: 0, prototypes: Float32Array.from([1, 0]), a: 1, b: 0 })),
    );
    const x = [1, 1];
    expect(imagePriorScore(prior, x, 0.9)).toBeGreaterThan(imagePriorScore(prior, x, 0.1));
    expect(imagePriorScore(prior, x, 0.5)).toBeCloseTo(0.5, 6); // w·x = 0, logit(0.5) = 0
  });
});

describe("likeness", () => {
  // four unit prototypes in 2-d: three near the x axis, one on the y axis
  const protos = Float32Array.from([1, 0, Math.cos(0.1), Math.sin(0.1), Math.cos(0.2), Math.sin(0.2), 0, 1]);

  it("is the mean cosine to the nearest prototypes, whatever the vector's length", () => {
    expect(LIKENESS_NEIGHBOURS).toBe(3); // precondition of the expected value below
    expect(likeness(protos, [5, 0])).toBeCloseTo((1 + Math.cos(0.1) + Math.cos(0.2)) / 3, 6);
    expect(likeness(protos, [0, 0.01])).toBeCloseTo((1 + Math.sin(0.2) + Math.sin(0.1)) / 3, 6);
  });

  it("no prototypes, no likeness", () => {
    expect(likeness(new Float32Array(0), [1, 0])).toBe(0);
  });

  it("raises the score of a photo that looks like a training firearm, and survives the file's int8 rounding", () => {
    const base = { version: "t", mean: Float32Array.from([0, 0]), invStd: Float32Array.from([1, 1]), w: Float32Array.from([0, 0]), c: 0, beta: 0.5, prototypes: protos, a: 1, b: 0 };
    const withLikeness: ImagePrior = { ...base, lambda: 4 };
    expect(imagePriorScore(withLikeness, [1, 0.05], 0.3)).toBeGreaterThan(imagePriorScore(withLikeness, [-1, -0.05], 0.3));
    expect(imagePriorScore(withLikeness, [1, 0.05], 0.3)).toBeGreaterThan(imagePriorScore({ ...base, lambda: 0 }, [1, 0.05], 0.3));
    const reread = readImagePrior(JSON.stringify(toImagePriorFile(withLikeness)));
    expect(reread.lambda).toBe(4);
    expect(imagePriorScore(reread, [1, 0.05], 0.3)).toBeCloseTo(imagePriorScore(withLikeness, [1, 0.05], 0.3), 2);
  });

  it("a file whose prototypes do not fit its width is refused", () => {
    const file = toImagePriorFile({ version: "t", mean: Float32Array.from([0, 0]), invStd: Float32Array.from([1, 1]), w: Float32Array.from([0, 0]), c: 0, beta: 0.5, lambda: 1, prototypes: protos, a: 1, b: 0 });
    expect(() => readImagePrior(JSON.stringify({ ...file, prototypes: { ...file.prototypes, rows: 3 } }))).toThrow(/prototypes/);
  });
});

describe("scorePhoto", () => {
  // No correction: the score is the calibrated zero-shot probability, so the views' effect is plain.
  const prior: ImagePrior = { version: "t", mean: Float32Array.from([0]), invStd: Float32Array.from([1]), w: Float32Array.from([0]), c: 0, beta: 0.5, lambda: 0, prototypes: new Float32Array(0), a: 1, b: 0 };
  const view = (weapon: number) => ({ pooled: Float32Array.from([0]), logits: logitsWith(weapon) });

  it("a centre crop below the doubt line decides alone: the end crops are never made", async () => {
    let asked = 0;
    const r = await scorePhoto(prior, view(-5), async () => (asked++, [view(12), view(12)]));
    expect(r.score).toBeLessThan(END_VIEWS_MIN_SCORE);
    expect(asked).toBe(0);
    expect(r.views).toBe(1);
  });

  it("a doubtful centre crop brings in the end crops, averaged with it", async () => {
    const centre = view(8);
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
