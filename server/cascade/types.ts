/**
 * The cascade's vocabulary. Each stage reads the item, adds its signals, and either decides or
 * passes to the next; run-cascade.ts times them and turns a thrown error into a result.
 */
import type { Policy } from "../policy/thresholds";
import type { Category, EvidenceSpan, ReasonCode, Scores } from "../taxonomy";
import type { TextAnalysis } from "../text/analyse-text";
import type { ModelResult } from "../inference/score-listing";
import type { IntakeImage } from "./intake";
import type { PredictInput } from "./predict-input";

export type Outcome = "allow" | "block" | "review";

export interface HashMatch {
  imageIndex: number;
  entryId: string;
  bankName: string;
  category: string;
  distance: number;
  note: string;
}

export interface Reason {
  code: ReasonCode;
  category?: Category;
  message: string;
}

export interface SellerContext {
  accountAgeDays: number;
  priorViolations: number;
  activeListings: number | null;
}

/** What the stages know about one listing; each stage fills its part. */
export interface CascadeItem {
  input: PredictInput;
  images: IntakeImage[];
  /** The bytes as uploaded (PDQ hashes the stored pixel order, like Meta's tool), and their sha256. */
  rawImages: Buffer[];
  rawImageSha256: string[];
  seller: SellerContext;
  policy: Policy;
  pdq: Array<{ hash: string; quality: number }>;
  hashMatches: HashMatch[];
  text?: TextAnalysis;
  model?: ModelResult;
}

export interface Verdict {
  outcome: Outcome;
  scores: Scores;
  reasons: Reason[];
  tags: string[];
  /** Set when a human must look: why, and how urgent (0..1 severity before wait time). */
  review: { reasons: ReasonCode[]; boost: number } | null;
  failOpen: boolean;
}

export type StageResult = { kind: "pass" } | { kind: "decided"; verdict: Verdict };

export interface Stage {
  name: string;
  run(item: CascadeItem): Promise<StageResult>;
}

export interface CascadeResult {
  verdict: Verdict;
  item: CascadeItem;
  timings: Array<{ stage: string; ms: number }>;
  evidence: { text: EvidenceSpan[]; hashMatches: HashMatch[] };
}
