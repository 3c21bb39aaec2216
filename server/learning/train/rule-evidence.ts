/**
 * Rule evidence in the head's calibrated logits: for firearm, firearm_part and ammunition, the
 * rules' own weight for that category (its "hit" feature in the text embedding) is added with a
 * fixed weight κ, then Platt calibration is fitted around it. A product of experts: the learned
 * model and the multilingual rules each move the log-odds.
 *
 * Why: on listings written apart from the training text the hashed n-grams misfire (a car in
 * "Tenoritgrau", a cleaning kit) and under-trust a strong make-and-model hit ("Browning A5 Sweet
 * Sixteen" 0.12), while the rules held on real listings (issue 14: 0.96 recall at 95% precision).
 * κ is the largest weight that costs nothing on the validation sets (hand-written validation
 * split, generated TEST split): 1–3 left both as the model alone, 4 and 6 cost recall there.
 */
import { CATEGORIES } from "@/server/taxonomy";
import { NUM_OUT } from "@/server/inference/fusion-head";
import { TEXT_DIM } from "@/server/inference/text-encoder";
import { RULE_FEATURES } from "@/server/text/rule-features";

export const RULE_EVIDENCE_WEIGHT = 3;
const WITH_EVIDENCE = ["firearm", "firearm_part", "ammunition"] as const;

/** The head's rule term: κ from each category's rule hit to its logit, zero elsewhere. */
export function ruleEvidenceTerm(textDim: number): Float32Array {
  const term = new Float32Array(textDim * NUM_OUT);
  for (const c of WITH_EVIDENCE) {
    const d = TEXT_DIM + RULE_FEATURES.indexOf(`hit:${c}`);
    term[d * NUM_OUT + CATEGORIES.indexOf(c)] = RULE_EVIDENCE_WEIGHT;
  }
  return term;
}
