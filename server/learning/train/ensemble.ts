/**
 * Several text encoder + fusion head pairs, each trained from its own seed, merged into ONE pair of
 * the same architecture, so serving, ONNX export, attributions and Grad-CAM need no change:
 *
 * - encoder: the members' embedding tables, rule weights and biases side by side (width K·D); the
 *   rule features pass through once, after all the learned columns;
 * - head: a block-diagonal first layer (member k's learned text columns feed only its own hidden
 *   units; image, masks, rule features and context feed every member's units with that member's
 *   weights), hidden units side by side (K·H), and an output layer that averages the members'
 *   logits (W2 / K, mean b2).
 *
 * The merged model's raw logits are exactly the mean of the members' raw logits. Why: one seed's
 * model swings by several listings on small hand-written probes (darknet titles most), and the mean
 * of independently initialised members is steadier than any one of them. Calibration and the rule
 * evidence are fitted afterwards on the merged model, as for a single one.
 */
import { IMAGE_DIM, NUM_OUT, fusionInputDim } from "@/server/inference/fusion-head";
import { RULE_DIM } from "@/server/text/rule-features";
import type { TrainedModel } from "./trainer";

export function mergeMembers(members: TrainedModel[]): TrainedModel {
  const K = members.length;
  if (K === 0) throw new Error("no members to merge");
  if (K === 1) return members[0];
  const { buckets, dim: D } = members[0].text;
  const H = members[0].head.hidden;
  for (const m of members) {
    if (m.text.dim !== D || m.text.buckets !== buckets || m.head.hidden !== H) throw new Error("ensemble members differ in shape");
  }
  const KD = K * D;
  const table = new Float32Array(buckets * KD);
  const rules = new Float32Array(RULE_DIM * KD);
  const bias = new Float32Array(KD);
  members.forEach((m, k) => {
    for (let row = 0; row < buckets; row++) table.set(m.text.table.subarray(row * D, (row + 1) * D), row * KD + k * D);
    for (let f = 0; f < RULE_DIM; f++) rules.set(m.text.rules.subarray(f * D, (f + 1) * D), f * KD + k * D);
    bias.set(m.text.bias, k * D);
  });

  const E = D + RULE_DIM;
  const mergedE = KD + RULE_DIM;
  const inDim = fusionInputDim(mergedE);
  const KH = K * H;
  const t0 = IMAGE_DIM + 1;
  /** Row of the merged input for row i of member k's input. */
  const mergedRow = (k: number, i: number): number => {
    if (i < t0) return i; // image, image mask
    if (i < t0 + D) return t0 + k * D + (i - t0); // member k's learned text columns
    if (i < t0 + E) return t0 + KD + (i - t0 - D); // rule features (shared)
    return i + (mergedE - E); // text mask, context
  };
  const w1 = new Float32Array(inDim * KH);
  const b1 = new Float32Array(KH);
  const w2 = new Float32Array(KH * NUM_OUT);
  const b2 = new Float32Array(NUM_OUT);
  members.forEach((m, k) => {
    for (let i = 0; i < m.head.inDim; i++) w1.set(m.head.w1.subarray(i * H, (i + 1) * H), mergedRow(k, i) * KH + k * H);
    b1.set(m.head.b1, k * H);
    for (let q = 0; q < H * NUM_OUT; q++) w2[k * H * NUM_OUT + q] = m.head.w2[q] / K;
    for (let c = 0; c < NUM_OUT; c++) b2[c] += m.head.b2[c] / K;
  });
  // Image standardisation and the (still identity) calibration are the members' own: the same for all of them.
  return {
    text: { buckets, dim: KD, table, rules, bias },
    head: { ...members[0].head, textDim: mergedE, hidden: KH, inDim, w1, b1, w2, b2, ruleTerm: new Float32Array(mergedE * NUM_OUT) },
  };
}
