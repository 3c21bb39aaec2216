/**
 * OCR follow-up with the real tesseract and the real model: text drawn on a photo is read,
 * stored, analysed as its own evidence source, and raises a review item for an allowed listing.
 */
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { listingVersionImages, listingVersions, reviewItems } from "@/db/schema";
import { loadScorer } from "@/server/cascade/model-scorer";
import { predictListing } from "@/server/cascade/predict-listing";
import { readImageText, terminateOcr } from "@/server/image/ocr";
import { uid } from "@/server/test/factories";
import { runOcrFollowUp } from "./ocr-follow-up";

let db: Db;
beforeAll(() => {
  db = createDb(inject("databaseUrl"), 2);
});
afterAll(async () => {
  await terminateOcr();
  await db.$client.end();
});

async function captionedPhoto(caption: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="100%" height="100%" fill="#f4f1ea"/><rect x="40" y="40" width="200" height="120" fill="#8a6d4b"/><text x="40" y="280" font-size="56" font-family="DejaVu Sans, sans-serif" font-weight="bold" fill="#111">${caption}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 92 }).toBuffer();
}

describe("OCR follow-up", () => {
  it("reads a caption, stores it, and raises a review item when the text is firearm evidence", async () => {
    const listingId = uid("ocr");
    const photo = await captionedPhoto("9MM AMMO 500 ROUNDS");
    const out = await predictListing(
      db,
      { listingId, sellerId: uid("s"), title: "Storage box", description: "See photo", images: [{ contentType: "image/jpeg", data: photo.toString("base64") }] },
      { scorer: await loadScorer() },
    );
    // Precondition: the upload itself looked innocent, so only the OCR text can raise the item.
    expect(out.decision).toBe("allow");
    expect(out.reviewItemId).toBeNull();
    const [{ listingVersionId }] = await db
      .select({ listingVersionId: listingVersions.id })
      .from(listingVersions)
      .where(eq(listingVersions.listingId, out.listingId));
    const result = await runOcrFollowUp(db, listingVersionId, { readText: readImageText, scorer: await loadScorer() });
    expect(result.status).toBe("done");
    if (result.status !== "done") return;
    expect(result.ocr[0].toLowerCase()).toContain("ammo");
    expect(result.ocrSpans.map((s) => s.category)).toContain("ammunition");
    const [image] = await db.select().from(listingVersionImages).where(eq(listingVersionImages.listingVersionId, listingVersionId));
    expect(image.ocrText?.toLowerCase()).toContain("9mm");
    expect(result.reviewItemId).not.toBeNull();
    const [item] = await db.select().from(reviewItems).where(eq(reviewItems.id, result.reviewItemId!));
    expect(item.reasons[0]).toBe("ocr_text_evidence");
    // Running again finds nothing left to read: retries are idempotent.
    expect((await runOcrFollowUp(db, listingVersionId, { readText: readImageText, scorer: null })).status).toBe("nothing_to_do");
  });
});
