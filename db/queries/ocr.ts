import { and, asc, eq, isNull, lt } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { listingVersionImages, listingVersions, listings, predictions } from "../schema";

/** Images of a version still waiting for OCR (ocr_text is set, possibly to "", once read). */
export async function findImagesAwaitingOcr(db: DbOrTx, versionId: string) {
  return db
    .select({ position: listingVersionImages.position, sha256: listingVersionImages.imageSha256 })
    .from(listingVersionImages)
    .where(and(eq(listingVersionImages.listingVersionId, versionId), isNull(listingVersionImages.ocrText)))
    .orderBy(asc(listingVersionImages.position));
}

export async function findVersionForFollowUp(db: DbOrTx, versionId: string) {
  const [row] = await db
    .select({ version: listingVersions, sellerId: listings.sellerId, prediction: predictions })
    .from(listingVersions)
    .innerJoin(listings, eq(listings.id, listingVersions.listingId))
    .leftJoin(predictions, eq(predictions.listingVersionId, listingVersions.id))
    .where(eq(listingVersions.id, versionId));
  return row;
}

/** Versions whose OCR never ran (a lost enqueue, a crashed worker), oldest first. */
export async function findVersionsMissingOcr(db: DbOrTx, olderThan: Date, limit = 100) {
  const rows = await db
    .selectDistinct({ versionId: listingVersionImages.listingVersionId, createdAt: listingVersions.createdAt })
    .from(listingVersionImages)
    .innerJoin(listingVersions, eq(listingVersions.id, listingVersionImages.listingVersionId))
    .where(and(isNull(listingVersionImages.ocrText), lt(listingVersions.createdAt, olderThan)))
    .orderBy(asc(listingVersions.createdAt))
    .limit(limit);
  return rows.map((r) => r.versionId);
}

export async function setOcrText(db: DbOrTx, versionId: string, position: number, text: string) {
  await db
    .update(listingVersionImages)
    .set({ ocrText: text })
    .where(and(eq(listingVersionImages.listingVersionId, versionId), eq(listingVersionImages.position, position)));
}
