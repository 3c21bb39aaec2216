/**
 * Binds the cascade's Scorer to the real ONNX models. Loading is shared (one promise) and
 * happens at start-up (warm-up); until it succeeds predict fails open, and /api/health says why.
 */
import { tensorInWorker } from "../image/image-workers";
import { scoreListing, warmUpModels } from "../inference/score-listing";
import type { Scorer } from "./model-stage";

type ScorerState = { status: "loading" | "ready" | "error"; error?: string };
const holder = globalThis as unknown as { __sightlineScorer?: { ready: Promise<Scorer | null>; state: ScorerState } };

export function loadScorer(): Promise<Scorer | null> {
  if (!holder.__sightlineScorer) {
    const state: ScorerState = { status: "loading" };
    const ready = warmUpModels()
      .then((): Scorer => {
        state.status = "ready";
        return { score: scoreListing, toTensor: tensorInWorker };
      })
      .catch((err: Error) => {
        state.status = "error";
        state.error = err.message;
        return null;
      });
    holder.__sightlineScorer = { ready, state };
  }
  return holder.__sightlineScorer.ready;
}

export function scorerState(): ScorerState {
  return holder.__sightlineScorer?.state ?? { status: "loading" };
}
