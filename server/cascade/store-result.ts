/**
 * Writes one cascade result — listing version, images, prediction, decision, review item and
 * audit entry — in ONE transaction: a failure leaves nothing half-written. Image bytes go to the
 * content-addressed blob store first; a blob without rows is harmless and never read.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appendAudit } from "@/db/queries/audit";
import { findStoredResult, findVersionIdByContent } from "@/db/queries/listings";
import {
  decisions,
  images,
  listingVersionImages,
  listingVersions,
  listings,
  predictions,
  sellers,
} from "@/db/schema";
import { AppError } from "../errors/app-error";
import { toFloat32Bytes } from "../inference/float32-bytes";
import { openReviewItem } from "../policy/open-review-item";
import { reachFactor } from "../policy/review-priority";
import { thresholdsFor } from "../policy/thresholds";
import { blobStore } from "../storage/blob-store";
import { CATEGORIES } from "../taxonomy";
import type { RawListing } from "./intake";
import type { CascadeResult } from "./types";

export const AUTO_MODEL_VERSION = "rules-only";

export async function storeResult(
  db: Db,
  raw: RawListing,
  result: CascadeResult,
  latencyMs: number,
  actor: { type: "service" | "system"; id: string },
) {
  const { item, verdict } = result;
  const input = raw.input;
  await Promise.all(item.images.map((img) => blobStore().put(img.sha256, img.bytes)));

  const saved = await db.transaction(async (tx) => {
    await tx.insert(sellers).values({ id: input.sellerId }).onConflictDoNothing();
    // Upsert-and-lock the listing row: concurrent versions of one listing serialise here.
    const [listing] = await tx
      .insert(listings)
      .values({ id: input.listingId, sellerId: input.sellerId, currentVersion: 0 })
      .onConflictDoUpdate({ target: listings.id, set: { updatedAt: sql`now()` } })
      .returning();
    if (listing.sellerId !== input.sellerId) {
      throw new AppError("CONFLICT", `Listing ${input.listingId} belongs to another seller`, {
        sellerId: ["does not own this listing"],
      });
    }
    // A concurrent identical request may have stored this content while we computed: its
    // result is the answer (loaded after this transaction ends, which then writes nothing).
    if (await findVersionIdByContent(tx, input.listingId, raw.contentHash)) return null;

    const versionNo = listing.currentVersion + 1;
    await tx.update(listings).set({ currentVersion: versionNo }).where(sql`${listings.id} = ${input.listingId}`);
    const [version] = await tx
      .insert(listingVersions)
      .values({
        listingId: input.listingId,
        version: versionNo,
        contentHash: raw.contentHash,
        title: input.title,
        description: input.description,
        category: input.category,
        region: input.region,
        price: input.price,
        language: item.text?.language,
      })
      .returning();

    if (item.images.length) {
      await tx
        .insert(images)
        .values(
          item.images.map((img, i) => ({
            sha256: img.sha256,
            mime: img.mime,
            width: img.width,
            height: img.height,
            bytes: img.bytes.length,
            pdqHash: item.pdq[i]?.hash ?? "",
            pdqQuality: item.pdq[i]?.quality ?? 0,
          })),
        )
        .onConflictDoNothing();
      await tx
        .insert(listingVersionImages)
        .values(item.images.map((img, position) => ({ listingVersionId: version.id, position, imageSha256: img.sha256 })));
    }

    const policyVersion = item.policy.version;
    const modelVersion = item.model?.modelVersion ?? AUTO_MODEL_VERSION;
    const [prediction] = await tx
      .insert(predictions)
      .values({
        listingVersionId: version.id,
        modelVersion,
        policyVersion,
        scores: verdict.scores,
        modalityScores: item.model
          ? { image: item.model.imageScores, text: item.model.textScores, perImage: item.model.perImage.map((p) => p.scores) }
          : null,
        stageTimings: result.timings,
        reasonCodes: [...new Set(verdict.reasons.map((r) => r.code))],
        evidence: { reasons: verdict.reasons, text: result.evidence.text, hashMatches: result.evidence.hashMatches },
        gradcam: item.model ? item.model.perImage.map((p) => p.gradcam) : null,
        imageEmbeddings: item.model?.embeddings.image.length ? toFloat32Bytes(item.model.embeddings.image) : null,
        textEmbedding: item.model?.embeddings.text ? toFloat32Bytes([item.model.embeddings.text]) : null,
        failOpen: verdict.failOpen,
        latencyMs,
      })
      .returning();
    const [decision] = await tx
      .insert(decisions)
      .values({ listingVersionId: version.id, outcome: verdict.outcome, source: "auto", tags: verdict.tags })
      .returning();

    let reviewItemId: string | null = null;
    if (verdict.review) {
      const thresholds = thresholdsFor(item.policy, input.region);
      // Uncertainty: how close the most-uncertain blocked category sits to its nearest threshold.
      const uncertainty = Math.max(
        0,
        ...CATEGORIES.filter((c) => thresholds[c].block !== null).map((c) => {
          const s = verdict.scores[c];
          const nearest = Math.min(Math.abs(s - thresholds[c].block!), Math.abs(s - (thresholds[c].review ?? 0)));
          return Math.max(0, 1 - nearest / 0.25);
        }),
      );
      const factors = {
        severity: Math.min(1, verdict.review.boost),
        uncertainty,
        reach: reachFactor(item.seller.activeListings),
        failOpen: verdict.failOpen ? 1 : 0,
        appeal: 0,
      };
      reviewItemId = await openReviewItem(tx, { listingVersionId: version.id, predictionId: prediction.id, reasons: verdict.review.reasons, factors });
    }

    await appendAudit(tx, {
      actorType: actor.type,
      actorId: actor.id,
      action: "listing.predicted",
      entityType: "listing_version",
      entityId: version.id,
      data: { listingId: input.listingId, version: versionNo, outcome: verdict.outcome, reviewItemId, modelVersion, policyVersion },
    });
    return { version, prediction, decision, reviewItemId, replayed: false as const };
  });
  if (saved) return saved;
  const stored = await findStoredResult(db, input.listingId, raw.contentHash);
  if (!stored) throw new Error("a concurrent version vanished");
  return { ...stored, replayed: true as const };
}
