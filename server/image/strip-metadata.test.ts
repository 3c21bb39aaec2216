import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff";
import { stripMetadata } from "./strip-metadata";

const base = () => sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } });
const withExif = { IFD0: { Copyright: "Jane Seller, 12 Secret Street", Artist: "GPS 51.5N" } };

describe("stripMetadata", () => {
  for (const format of ["jpeg", "png", "webp"] as const) {
    it(`${format}: removes EXIF, keeps the exact pixels`, async () => {
      const bytes = await base()[format]().withExif(withExif).toBuffer();
      expect((await sharp(bytes).metadata()).exif).toBeDefined();
      expect(bytes.includes(Buffer.from("Secret Street"))).toBe(true);

      const type = sniffImageType(bytes)!;
      const clean = stripMetadata(bytes, type);
      expect(clean.includes(Buffer.from("Secret Street"))).toBe(false);
      expect((await sharp(clean).metadata()).exif).toBeUndefined();
      const [a, b] = await Promise.all([sharp(bytes).raw().toBuffer(), sharp(clean).raw().toBuffer()]);
      expect(b.equals(a)).toBe(true);
    });
  }

  for (const format of ["jpeg", "png"] as const) {
    it(`${format}: hands back the same buffer when there is nothing to strip`, async () => {
      const bytes = await base()[format]().toBuffer(); // sharp writes no metadata unless asked
      expect(stripMetadata(bytes, sniffImageType(bytes)!)).toBe(bytes);
      const tagged = await base()[format]().withExif(withExif).toBuffer();
      expect(stripMetadata(tagged, sniffImageType(tagged)!)).not.toBe(tagged);
    });
  }

  it("sniffs types from bytes, not from claims", async () => {
    expect(sniffImageType(await base().png().toBuffer())).toBe("image/png");
    expect(sniffImageType(await base().jpeg().toBuffer())).toBe("image/jpeg");
    expect(sniffImageType(await base().webp().toBuffer())).toBe("image/webp");
    expect(sniffImageType(await base().gif().toBuffer())).toBeNull();
    expect(sniffImageType(Buffer.from("hello"))).toBeNull();
  });
});
