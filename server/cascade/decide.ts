/**
 * Stage 3, decide: per-category thresholds from the active policy (with region overrides).
 * block ≥ block threshold; review ≥ review threshold, or image and text disagree, or a rule fired
 * that the model does not support. Always decides. Without a model result (it did not run, or
 * failed open) stage 1's rule scores meet the same thresholds: the rules' own verdict.
 */
import { thresholdsFor, type Thresholds } from "../policy/thresholds";
import { innocentReadings } from "../text/innocent-readings";
import { CATEGORIES, type Category, type ReasonCode } from "../taxonomy";
import { blockRateBreaker, type BlockRateBreaker } from "./circuit-breaker";
import type { CascadeItem, Reason, Stage, Verdict } from "./types";
import { ruleScores } from "./verdicts";

/** A text rule counts as "fired" at this weight (weak slang alone does not). */
export const RULE_FIRED = 0.5;
/** Innocent readings listed as reasons, at most (a long listing can have many). */
const MAX_READINGS = 5;
/** One modality this sure while the other is this unsure is a disagreement worth a look. */
const DISAGREE_HIGH = 0.8;
const DISAGREE_LOW = 0.1;

/** How much a category matters when ranking review work (issue 4 refines the queue). */
export const SEVERITY: Record<Category, number> = {
  firearm: 1,
  firearm_part: 0.9,
  ammunition: 0.8,
  replica: 0.5,
  airsoft_paintball: 0.2,
  toy: 0.1,
};

export function decide(item: CascadeItem): Verdict {
  const thresholds = thresholdsFor(item.policy, item.input.region);
  const scores = item.model ? { ...item.model.scores } : ruleScores(item);
  const rules = ruleScores(item);
  const scored = item.model ? (c: Category) => c : (c: Category) => `text rules${firedRuleIds(item, c)} put ${c} at`;
  const code = item.model ? { block: "model_score_block", review: "model_score_review" } as const : { block: "rule_score_block", review: "rule_score_review" } as const;
  const reasons: Reason[] = [];
  const reviewCodes = new Set<ReasonCode>();
  const tags: string[] = [];
  let block = false;
  let severity = 0;
  const pct = (x: number) => `${Math.round(x * 100)}%`;

  for (const c of CATEGORIES) {
    const t = thresholds[c];
    const s = scores[c];
    if (t.block !== null && s >= t.block) {
      block = true;
      severity = Math.max(severity, SEVERITY[c]);
      reasons.push({ code: code.block, category: c, message: `${scored(c)} ${pct(s)} ≥ block threshold ${pct(t.block)}` });
    } else if (t.review !== null && s >= t.review) {
      reviewCodes.add(code.review);
      severity = Math.max(severity, SEVERITY[c] * s);
      reasons.push({ code: code.review, category: c, message: `${scored(c)} ${pct(s)} ≥ review threshold ${pct(t.review)}` });
    }
    if (t.tag != null && s >= t.tag) tags.push(c === "airsoft_paintball" ? "airsoft" : c);

    if (t.block === null) continue; // only policy-blocked categories can be "unsupported"
    if (rules[c] >= RULE_FIRED && item.model && s < (t.review ?? t.block)) {
      reviewCodes.add("rule_without_model_support");
      severity = Math.max(severity, SEVERITY[c] * rules[c] * 0.8);
      reasons.push({
        code: "rule_without_model_support",
        category: c,
        message: `text rules point to ${c} but the model scores it ${pct(s)}`,
      });
    }
    const img = item.model?.imageScores?.[c];
    const txt = item.model?.textScores?.[c];
    if (img != null && txt != null && Math.max(img, txt) >= DISAGREE_HIGH && Math.min(img, txt) <= DISAGREE_LOW) {
      reviewCodes.add("modality_disagreement");
      severity = Math.max(severity, SEVERITY[c] * 0.7);
      reasons.push({
        code: "modality_disagreement",
        category: c,
        message: `image says ${pct(img)} ${c}, text says ${pct(txt)}`,
      });
    }
  }
  if (item.text?.evasion) reasons.push({ code: "evasion_detected", message: "Text uses disguised words (see evidence)" });
  if (!item.model && Object.values(rules).some((r) => r >= RULE_FIRED)) {
    reviewCodes.add("rule_without_model_support");
    reasons.push({ code: "lexicon_hit", message: "Text rules fired and no model ran" });
  }

  // Words the rules read in an innocent sense ("pistola de cola": a glue gun) are told to the
  // moderator. A block that rests on the model while the rules read every firearm word innocently
  // and no photo supports it goes to a person instead: a model can be swayed by "pistola", the
  // rules know the sense, and neither alone should take the listing down.
  const innocent = item.text ? innocentReadings(item.text) : null;
  for (const message of innocent?.messages.slice(0, MAX_READINGS) ?? []) reasons.push({ code: "negative_context", message });
  if (block && item.model && innocent?.allCleared && !photoSupportsBlock(item, thresholds)) {
    block = false;
    reviewCodes.add("negative_context");
    reasons.push({ code: "negative_context", message: "Not blocked: every firearm word in the text reads as something else and no photo supports a block" });
  }

  const outcome = block ? "block" : reviewCodes.size ? "review" : "allow";
  return {
    outcome,
    scores,
    reasons,
    tags,
    // Blocks are reviewed only through appeals and audit sampling; reviews always get an item.
    review: outcome === "review" ? { reasons: [...reviewCodes], boost: severity } : null,
    failOpen: false,
  };
}

/** Some photo alone scores a blocked category at or above its block threshold. */
function photoSupportsBlock(item: CascadeItem, thresholds: Thresholds): boolean {
  const image = item.model?.imageScores;
  return !!image && CATEGORIES.some((c) => thresholds[c].block !== null && image[c] >= thresholds[c].block!);
}

/** The rule ids behind a category's rule score, strongest first, e.g. " (make:glock, caliber:9mm)". */
function firedRuleIds(item: CascadeItem, c: Category): string {
  const spans = (item.text?.spans ?? []).filter((s) => s.category === c && s.rule).sort((a, b) => b.weight - a.weight);
  const ids = [...new Set(spans.map((s) => s.rule))];
  return ids.length ? ` (${ids.join(", ")})` : "";
}

/**
 * The circuit breaker sits in the stage, not in decide(): decide() stays a pure function that
 * replays (policy previews) and follow-ups can call without touching live traffic state.
 */
export function withCircuitBreaker(verdict: Verdict, breaker: BlockRateBreaker): Verdict {
  const blocked = verdict.outcome === "block";
  breaker.record(blocked);
  if (!blocked || !breaker.isOpen()) return verdict;
  const reasons: Reason[] = [
    ...verdict.reasons,
    { code: "circuit_breaker", message: `Auto-blocking paused: block rate ${Math.round(breaker.rate() * 100)}% is far above baseline; sent to review` },
  ];
  const reviewReasons = [...new Set<ReasonCode>(["circuit_breaker", ...(verdict.review?.reasons ?? [])])];
  return { ...verdict, outcome: "review", reasons, review: { reasons: reviewReasons, boost: Math.max(0.8, verdict.review?.boost ?? 0) } };
}

export const decideStage: Stage = {
  name: "decide",
  async run(item) {
    return { kind: "decided", verdict: withCircuitBreaker(decide(item), blockRateBreaker()) };
  },
};
