/**
 * Binds the cascade's Scorer to the real ONNX models. Loading is shared (one promise) and
 * happens at start-up: every session and every worker thread runs once for real before the
 * scorer is handed out, so the first listings after a start get the model, not a fail-open.
 * Until then predicts wait for it and /api/health says "warming"; on failure predict fails open
 * and /api/health says why.
 */
import { viewsInWorker, warmUpImageWorkers } from "../image/image-workers";
import { scoreListing, warmUpModels } from "../inference/score-listing";
import { analyseText } from "../text/analyse-text";
import type { Scorer } from "./model-stage";

export type ScorerState = { status: "warming" | "ready" | "error"; error?: string; warmUpMs?: number };
const holder = globalThis as unknown as { __sightlineScorer?: { ready: Promise<Scorer | null>; state: ScorerState } };

export function loadScorer(): Promise<Scorer | null> {
  if (!holder.__sightlineScorer) {
    const state: ScorerState = { status: "warming" };
    const t0 = performance.now();
    const ready = warmUpServing()
      .then((scorer) => {
        state.status = "ready";
        state.warmUpMs = Math.round(performance.now() - t0);
        return scorer;
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
  return holder.__sightlineScorer?.state ?? { status: "warming" };
}

/**
 * Sessions (image encoder workers, text encoder, fusion head), the image workers, and one real
 * listing with a photo through the whole model call, explanations included.
 */
async function warmUpServing(): Promise<Scorer> {
  const [, photo] = await Promise.all([warmUpModels(), warmUpImageWorkers()]);
  analyseText({ title: "G.l.0.c.k 19", description: "warm-up" });
  const scorer: Scorer = { score: scoreListing, toViews: viewsInWorker };
  // A title that scores above the explanation floor, so Grad-CAM and text attributions run too.
  await scorer.score({ images: [await scorer.toViews(photo)], title: "Glock 19 9mm pistol", description: "two mags", context: {} });
  return scorer;
}
