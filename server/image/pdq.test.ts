import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { hammingDistance, hexToWords, pdqFromImage, pdqFromPixels, popcount32 } from "./pdq";
import type { RawPixels } from "./decode-pixels";
import { bombPng } from "@/server/test/factories";

const FIXTURES = path.join(import.meta.dirname, "__fixtures__/pdq");
const SHARED = path.join(process.env.SIGHTLINE_SHARED_DIR ?? path.resolve(process.cwd(), "../shared"), "pdq");

interface RefRow {
  file: string;
  hash: string;
  quality: number;
}

function readReference(dir: string): RefRow[] {
  const lines = readFileSync(path.join(dir, "reference-hashes.csv"), "utf8").trim().split("\n").slice(1);
  return lines.map((line) => {
    const [file, hash, quality] = line.split(",");
    return { file, hash, quality: Number(quality) };
  });
}

/** Hashes every listed image and checks Meta's conformance rule; returns a printable summary. */
async function checkAgainstReference(dir: string, label: string): Promise<void> {
  const rows = readReference(dir);
  let exact = 0;
  let maxDistance = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const got = await pdqFromImage(readFileSync(path.join(dir, row.file)));
    const d = hammingDistance(got.hash, row.hash);
    if (d === 0) exact++;
    else misses.push(`${row.file} d=${d}`);
    if (row.quality >= 80) {
      maxDistance = Math.max(maxDistance, d);
      expect(d, `${row.file}: ${got.hash} vs ${row.hash}`).toBeLessThanOrEqual(10);
    }
    expect(Math.abs(got.quality - row.quality), `${row.file} quality`).toBeLessThanOrEqual(5);
  }
  console.log(
    `PDQ vs reference (${label}): ${exact}/${rows.length} exact, max Hamming distance ${maxDistance} ` +
      `(quality >= 80)${misses.length ? `; differing: ${misses.join(", ")}` : ""}`,
  );
}

describe("pdqFromImage against Meta's reference hashes", () => {
  it("matches the committed fixtures", async () => {
    await checkAgainstReference(FIXTURES, "fixtures");
  });

  it.skipIf(!existsSync(path.join(SHARED, "reference-hashes.csv")))("matches every shared reference image", async () => {
    await checkAgainstReference(SHARED, SHARED);
  });

  it("ignores EXIF orientation (hashes the stored pixel order)", async () => {
    const bytes = readFileSync(path.join(FIXTURES, "q1050-exif-orientation-6.jpg"));
    expect((await sharp(bytes).metadata()).orientation).toBe(6);
    const stored = await pdqFromImage(bytes);
    expect(stored.hash).toBe("489db672e9190276d452aeab41eba20f02375fe4092d88defdf491a5c55c5f70");
    const rotated = await pdqFromImage(await sharp(bytes).rotate().png().toBuffer());
    expect(hammingDistance(stored.hash, rotated.hash)).toBeGreaterThan(31);
  });
});

describe("pdqFromPixels", () => {
  it("gives the all-zero hash and quality 0 below 5 px on a side", () => {
    for (const [width, height] of [
      [4, 100],
      [100, 4],
      [1, 1],
      [0, 0],
    ]) {
      const data = new Uint8Array(width * height * 3).fill(200);
      expect(pdqFromPixels({ data, width, height, channels: 3 })).toEqual({ hash: "0".repeat(64), quality: 0 });
    }
    // 5x5 is hashable (a gradient, so some bits are set).
    const data = Uint8Array.from({ length: 25 }, (_, i) => i * 10);
    expect(pdqFromPixels({ data, width: 5, height: 5, channels: 1 }).hash).not.toBe("0".repeat(64));
  });

  it("drops alpha and treats grey as its own luma", () => {
    const rgb = randomPixels(200, 150, 3, 7);
    const rgba = new Uint8Array(200 * 150 * 4);
    for (let i = 0; i < 200 * 150; i++) {
      rgba.set(rgb.data.subarray(i * 3, i * 3 + 3), i * 4);
      rgba[i * 4 + 3] = (i * 31) & 255;
    }
    expect(pdqFromPixels({ data: rgba, width: 200, height: 150, channels: 4 })).toEqual(pdqFromPixels(rgb));
    const grey = randomPixels(120, 90, 1, 9);
    const greyAlpha = new Uint8Array(120 * 90 * 2);
    for (let i = 0; i < 120 * 90; i++) greyAlpha[i * 2] = grey.data[i];
    expect(pdqFromPixels({ data: greyAlpha, width: 120, height: 90, channels: 2 })).toEqual(pdqFromPixels(grey));
  });

  it("is bit-identical to a literal port of the reference C++ on random images", () => {
    const sizes: Array<[number, number, number]> = [
      [5, 5, 1],
      [7, 300, 3],
      [64, 64, 3],
      [65, 63, 4],
      [129, 127, 2],
      [300, 200, 3],
      [512, 512, 3],
      [513, 90, 3],
      [700, 1000, 1],
      [400_000, 6, 3], // a row wider than the kernels' initial memory: it grows
    ];
    sizes.forEach(([w, h, c], seed) => {
      const px = randomPixels(w, h, c, seed + 1, true);
      expect(pdqFromPixels(px), `${w}x${h}x${c}`).toEqual(referencePort(px));
    });
  });

  it("reports the time per image (printed, not asserted)", () => {
    const cases: Array<[number, number]> = [
      [512, 512],
      [1600, 1004],
      [320, 240],
    ];
    for (const [w, h] of cases) {
      const px = randomPixels(w, h, 3, 3, true);
      for (let i = 0; i < 10; i++) pdqFromPixels(px);
      const n = 50;
      const t0 = performance.now();
      for (let i = 0; i < n; i++) pdqFromPixels(px);
      console.log(`pdqFromPixels ${w}x${h} RGB: ${((performance.now() - t0) / n).toFixed(2)} ms per image`);
    }
  });
});

