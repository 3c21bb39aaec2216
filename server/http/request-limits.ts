/**
 * How much one /api/trpc request may carry. The predict cap is derived from the predict input
 * schema's own limits, so raising an image limit there raises it here.
 */
import { LIMITS, maxBase64Chars } from "../cascade/predict-input";

export { MAX_BATCH_CALLS } from "./batch-limit";

/**
 * Room for everything in a listing besides the image data: ids, title, description, category and
 * region at their schema limits, with every character written as a six-byte JSON escape (\uXXXX,
 * the longest form JSON has), plus keys, punctuation and superjson's wrapper.
 */
const PREDICT_TEXT_BYTES = 6 * (2 * 128 + LIMITS.titleChars + LIMITS.descriptionChars + 64 + 16) + 64 * 1024;

/** The largest legitimate listing.predict body: every image at its size limit, in base64. */
export const PREDICT_MAX_BODY_BYTES = LIMITS.images * (maxBase64Chars + 256) + PREDICT_TEXT_BYTES;

/**
 * Everything else (console calls, login, calls without a valid service token): small inputs, each
 * bounded by its schema. The largest is a policy draft; one overriding every category for every
 * ISO 3166-1 country fits with room to spare (server/http/request-limits.test.ts measures it).
 */
export const CONSOLE_MAX_BODY_BYTES = 1024 * 1024;

/** What one request may carry: `predictCalls` listings when the caller holds a service token. */
export function maxBodyBytes(predictCalls: number): number {
  return CONSOLE_MAX_BODY_BYTES + predictCalls * PREDICT_MAX_BODY_BYTES;
}
