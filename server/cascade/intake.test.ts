/**
 * The intake's pixel limits are read from the photos' headers, before anything decodes them: one
 * photo over the per-image limit, or a listing's photos together over the per-listing limit, are
 * refused with a field-level error.
 */
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { bombPng } from "../test/factories";
import { decodeAndHash, readImageHeaders } from "./intake";
import { LIMITS, type PredictInput } from "./predict-input";

const listing = (pngs: Buffer[]): PredictInput => ({
  listingId: "l-1",
  sellerId: "s-1",
  title: "Photos",
  description: "",
  images: pngs.map((p) => ({ contentType: "image/png", data: p.toString("base64") })),
});

async function refusal(pngs: Buffer[]): Promise<AppError> {
  try {
    await readImageHeaders(decodeAndHash(listing(pngs)));
  } catch (err) {
    return err as AppError;
  }
  throw new Error("expected the listing to be refused");
}

describe("readImageHeaders", () => {
  it("passes a full listing of ordinary phone photos (8 x 4032x3024)", async () => {
    // Headers only: these PNGs claim their size and could not be decoded at all.
    const headers = await readImageHeaders(decodeAndHash(listing(Array.from({ length: LIMITS.images }, () => bombPng(4032, 3024)))));
    expect(headers).toHaveLength(8);
    expect(headers[0]).toMatchObject({ mime: "image/png", width: 4032, height: 3024 });
  });

  it("refuses photos that are each within the per-image limit but too many pixels together", async () => {
    const err = await refusal([bombPng(6000, 6000), bombPng(6000, 6000), bombPng(6000, 6000)]);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("PAYLOAD_TOO_LARGE");
    expect(err.fieldErrors?.images[0]).toBe("are 108 megapixels together; the limit is 100 megapixels per listing (fewer or smaller photos)");
  });

  it("refuses one photo over the per-image limit, naming it", async () => {
    const err = await refusal([bombPng(100, 100), bombPng(50_000, 50_000)]);
    expect(err.code).toBe("BAD_INPUT");
    expect(err.fieldErrors?.["images.1.data"][0]).toMatch(/is 50000x50000 pixels; the limit is 40 megapixels/);
  });
});
