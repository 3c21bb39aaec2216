/**
 * Stage 2, the multimodal model, under a time budget. On error, timeout or a model that is not
 * loaded, the cascade fails open (the rules' verdict + high-priority review, reason
 * inference_unavailable; see fail-open.ts).
 */
import type { ImageViews } from "../image/preprocess";
import type { ListingForModel, ModelResult } from "../inference/score-listing";
import type { CascadeItem, Stage } from "./types";
import { withDeadline, Timeout } from "./deadline";
import { failOpen } from "./fail-open";

/** The model as the cascade sees it; server/cascade/model-scorer.ts binds the real one. */
export interface Scorer {
  /** Throws (with a reason a moderator can read) when the model cannot run at all. */
  score(input: ListingForModel): Promise<ModelResult>;
  /** Decodes and resizes an image into the encoder's views of it. */
  toViews(bytes: Buffer): Promise<ImageViews>;
}

export function modelStage(scorer: Scorer | null, budgetMs: number): Stage {
  return {
    name: "model",
    async run(item: CascadeItem) {
      if (!scorer) return { kind: "decided", verdict: failOpen(item, "inference_unavailable", "The model is not loaded") };
      try {
        // The run itself cannot be cancelled mid-kernel; a late result is simply dropped.
        item.model = await withDeadline(score(scorer, item), budgetMs, "model stage");
        return { kind: "pass" };
      } catch (err) {
        const why = err instanceof Timeout ? err.message : `the model failed: ${(err as Error).message}`;
        return { kind: "decided", verdict: failOpen(item, "inference_unavailable", why) };
      }
    },
  };
}

async function score(scorer: Scorer, item: CascadeItem): Promise<ModelResult> {
  const images = await Promise.all(item.images.map((img) => scorer.toViews(img.bytes)));
  return scorer.score({
    images,
    title: item.input.title,
    description: item.input.description,
    textAnalysis: item.text,
    context: {
      category: item.input.category,
      price: item.input.price,
      sellerAccountAgeDays: item.seller.accountAgeDays,
      sellerPriorViolations: item.seller.priorViolations,
    },
  });
}