describe("robustness", () => {
  it("keeps a resized, recompressed copy close and an unrelated image far", async () => {
    const bytes = readFileSync(path.join(FIXTURES, "q2821.jpg"));
    const original = await pdqFromImage(bytes);
    const meta = await sharp(bytes).metadata();
    const smaller = await sharp(bytes)
      .resize(Math.round(meta.width! * 0.6))
      .jpeg({ quality: 55 })
      .toBuffer();
    const larger = await sharp(bytes).resize(meta.width! * 3).webp({ quality: 70 }).toBuffer();
    for (const copy of [smaller, larger]) {
      expect(hammingDistance(original.hash, (await pdqFromImage(copy)).hash)).toBeLessThanOrEqual(20);
    }
    const unrelated = [
      await pdqFromImage(readFileSync(path.join(FIXTURES, "wee.jpg"))),
      await pdqFromImage(readFileSync(path.join(FIXTURES, "pdq_blue_transparent.png"))),
      await pdqFromImage(readFileSync(path.join(FIXTURES, "square-128x128.jpg"))),
    ];
    for (const other of unrelated) expect(hammingDistance(original.hash, other.hash)).toBeGreaterThan(31);
  });

  it("rejects undecodable bytes", async () => {
    await expect(pdqFromImage(Buffer.from("not an image"))).rejects.toThrow();
  });

  it("refuses an image over the intake's pixel limit before decoding it", async () => {
    // Hashing starts beside the intake checks, so it must not wait for them to stop a bomb:
    // 7000 x 7000 is over the 40 MP limit and under sharp's own.
    await expect(pdqFromImage(bombPng(7000, 7000))).rejects.toThrow(/pixel limit/);
  });
});

describe("hammingDistance", () => {
  it("counts differing bits", () => {
    const zero = "0".repeat(64);
    expect(hammingDistance(zero, zero)).toBe(0);
    expect(hammingDistance(zero, "f".repeat(64))).toBe(256);
    expect(hammingDistance(zero, "8" + "0".repeat(62) + "1")).toBe(2);
    expect(hammingDistance("F".repeat(64), "f".repeat(64))).toBe(0);
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    for (let t = 0; t < 200; t++) {
      const a = Array.from({ length: 64 }, () => (next() >>> 7) & 15);
      const b = Array.from({ length: 64 }, () => (next() >>> 7) & 15);
      const slow = a.reduce((acc, x, i) => acc + [...(x ^ b[i]).toString(2)].filter((ch) => ch === "1").length, 0);
      const hex = (v: number[]) => v.map((x) => x.toString(16)).join("");
      expect(hammingDistance(hex(a), hex(b))).toBe(slow);
    }
  });

  it("rejects malformed hashes", () => {
    expect(() => hammingDistance("abc", "0".repeat(64))).toThrow();
    expect(() => hammingDistance("g".repeat(64), "0".repeat(64))).toThrow();
  });

  it("exposes word parsing and popcount", () => {
    expect([...hexToWords("0123456789abcdef".repeat(4)).slice(0, 2)]).toEqual([0x01234567, 0x89abcdef]);
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(0x80000001)).toBe(2);
  });
});

// ---------------------------------------------------------------- helpers

function randomPixels(width: number, height: number, channels: number, seed: number, smooth = false): RawPixels {
  let state = seed >>> 0 || 1;
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < channels; c++) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        const noise = state >>> 24;
        // Smooth images have structure at PDQ's scale, so the hash is not all noise.
        const v = smooth ? 128 + 90 * Math.sin(x / 37 + c) * Math.cos(y / 23) + (noise - 128) / 8 : noise;
        data[(y * width + x) * channels + c] = Math.max(0, Math.min(255, Math.round(v)));
      }
    }
  }
  return { data, width, height, channels };
}

/**
 * A literal transliteration of the reference (pdqio.cpp, pdqhashing.cpp, downscaling.cpp,
 * torben.cpp) with float32 rounding at every step, used as the oracle for the optimised code.
 */
