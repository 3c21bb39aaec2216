/**
 * listing.predict as a service: idempotency check, intake, the cascade, one atomic write.
 * Called by the tRPC route, the seed, the benchmark and the tests alike.
 */
import type { Db } from "@/db/client";
import { findStoredOutcome, type StoredOutcome } from "@/db/queries/cascade-results";
import { config } from "../config";
import { drillModelBudgetMs } from "../faults/drills";
import { enqueueOcr } from "../jobs/boss";
import { logger } from "../logger";
import { activePolicy } from "../policy/active-policy";
import type { Scores } from "../taxonomy";
import { decideStage } from "./decide";
import { fastSignalsStage, hashImages } from "./fast-signals";
import { cleanImages, decodeAndHash, readImageHeaders } from "./intake";
import { loadScorer } from "./model-scorer";
import { modelStage, type Scorer } from "./model-stage";
import type { PredictInput } from "./predict-input";
import { runCascade } from "./run-cascade";
import { sellerContext } from "./seller-context";
import { storeResult, writeBlobs } from "./store-result";
import type { CascadeResult, HashMatch, Outcome, Reason } from "./types";
import type { EvidenceSpan } from "../taxonomy";

export interface PredictOutput {
  listingId: string;
  version: number;
  decision: Outcome;
  scores: Scores;
  reasons: Reason[];
  evidence: { text: EvidenceSpan[]; hashMatches: HashMatch[] };
  tags: string[];
  modelVersion: string;
  policyVersion: number;
  latencyMs: number;
  stageTimings: Array<{ stage: string; ms: number }>;
  reviewItemId: string | null;
  /** True when this exact content was decided before and the stored decision is returned. */
  replayed: boolean;
}

export interface PredictOptions {
  /** Overrides for tests and tools; production uses the loaded models and config. */
  scorer?: Scorer | null;
  modelBudgetMs?: number;
  fastSignalsBudgetMs?: number;
  actor?: { type: "service" | "system"; id: string };
}

export async function predictListing(db: Db, input: PredictInput, opts: PredictOptions = {}): Promise<PredictOutput> {
  const t0 = performance.now();
  const raw = decodeAndHash(input);
  // Hashing starts as soon as the headers pass the pixel limits (the memo hands the results to
  // stage 1), beside metadata stripping. The replay lookup runs beside the intake checks: a retry
  // wastes one inspection, a new listing (nearly all of them) does not wait for the lookup first.
  const images = readImageHeaders(raw).then((headers) => {
    hashImages(raw.rawImages, raw.rawImageSha256);
    return cleanImages(raw, headers);
  });
  const [stored, cleaned, seller, policy, scorer] = await Promise.all([
    findStoredOutcome(db, input.listingId, raw.contentHash),
    images,
    sellerContext(db, input.sellerId),
    activePolicy(db),
    opts.scorer !== undefined ? opts.scorer : loadScorer(),
  ]);
  if (stored) return toOutput(input.listingId, stored, true);
  const blobsWritten = writeBlobs(cleaned); // while the cascade runs
  const result: CascadeResult = await runCascade(
    { input, images: cleaned, rawImages: raw.rawImages, rawImageSha256: raw.rawImageSha256, seller, policy, pdq: [], hashMatches: [] },
    [fastSignalsStage(db, opts.fastSignalsBudgetMs ?? config.fastSignalsBudgetMs), modelStage(scorer, opts.modelBudgetMs ?? drillModelBudgetMs() ?? config.modelBudgetMs), decideStage],
  );
  const latencyMs = Math.round((performance.now() - t0) * 10) / 10;
  const saved = await storeResult(db, raw, result, latencyMs, opts.actor ?? { type: "system", id: "predict" }, blobsWritten);
  if (!saved.replayed && cleaned.length > 0) {
    enqueueOcr(saved.versionId).catch((err: Error) => logger.debug({ err: err.message }, "OCR enqueue failed; the worker's sweep will pick it up"));
  }
  return toOutput(input.listingId, saved, saved.replayed);
}

function toOutput(listingId: string, saved: StoredOutcome, replayed: boolean): PredictOutput {
  const { prediction } = saved;
  const evidence = prediction.evidence as { reasons: Reason[]; text: EvidenceSpan[]; hashMatches: HashMatch[] };
  return {
    listingId,
    version: saved.version,
    decision: saved.outcome,
    scores: prediction.scores as Scores,
    reasons: evidence.reasons,
    evidence: { text: evidence.text, hashMatches: evidence.hashMatches },
    tags: saved.tags,
    modelVersion: prediction.modelVersion,
    policyVersion: prediction.policyVersion,
    latencyMs: prediction.latencyMs,
    stageTimings: prediction.stageTimings as PredictOutput["stageTimings"],
    reviewItemId: saved.reviewItemId,
    replayed,
  };
}
