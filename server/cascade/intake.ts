/**
 * Stage 0, intake: turn validated input into trusted bytes. Decodes base64, checks the real type
 * and the pixel counts from the headers (each photo, and the listing's photos together) before
 * anything decodes a pixel, strips metadata, and computes the content hash that makes retries
 * idempotent.
 */
import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { AppError } from "../errors/app-error";
import { sniffImageType, type ImageType } from "../image/sniff";
import { stripMetadata } from "../image/strip-metadata";
import { LIMITS, type PredictInput } from "./predict-input";

export interface IntakeImage {
  /** Metadata-free bytes: what is stored and shown. */
  bytes: Buffer;
  sha256: string;
  mime: ImageType;
  width: number;
  height: number;
}

/** Decoded but not yet inspected: enough to compute the idempotency key cheaply. */
export interface RawListing {
  input: PredictInput;
  rawImages: Buffer[];
  /** sha256 of each image as uploaded. */
  rawImageSha256: string[];
  contentHash: string;
}

export function decodeAndHash(input: PredictInput): RawListing {
  const fieldErrors: Record<string, string[]> = {};
  const rawImages = input.images.map((img, i) => {
    const bytes = Buffer.from(img.data, "base64");
    if (bytes.length > LIMITS.imageBytes) {
      fieldErrors[`images.${i}.data`] = [`is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 10 MB`];
    }
    return bytes;
  });
  if (Object.keys(fieldErrors).length) throw new AppError("PAYLOAD_TOO_LARGE", "An image is too large", fieldErrors);

  const h = createHash("sha256");
  const fields = [input.title, input.description, input.category ?? "", input.region ?? "", String(input.price ?? ""), input.sellerId];
  for (const f of fields) h.update(f).update("\u0000");
  const rawImageSha256 = rawImages.map((bytes) => createHash("sha256").update(bytes).digest("hex"));
  for (const hex of rawImageSha256) h.update(Buffer.from(hex, "hex"));
  return { input, rawImages, rawImageSha256, contentHash: h.digest("hex") };
}

/** What a photo's header says, read without decoding its pixels. */
export interface ImageHeader {
  mime: ImageType;
  width: number;
  height: number;
  orientation: number | undefined;
}

/**
 * Reads every photo's header and refuses the listing (nothing decoded, nothing stored) when one is
 * not the image it claims, one is over the per-photo pixel limit, or all of them together are over
 * the per-listing limit: every photo is decoded in full at least once downstream (PDQ hashes the
 * stored pixels), so this is what bounds a listing's decoding work.
 */
export async function readImageHeaders(raw: RawListing): Promise<ImageHeader[]> {
  const fieldErrors: Record<string, string[]> = {};
  const results = await Promise.all(
    raw.rawImages.map(async (bytes, i): Promise<ImageHeader | null> => {
      const field = `images.${i}`;
      const mime = sniffImageType(bytes);
      if (!mime) {
        fieldErrors[`${field}.data`] = ["is not a JPEG, PNG or WebP image"];
        return null;
      }
      if (mime !== raw.input.images[i].contentType) {
        fieldErrors[`${field}.contentType`] = [`says ${raw.input.images[i].contentType} but the bytes are ${mime}`];
        return null;
      }
      let meta: Metadata;
      try {
        meta = await sharp(bytes, { limitInputPixels: false }).metadata();
      } catch {
        fieldErrors[`${field}.data`] = ["cannot be read as an image (corrupt or truncated)"];
        return null;
      }
      const { width = 0, height = 0 } = meta;
      if (width * height > LIMITS.imagePixels) {
        fieldErrors[`${field}.data`] = [`is ${width}x${height} pixels; the limit is ${LIMITS.imagePixels / 1e6} megapixels`];
        return null;
      }
      if (width < 1 || height < 1) {
        fieldErrors[`${field}.data`] = ["has no pixels"];
        return null;
      }
      return { mime, width, height, orientation: meta.orientation };
    }),
  );
  if (Object.keys(fieldErrors).length) {
    const code = Object.values(fieldErrors).some((m) => m[0].startsWith("says")) ? "UNSUPPORTED_MEDIA_TYPE" : "BAD_INPUT";
    throw new AppError(code, "An image was rejected", fieldErrors);
  }
  const headers = results as ImageHeader[];
  const total = headers.reduce((n, h) => n + h.width * h.height, 0);
  if (total > LIMITS.listingPixels) {
    const mp = (px: number) => `${Math.round(px / 1e5) / 10}`;
    throw new AppError("PAYLOAD_TOO_LARGE", "The photos are too large together", {
      images: [`are ${mp(total)} megapixels together; the limit is ${mp(LIMITS.listingPixels)} megapixels per listing (fewer or smaller photos)`],
    });
  }
  return headers;
}

/** Metadata-free, upright bytes for each photo whose header passed readImageHeaders. */
export async function cleanImages(raw: RawListing, headers: ImageHeader[]): Promise<IntakeImage[]> {
  return Promise.all(
    headers.map(async ({ mime, width, height, orientation }, i): Promise<IntakeImage> => {
      const bytes = raw.rawImages[i];
      const clean = await uprightWithoutMetadata(bytes, mime, orientation);
      const turned = orientation !== undefined && orientation >= 5;
      return {
        bytes: clean,
        sha256: clean === bytes ? raw.rawImageSha256[i] : createHash("sha256").update(clean).digest("hex"),
        mime,
        width: turned ? height : width,
        height: turned ? width : height,
      };
    }),
  );
}

/**
 * Without EXIF a rotated phone photo would show sideways, so the rare rotated image is re-encoded
 * upright; everything else keeps its exact pixels.
 */
async function uprightWithoutMetadata(bytes: Buffer, mime: ImageType, orientation: number | undefined): Promise<Buffer> {
  if (!orientation || orientation === 1) return stripMetadata(bytes, mime);
  const img = sharp(bytes, { limitInputPixels: LIMITS.imagePixels }).rotate();
  const out = mime === "image/png" ? img.png() : mime === "image/webp" ? img.webp({ quality: 92 }) : img.jpeg({ quality: 92 });
  return out.toBuffer(); // sharp writes no metadata unless asked
}
