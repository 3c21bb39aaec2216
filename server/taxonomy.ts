/**
 * The policy taxonomy and the evidence vocabulary shared by every layer (text, image, inference,
 * cascade, UI). A leaf module: it imports nothing, so pure modules may depend on it.
 */

/** Multi-label: scores are independent sigmoids, never a softmax. */
export const CATEGORIES = [
  "firearm",
  "firearm_part",
  "ammunition",
  "replica",
  "airsoft_paintball",
  "toy",
] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number>;

/** The binary target every detector figure uses: a gun, a part of one, or its ammunition. */
export const FIREARM_LIKE: readonly Category[] = ["firearm", "firearm_part", "ammunition"];
export const isFirearmLikeCategory = (c: Category | null | undefined): c is Category => !!c && FIREARM_LIKE.includes(c);

/** Categories the default policy blocks; the others are allowed (airsoft is tagged). */
export const BLOCKED_BY_DEFAULT: readonly Category[] = ["firearm", "firearm_part", "ammunition", "replica"];

export function zeroScores(): Scores {
  return { firearm: 0, firearm_part: 0, ammunition: 0, replica: 0, airsoft_paintball: 0, toy: 0 };
}

/** Where a piece of text evidence lives. OCR text is per image. */
export type TextField = "title" | "description" | "ocr";

/**
 * One highlighted piece of text. Offsets are UTF-16 code-unit offsets into the ORIGINAL text of
 * that field (what the seller typed, or what OCR read from image `imageIndex`), so the console
 * can highlight exactly those characters.
 */
export interface EvidenceSpan {
  field: TextField;
  imageIndex?: number;
  start: number;
  end: number;
  /** The original characters, e.g. "G.l.0.c.k". */
  text: string;
  /** What they normalise to, e.g. "glock". */
  normalised: string;
  /** lexicon/pattern: a rule hit; negative: innocent context (toy, tool); attribution: model token weight. */
  kind: "lexicon" | "pattern" | "negative" | "attribution";
  /** The category this evidence supports (for negatives: the allowed category it points to, if any). */
  category: Category | null;
  /** Stable id of the lexicon entry or pattern, e.g. "make:glock", "caliber:9mm". */
  rule?: string;
  /** Rule strength (0..1) or, for attributions, the signed contribution to the score. */
  weight: number;
  /** ISO 639-1 code of the lexicon entry's language, when known. */
  language?: string;
}

/** Reason codes stored with each prediction and shown to moderators; sellers read them in plain words (server/seller/seller-reasons.ts). */
export type ReasonCode =
  | "hash_bank_match"
  | "lexicon_hit"
  | "pattern_hit"
  | "evasion_detected"
  | "negative_context"
  | "model_score_block"
  | "model_score_review"
  | "rule_score_block"
  | "rule_score_review"
  | "modality_disagreement"
  | "rule_without_model_support"
  | "inference_unavailable"
  | "stage_error"
  | "ocr_text_evidence"
  | "circuit_breaker";
