/** The upload flow's request, validated field by field at the boundary (zod). */
import { z } from "zod";
import { ACCEPTED_IMAGE_TYPES } from "../image/sniff";

export const LIMITS = {
  titleChars: 300,
  descriptionChars: 20_000,
  images: 8,
  imageBytes: 10 * 1024 * 1024,
  /** Decoded pixels per image: stops decompression bombs (a 50 kB PNG can claim 100k x 100k). */
  imagePixels: Number(process.env.SIGHTLINE_MAX_IMAGE_PIXELS ?? 40_000_000),
} as const;

const id = z
  .string()
  .min(1, "is required")
  .max(128, "is at most 128 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, "may contain letters, digits and _ . : - only");

// base64 of 10 MB is 13.98 M characters; the exact byte limit is checked after decoding.
const maxBase64Chars = Math.ceil(LIMITS.imageBytes / 3) * 4;

export const predictImageSchema = z.object({
  contentType: z.enum(ACCEPTED_IMAGE_TYPES as [string, ...string[]], {
    error: "must be image/jpeg, image/png or image/webp",
  }),
  data: z
    .string()
    .min(1, "is empty")
    .max(maxBase64Chars, `is over ${LIMITS.imageBytes / 1024 / 1024} MB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "is not valid base64"),
});

export const predictInputSchema = z.object({
  listingId: id,
  sellerId: id,
  title: z.string().trim().min(1, "is required").max(LIMITS.titleChars, `is at most ${LIMITS.titleChars} characters`),
  description: z.string().max(LIMITS.descriptionChars, `is at most ${LIMITS.descriptionChars} characters`).default(""),
  category: z.string().trim().min(1).max(64, "is at most 64 characters").optional(),
  region: z
    .string()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "must be an ISO 3166 code such as US or DE-BY")
    .optional(),
  price: z.number().finite().nonnegative("must be 0 or more").max(1e9, "is implausibly high").optional(),
  images: z.array(predictImageSchema).max(LIMITS.images, `at most ${LIMITS.images} images`).default([]),
});

export type PredictInput = z.infer<typeof predictInputSchema>;
