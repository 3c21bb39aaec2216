import { describe, expect, it } from "vitest";
import { assembleInput, contextFeatures, fusionInputDim, headForward, IMAGE_DIM, NUM_OUT } from "@/server/inference/fusion-head";
import { embedBag } from "@/server/inference/text-encoder";
import { RULE_DIM } from "@/server/text/rule-features";
import { mergeMembers } from "./ensemble";
import { Rng } from "./rng";
import type { TrainedModel } from "./trainer";

const BUCKETS = 50;

function randomMember(seed: number, D: number, H: number): TrainedModel {
  const rng = new Rng(seed);
  const rand = (n: number) => Float32Array.from({ length: n }, () => rng.next() * 2 - 1);
  const E = D + RULE_DIM;
  const inDim = fusionInputDim(E);
  return {
    text: { buckets: BUCKETS, dim: D, table: rand(BUCKETS * D), rules: rand(RULE_DIM * D), bias: rand(D) },
    head: {
      textDim: E,
      hidden: H,
      inDim,
      w1: rand(inDim * H),
      b1: rand(H),
      w2: rand(H * NUM_OUT),
      b2: rand(NUM_OUT),
      mean: rand(IMAGE_DIM),
      invStd: Float32Array.from({ length: IMAGE_DIM }, () => 0.5 + rng.next()),
      calA: new Float32Array(NUM_OUT).fill(1),
      calB: new Float32Array(NUM_OUT),
      ruleTerm: new Float32Array(E * NUM_OUT),
    },
  };
}

/** Raw logits of a model for one listing's hashed text, rule features and (optional) photo. */
function rawLogits(m: TrainedModel, ids: number[], weights: number[], rules: Float32Array, image: Float32Array | null) {
  const { emb } = embedBag(m.text, ids, weights, rules);
  return headForward(m.head, assembleInput(m.head, { image, text: emb, context: contextFeatures({ price: 120 }) })).z;
}

describe("mergeMembers", () => {
  const members = [11, 12, 13].map((s) => randomMember(s, 4, 5));
  // same image standardisation for every member, as in training
  for (const m of members) Object.assign(m.head, { mean: members[0].head.mean, invStd: members[0].head.invStd });
  const merged = mergeMembers(members);

  it("gives the mean of the members' raw logits, with and without a photo", () => {
    const rng = new Rng(5);
    const rules = Float32Array.from({ length: RULE_DIM }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const image = Float32Array.from({ length: IMAGE_DIM }, () => rng.next());
    for (const photo of [null, image]) {
      const ids = [3, 17, 42];
      const weights = [0.6, 0.3, 0.9];
      const got = rawLogits(merged, ids, weights, rules, photo);
      const mean = new Float32Array(NUM_OUT);
      for (const m of members) rawLogits(m, ids, weights, rules, photo).forEach((v, k) => (mean[k] += v / members.length));
      for (let k = 0; k < NUM_OUT; k++) expect(got[k]).toBeCloseTo(mean[k], 4);
    }
  });

  it("lays the members' learned columns side by side and passes the rule features once", () => {
    const rules = Float32Array.from({ length: RULE_DIM }, (_, i) => i / RULE_DIM);
    const { emb } = embedBag(merged.text, [7], [1], rules);
    expect(emb.length).toBe(3 * 4 + RULE_DIM);
    members.forEach((m, k) => {
      const own = embedBag(m.text, [7], [1], rules).emb;
      for (let d = 0; d < 4; d++) expect(emb[k * 4 + d]).toBeCloseTo(own[d], 5);
    });
    for (let f = 0; f < RULE_DIM; f++) expect(emb[12 + f]).toBeCloseTo(rules[f], 6);
  });

  it("refuses members of different shapes", () => {
    expect(() => mergeMembers([randomMember(1, 4, 5), randomMember(2, 4, 6)])).toThrow(/differ in shape/);
  });
});