function referencePort(px: RawPixels): { hash: string; quality: number } {
  const f = Math.fround;
  let { width: cols, height: rows } = px;
  const src = (r: number, c: number) => {
    const sr = rows === px.height ? r : Math.floor((r * px.height) / rows);
    const sc = cols === px.width ? c : Math.floor((c * px.width) / cols);
    return (sr * px.width + sc) * px.channels;
  };
  if (rows > 512 || cols > 512) rows = cols = 512;
  if (rows < 5 || cols < 5) return { hash: "0".repeat(64), quality: 0 };
  const b1 = new Float32Array(rows * cols);
  const b2 = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const p = src(r, c);
      const d = px.data;
      b1[r * cols + c] =
        px.channels >= 3
          ? f(f(f(f(0.299) * d[p]) + f(f(0.587) * d[p + 1])) + f(f(0.114) * d[p + 2]))
          : d[p];
    }
  }
  const box = (inp: Float32Array, out: Float32Array, start: number, len: number, stride: number, win: number) => {
    const half = Math.trunc((win + 2) / 2);
    let li = start;
    let ri = start;
    let oi = start;
    let sum = 0;
    let cur = 0;
    for (let i = 0; i < half - 1; i++, ri += stride) (sum = f(sum + inp[ri])), cur++;
    for (let i = 0; i < win - half + 1; i++, ri += stride, oi += stride) {
      sum = f(sum + inp[ri]);
      cur++;
      out[oi] = sum / cur;
    }
    for (let i = 0; i < len - win; i++, li += stride, ri += stride, oi += stride) {
      sum = f(sum + inp[ri]);
      sum = f(sum - inp[li]);
      out[oi] = sum / cur;
    }
    for (let i = 0; i < half - 1; i++, li += stride, oi += stride) {
      sum = f(sum - inp[li]);
      cur--;
      out[oi] = sum / cur;
    }
  };
  const a = new Float32Array(64 * 64);
  if (rows === 64 && cols === 64) a.set(b1);
  else {
    const wr = Math.trunc((cols + 127) / 128);
    const wc = Math.trunc((rows + 127) / 128);
    for (let pass = 0; pass < 2; pass++) {
      for (let r = 0; r < rows; r++) box(b1, b2, r * cols, cols, 1, wr);
      for (let c = 0; c < cols; c++) box(b2, b1, c, rows, cols, wc);
    }
    for (let i = 0; i < 64; i++) {
      const ini = Math.trunc(((i + 0.5) * rows) / 64);
      for (let j = 0; j < 64; j++) a[i * 64 + j] = b1[ini * cols + Math.trunc(((j + 0.5) * cols) / 64)];
    }
  }
  let g = 0;
  for (let i = 0; i < 63; i++)
    for (let j = 0; j < 64; j++) g += Math.abs(Math.trunc(f(f(f(a[i * 64 + j] - a[(i + 1) * 64 + j]) * 100) / 255)));
  for (let i = 0; i < 64; i++)
    for (let j = 0; j < 63; j++) g += Math.abs(Math.trunc(f(f(f(a[i * 64 + j] - a[i * 64 + j + 1]) * 100) / 255)));
  const quality = Math.min(100, Math.trunc(g / 90));
  const D = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++)
    for (let j = 0; j < 64; j++) D[i * 64 + j] = f(Math.sqrt(2 / 64)) * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
  const T = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++)
    for (let j = 0; j < 64; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s = f(s + f(D[i * 64 + k] * a[k * 64 + j]));
      T[i * 64 + j] = s;
    }
  const B = new Float32Array(256);
  for (let i = 0; i < 16; i++)
    for (let j = 0; j < 16; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s = f(s + f(T[i * 64 + k] * D[j * 64 + k]));
      B[i * 16 + j] = s;
    }
  const median = torben(B);
  const w = new Uint16Array(16);
  for (let k = 0; k < 256; k++) if (B[k] > median) w[k >> 4] |= 1 << (k & 15);
  const hash = [...w].reverse().map((x) => x.toString(16).padStart(4, "0")).join("");
  return { hash, quality };
}

function torben(m: Float32Array): number {
  const n = m.length;
  const f = Math.fround;
  let min = m[0];
  let max = m[0];
  for (const v of m) (min = Math.min(min, v)), (max = Math.max(max, v));
  for (;;) {
    const guess = f((min + max) / 2);
    let less = 0;
    let greater = 0;
    let equal = 0;
    let maxlt = min;
    let mingt = max;
    for (const v of m) {
      if (v < guess) (less++, v > maxlt && (maxlt = v));
      else if (v > guess) (greater++, v < mingt && (mingt = v));
      else equal++;
    }
    const half = Math.trunc((n + 1) / 2);
    if (less <= half && greater <= half) {
      if (less >= half) return maxlt;
      if (less + equal >= half) return guess;
      return mingt;
    }
    if (less > greater) max = maxlt;
    else min = mingt;
  }
}
