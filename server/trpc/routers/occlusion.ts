/**
 * The occlusion tool's server half: the head inputs for one review item's listing (text embedding
 * and context features exactly as the listing was scored) and which model files the browser loads.
 * The browser runs the image encoder and the fusion head itself (components/review/occlusion-model.ts).
 */
import { fromFloat32Bytes } from "@/server/inference/float32-bytes";
import fs from "node:fs";
import { and, countDistinct, eq, lt } from "drizzle-orm";
import { z } from "zod";
import { loadReviewItem } from "@/db/queries/review-item";
import { decisions, listingVersions, listings } from "@/db/schema";
import { AppError } from "@/server/errors/app-error";
import { imageToRgb, INPUT_SIZE } from "@/server/image/preprocess";
import { contextFeatures, FUSION_HEAD_MODEL, type ListingContext } from "@/server/inference/fusion-head";
import { IMAGE_MODEL } from "@/server/inference/image-encoder";
import { manifestEntry, modelPath, sha256Bytes } from "@/server/inference/model-files";
import { modelVersion } from "@/server/inference/score-listing";
import { loadTextEncoder, runTextEncoder, TEXT_EMBEDDING_DIM, textInput } from "@/server/inference/text-encoder";
import { blobStore } from "@/server/storage/blob-store";
import type { Scores } from "@/server/taxonomy";
import { moderatorProcedure, router } from "../init";

/** The only model files /api/models serves: the image encoder and the fusion head. */
export const OCCLUSION_MODELS = [IMAGE_MODEL, FUSION_HEAD_MODEL] as const;

const fileCache = new Map<string, { mtimeMs: number; size: number; sha256: string }>();

/** Path and sha256 of a served model file (hashed from the bytes, memoised by mtime and size). */
export function occlusionModelFile(name: string): { path: string; sha256: string; bytes: number } | null {
  if (!(OCCLUSION_MODELS as readonly string[]).includes(name)) return null;
  let file: string;
  try {
    manifestEntry(name);
    file = modelPath(name);
  } catch {
    return null;
  }
  if (!fs.existsSync(file)) return null;
  const st = fs.statSync(file);
  const hit = fileCache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return { path: file, sha256: hit.sha256, bytes: st.size };
  const sha256 = sha256Bytes(fs.readFileSync(file));
  fileCache.set(file, { mtimeMs: st.mtimeMs, size: st.size, sha256 });
  return { path: file, sha256, bytes: st.size };
}

/** The context the cascade built when it scored the listing (server/cascade/model-stage.ts). */
export function contextAsScored(input: {
  category: string | null;
  price: number | null;
  sellerFirstSeenAt: Date;
  scoredAt: Date;
  priorViolations: number;
}): ListingContext {
  return {
    category: input.category ?? undefined,
    price: input.price ?? undefined,
    sellerAccountAgeDays: Math.floor((input.scoredAt.getTime() - input.sellerFirstSeenAt.getTime()) / 86_400_000),
    sellerPriorViolations: input.priorViolations,
  };
}

export const occlusionRouter = router({
  /**
   * The exact 224×224 RGB crop the server's encoder saw for one image of the item (sharp's output,
   * base64 HWC). The int8 backbone is sensitive to single grey levels (a mean difference of one
   * level moved a firearm score by 0.1–0.2 in tests), so the browser starts from these pixels and
   * only its own preprocessing (rgbaToTensor) is the fallback.
   */
  pixels: moderatorProcedure.input(z.object({ itemId: z.uuid(), position: z.number().int().min(0).max(64) })).query(async ({ ctx, input }) => {
    const r = await loadReviewItem(ctx.db, input.itemId);
    const img = r?.images.find((i) => i.position === input.position);
    if (!r || !img) throw new AppError("NOT_FOUND", "No such image on this item");
    const bytes = await blobStore().get(img.sha256);
    if (!bytes) throw new AppError("NOT_FOUND", "The image bytes are missing");
    const rgb = await imageToRgb(Buffer.from(bytes));
    return { size: INPUT_SIZE, rgb: Buffer.from(rgb).toString("base64") };
  }),

  headInputs: moderatorProcedure.input(z.object({ itemId: z.uuid() })).query(async ({ ctx, input }) => {
    const r = await loadReviewItem(ctx.db, input.itemId);
    if (!r) throw new AppError("NOT_FOUND", "No such review item");
    const pred = r.prediction;
    const scoredAt = pred?.createdAt ?? new Date();
    // Violations as findSellerContext counted them when the listing was scored: blocks decided before.
    const [{ n }] = await ctx.db
      .select({ n: countDistinct(listingVersions.listingId) })
      .from(decisions)
      .innerJoin(listingVersions, eq(listingVersions.id, decisions.listingVersionId))
      .innerJoin(listings, eq(listings.id, listingVersions.listingId))
      .where(and(eq(listings.sellerId, r.sellerId), eq(decisions.outcome, "block"), lt(decisions.createdAt, scoredAt)));
    const context = contextFeatures(
      contextAsScored({ category: r.version.category, price: r.version.price, sellerFirstSeenAt: r.seller.firstSeenAt, scoredAt, priorViolations: Number(n) }),
    );

    // The text embedding the stored scores used; recomputed from title + description (what the
    // cascade's first pass reads) for predictions stored without one, or by an older text encoder
    // of another width.
    let text: number[] | null;
    let textSource: "stored" | "recomputed";
    if (pred?.textEmbedding && pred.textEmbedding.length / 4 === TEXT_EMBEDDING_DIM) {
      text = Array.from(fromFloat32Bytes(pred.textEmbedding, pred.textEmbedding.length / 4)[0]);
      textSource = "stored";
    } else {
      const emb = await runTextEncoder(await loadTextEncoder(), textInput(r.version.title, r.version.description));
      text = emb ? Array.from(emb) : null;
      textSource = "recomputed";
    }
    const head = occlusionModelFile(FUSION_HEAD_MODEL);
    const encoder = occlusionModelFile(IMAGE_MODEL);
    if (!head || !encoder) throw new AppError("NOT_FOUND", "The model files are not installed on this server");
    const textDim = Number(manifestEntry(FUSION_HEAD_MODEL).inputs.find((i) => i.name === "text")?.shape?.[1] ?? text?.length ?? TEXT_EMBEDDING_DIM);
    const modality = (pred?.modalityScores ?? null) as { perImage?: Scores[] } | null;
    return {
      text,
      textDim,
      textSource,
      context: Array.from(context),
      perImageScores: modality?.perImage ?? null,
      /** The stored scores came from this model; when it is not the one served now they can differ. */
      scoredWith: pred?.modelVersion ?? null,
      servedModel: modelVersion(),
      files: { encoder: { name: IMAGE_MODEL, sha256: encoder.sha256 }, head: { name: FUSION_HEAD_MODEL, sha256: head.sha256 } },
    };
  }),
});
