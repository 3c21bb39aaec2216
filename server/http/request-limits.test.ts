/**
 * The body caps against the largest requests the schemas allow, serialised exactly as a tRPC
 * client sends them (superjson): legitimate requests fit, and the caps are not far above them.
 */
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { LIMITS, maxBase64Chars, predictInputSchema } from "../cascade/predict-input";
import { policyDraftSchema } from "../policy/publish-policy";
import { DEFAULT_THRESHOLDS } from "../policy/thresholds";
import { CATEGORIES } from "../taxonomy";
import { CONSOLE_MAX_BODY_BYTES, maxBodyBytes, PREDICT_MAX_BODY_BYTES } from "./request-limits";

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(superjson.serialize(value)));

describe("request body caps", () => {
  it("fit the largest listing.predict the schema accepts, with every text character at its longest JSON form", () => {
    const worstChar = "\u0001"; // JSON writes it as \u0001: six bytes
    const image = { contentType: "image/jpeg", data: "A".repeat(maxBase64Chars) };
    const input = {
      listingId: "l".repeat(128),
      sellerId: "s".repeat(128),
      title: worstChar.repeat(LIMITS.titleChars),
      description: worstChar.repeat(LIMITS.descriptionChars),
      category: worstChar.repeat(64),
      region: "DE-BY",
      price: 999_999_999.99,
      images: Array.from({ length: LIMITS.images }, () => image),
    };
    expect(predictInputSchema.safeParse(input).success).toBe(true);
    const largest = bytes(input);
    expect(largest).toBeLessThanOrEqual(PREDICT_MAX_BODY_BYTES);
    expect(maxBodyBytes(1)).toBeGreaterThan(largest);
    // Headroom, not a second limit: within 1% of the largest legitimate listing.
    expect(PREDICT_MAX_BODY_BYTES / largest).toBeLessThan(1.01);
  });

  it("fit a policy draft that overrides every category for every two-letter region code", () => {
    const regionOverrides: Record<string, unknown> = {};
    for (let a = 65; a < 91; a++) for (let b = 65; b < 91; b++) regionOverrides[String.fromCharCode(a, b)] = DEFAULT_THRESHOLDS;
    const draft = { thresholds: DEFAULT_THRESHOLDS, regionOverrides };
    expect(policyDraftSchema.safeParse(draft).success).toBe(true);
    expect(Object.keys(DEFAULT_THRESHOLDS).sort()).toEqual([...CATEGORIES].sort());
    const publish = { draft, note: "n".repeat(500), baseVersion: 1 };
    expect(bytes(publish)).toBeLessThan(CONSOLE_MAX_BODY_BYTES);
  });
});
