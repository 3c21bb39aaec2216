/**
 * What a moderator's action means for the listing and for the data the models learn from. Pure:
 * record-decision.ts stores what this returns.
 *
 * - reversal (or airsoft/toy tag) of an automatic block, or of a score the model would block → hard negative
 * - a confirmed violation the model scored below the review threshold → hard positive
 * - a decision near a threshold, or where image and text disagree → active-learning pool
 */
import type { Thresholds } from "../policy/thresholds";
import { BLOCKED_BY_DEFAULT, CATEGORIES, type Category, type Scores } from "../taxonomy";

export const LABEL_ACTIONS = ["confirm", "reverse", "tag_airsoft", "tag_toy"] as const;
export const ALL_ACTIONS = [...LABEL_ACTIONS, "escalate", "skip"] as const;
export type ModeratorAction = (typeof ALL_ACTIONS)[number];
export type LabelAction = (typeof LABEL_ACTIONS)[number];

/** Within this distance of a block or review threshold an item is "near" it. */
export const NEAR_THRESHOLD = 0.1;
/** Image and text scores this far apart on a blocked category disagree. */
export const MODALITY_GAP = 0.5;

export interface LabelInput {
  action: LabelAction;
  scores: Scores | null;
  modality: { image: Scores | null; text: Scores | null } | null;
  thresholds: Thresholds;
  autoOutcome: "allow" | "block" | "review" | null;
  reasonCodes: string[];
  /** Categories the moderator says apply (confirm); defaults from the scores. */
  categories?: Category[];
}

export interface LabelResult {
  outcome: "allow" | "block";
  tags: string[];
  labels: Category[];
  entries: Array<{ kind: "hard_negative" | "hard_positive" | "active_learning"; reason: string }>;
}

const blocked = (t: Thresholds) => CATEGORIES.filter((c) => t[c].block !== null);

export function confirmedCategories(scores: Scores | null, t: Thresholds): Category[] {
  if (!scores) return ["firearm"];
  const over = blocked(t).filter((c) => scores[c] >= (t[c].review ?? t[c].block ?? 1));
  if (over.length) return over;
  const top = [...BLOCKED_BY_DEFAULT].sort((a, b) => scores[b] - scores[a])[0];
  return [top];
}

export function labelDecision(input: LabelInput): LabelResult {
  const { action, scores, thresholds: t } = input;
  const outcome = action === "confirm" ? "block" : "allow";
  const tags = action === "tag_airsoft" ? ["airsoft"] : action === "tag_toy" ? ["toy"] : [];
  const labels: Category[] =
    action === "confirm"
      ? (input.categories?.length ? input.categories : confirmedCategories(scores, t))
      : action === "tag_airsoft"
        ? ["airsoft_paintball"]
        : action === "tag_toy"
          ? ["toy"]
          : [];
  const entries: LabelResult["entries"] = [];

  if (outcome === "allow") {
    const modelWouldBlock = !!scores && blocked(t).some((c) => scores[c] >= t[c].block!);
    if (input.autoOutcome === "block") entries.push({ kind: "hard_negative", reason: "reversal_of_auto_block" });
    else if (modelWouldBlock) entries.push({ kind: "hard_negative", reason: "reversal_of_model_block" });
  } else if (scores && labels.every((c) => t[c].block !== null && scores[c] < (t[c].review ?? t[c].block!))) {
    entries.push({ kind: "hard_positive", reason: "confirmed_low_score" });
  }

  if (scores) {
    const near = blocked(t).some(
      (c) =>
        Math.abs(scores[c] - t[c].block!) <= NEAR_THRESHOLD || (t[c].review !== null && Math.abs(scores[c] - t[c].review!) <= NEAR_THRESHOLD),
    );
    const img = input.modality?.image;
    const txt = input.modality?.text;
    const disagree =
      input.reasonCodes.includes("modality_disagreement") ||
      (!!img && !!txt && blocked(t).some((c) => Math.abs(img[c] - txt[c]) >= MODALITY_GAP));
    if (disagree) entries.push({ kind: "active_learning", reason: "modality_disagreement" });
    else if (near) entries.push({ kind: "active_learning", reason: "near_threshold" });
  }
  return { outcome, tags, labels, entries };
}
