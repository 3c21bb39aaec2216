/**
 * OCR follow-up: text drawn on photos ("DM for price", "9mm", a phone number) is read after the
 * upload decision — tesseract takes 50–600 ms per photo on these CPUs, too slow for the 500 ms
 * path — then fed to the text side as its own evidence source. If the OCR text makes an allowed
 * listing reviewable, a review item is created (reason ocr_text_evidence). One transaction.
 */
import type { Db } from "@/db/client";
import { appendAudit } from "@/db/queries/audit";
import { findSellerContext, loadVersionResult } from "@/db/queries/listings";
import { findImagesAwaitingOcr, findVersionForFollowUp, setOcrText } from "@/db/queries/ocr";
import { decide } from "../cascade/decide";
import type { Scorer } from "../cascade/model-stage";
import type { CascadeItem } from "../cascade/types";
import type { OcrResult } from "../image/ocr";
import { activePolicy } from "../policy/active-policy";
import { openReviewItem } from "../policy/open-review-item";
import { reachFactor } from "../policy/review-priority";
import { blobStore } from "../storage/blob-store";
import { analyseText } from "../text/analyse-text";

/** Tesseract reads texture as letters; words below this confidence are noise. */
const MIN_WORD_CONFIDENCE = 60;

export interface OcrDeps {
  readText: (bytes: Buffer) => Promise<OcrResult>;
  scorer: Scorer | null;
}

export function ocrTextOf(result: OcrResult): string {
  return result.words
    .filter((w) => w.confidence >= MIN_WORD_CONFIDENCE && /[\p{L}\p{N}]/u.test(w.text))
    .map((w) => w.text)
    .join(" ");
}

export async function runOcrFollowUp(db: Db, versionId: string, deps: OcrDeps) {
  const pending = await findImagesAwaitingOcr(db, versionId);
  if (pending.length === 0) return { status: "nothing_to_do" as const };
  const row = await findVersionForFollowUp(db, versionId);
  if (!row) return { status: "nothing_to_do" as const };

  const images = await Promise.all(
    pending.map(async (img) => {
      const bytes = await blobStore().get(img.sha256);
      if (!bytes) throw new Error(`blob ${img.sha256} is missing`);
      return { ...img, bytes, text: ocrTextOf(await deps.readText(bytes)) };
    }),
  );
  const ocr = images.map((i) => i.text);
  const { version } = row;
  const input = { listingId: version.listingId, sellerId: row.sellerId, title: version.title, description: version.description, category: version.category ?? undefined, region: version.region ?? undefined, price: version.price ?? undefined, images: [] };
  const [seller, policy] = await Promise.all([findSellerContext(db, row.sellerId), activePolicy(db)]);
  const item: CascadeItem = {
    input,
    images: [],
    rawImages: [],
    rawImageSha256: [],
    seller,
    policy,
    pdq: [],
    hashMatches: [],
    text: analyseText({ title: version.title, description: version.description, ocr }),
  };
  if (deps.scorer && ocr.some((t) => t.length > 0)) {
    item.model = await deps.scorer.score({
      images: await Promise.all(images.map((i) => deps.scorer!.toViews(i.bytes))),
      title: version.title,
      description: version.description,
      ocr,
      context: { category: input.category, price: input.price, sellerAccountAgeDays: seller.accountAgeDays, sellerPriorViolations: seller.priorViolations },
    });
  }
  const ocrSpans = item.text!.spans.filter((s) => s.field === "ocr");
  const verdict = decide(item);
  // Only an allowed listing nobody is looking at yet needs a new review item.
  const current = await loadVersionResult(db, version);
  const unreviewedAllow = current.decision?.outcome === "allow" && current.reviewItemId === null;
  const escalate = ocrSpans.length > 0 && verdict.outcome !== "allow" && unreviewedAllow;

  return db.transaction(async (tx) => {
    for (const img of images) await setOcrText(tx, versionId, img.position, img.text);
    let reviewItemId: string | null = null;
    if (escalate) {
      const factors = { severity: Math.min(1, verdict.review?.boost ?? 0.8), uncertainty: 0, reach: reachFactor(seller.activeListings), failOpen: 0, appeal: 0 };
      reviewItemId = await openReviewItem(tx, { listingVersionId: versionId, predictionId: row.prediction?.id, reasons: ["ocr_text_evidence", ...(verdict.review?.reasons ?? [])], factors });
    }
    await appendAudit(tx, {
      actorType: "system",
      actorId: "ocr-follow-up",
      action: "ocr.completed",
      entityType: "listing_version",
      entityId: versionId,
      data: { images: images.length, ocrSpans: ocrSpans.map((s) => s.normalised), reviewItemId },
    });
    return { status: "done" as const, ocr, ocrSpans, reviewItemId, outcome: verdict.outcome };
  });
}
