import { createHash } from "node:crypto";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { pdqFromImage } from "../image/pdq";
import { sniffImageType } from "../image/sniff";
import { benchPhotoPool, uniqueCopy } from "./bench-photos";

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("bench photos", () => {
  it("a unique copy has other bytes but the same pixels and PDQ hash (JPEG and PNG)", async () => {
    const jpeg = { bytes: await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } }).jpeg().toBuffer(), contentType: "image/jpeg" as const };
    const png = { bytes: await sharp({ create: { width: 64, height: 48, channels: 3, background: "#a37" } }).png().toBuffer(), contentType: "image/png" as const };
    for (const photo of [jpeg, png]) {
      const a = uniqueCopy(photo, "1");
      const b = uniqueCopy(photo, "2");
      expect(new Set([sha(photo.bytes), sha(a.bytes), sha(b.bytes)]).size).toBe(3);
      expect(sniffImageType(a.bytes)).toBe(photo.contentType);
      const [p0, p1] = await Promise.all([photo, a].map((x) => sharp(x.bytes).raw().toBuffer()));
      expect(p1.equals(p0)).toBe(true);
      expect((await pdqFromImage(a.bytes)).hash).toBe((await pdqFromImage(photo.bytes)).hash);
    }
  });

  it("the pool mixes photos and gives distinct files", async () => {
    const pool = await benchPhotoPool(20);
    expect(pool.length).toBeGreaterThan(1);
    expect(new Set(pool.map((p) => sha(p.bytes))).size).toBe(pool.length);
  });
});
