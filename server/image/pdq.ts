/**
 * PDQ perceptual hash (Meta, facebook/ThreatExchange pdq/), matching the reference C++
 * `pdq-photo-hasher` step for step:
 *
 *   1. images wider or taller than 512 px are resized to exactly 512x512 by nearest neighbour
 *      (CImg's default `resize`: output x reads input floor(x * W / 512), aspect not kept);
 *   2. luma = 0.299 R + 0.587 G + 0.114 B in float (grey images: the grey value; alpha dropped);
 *   3. two passes of a Jarosz box filter (rows then columns) with window ceil(dim / 128),
 *      then decimation to 64x64 at the cell centres;
 *   4. quality = sum of quantised gradients of the 64x64 image / 90, clamped to 100;
 *   5. the 16x16 top-left corner (frequencies 1..16) of the 2-D DCT of the 64x64 image;
 *   6. bit k = i*16 + j set where DCT[i][j] > median (lower median of the 256 values);
 *      hex = the 16 sixteen-bit words from word 15 down to word 0.
 *
 * The reference does all its arithmetic in 32-bit float; every intermediate here is rounded to
 * float32 the same way (Float32Array stores and Math.fround), so the same decoded pixels give the
 * same hash bit for bit. Buffers are module-level and reused: pdqFromPixels is synchronous, so
 * calls never interleave.
 */
import { decodePixels, type RawPixels } from "./decode-pixels";

export interface PdqResult {
  /** 64 lowercase hex characters. */
  hash: string;
  /** 0..100; below ~50 the hash is not to be trusted for matching. */
  quality: number;
}

const MIN_HASHABLE_DIM = 5;
const DOWNSAMPLE_DIMS = 512;
const NUM_JAROSZ_XY_PASSES = 2;

const f32 = Math.fround;
const LUMA_R = f32(0.299);
const LUMA_G = f32(0.587);
const LUMA_B = f32(0.114);

const ZERO_HASH = "0".repeat(64);

// Full-size work buffers: after the 512 clamp no image is larger than 512x512.
const full1 = new Float32Array(DOWNSAMPLE_DIMS * DOWNSAMPLE_DIMS);
const full2 = new Float32Array(DOWNSAMPLE_DIMS * DOWNSAMPLE_DIMS);
const colSums = new Float32Array(DOWNSAMPLE_DIMS);
const srcCols = new Int32Array(DOWNSAMPLE_DIMS);
const sampleCols = new Int32Array(64);
const sampleRows = new Int32Array(64);
const buf64 = new Float32Array(64 * 64);
const buf16x64 = new Float32Array(16 * 64);
const buf16 = new Float32Array(16 * 16);
const sorted16 = new Float32Array(16 * 16);
const words = new Uint16Array(16);

/** 16x64 DCT-II basis rows 1..16, row-major, as the reference builds it (float). */
const DCT = (() => {
  const m = new Float32Array(16 * 64);
  const scale = f32(Math.sqrt(2.0 / 64));
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      m[i * 64 + j] = scale * Math.cos((Math.PI / 2.0 / 64) * (i + 1) * (2 * j + 1));
    }
  }
  return m;
})();

/** Jarosz window size so that two box passes cover one output cell: ceil(old / (2 * new)). */
function jaroszWindow(oldDim: number, newDim: number): number {
  return Math.trunc((oldDim + 2 * newDim - 1) / (2 * newDim));
}

/** Fills full1 (numRows x numCols) with float luma, applying the reference's 512x512 clamp. */
function fillLuma(px: RawPixels, numRows: number, numCols: number): void {
  const { data, width, height, channels } = px;
  const resized = numRows !== height || numCols !== width;
  // CImg nearest neighbour: output x reads input floor(x * W / 512); byte offsets per column.
  for (let j = 0; j < numCols; j++) srcCols[j] = (resized ? Math.floor((j * width) / numCols) : j) * channels;
  const rowStride = width * channels;
  for (let i = 0; i < numRows; i++) {
    const rowBase = (resized ? Math.floor((i * height) / numRows) : i) * rowStride;
    const outBase = i * numCols;
    if (channels >= 3) {
      for (let j = 0; j < numCols; j++) {
        const p = rowBase + srcCols[j];
        full1[outBase + j] = f32(f32(f32(LUMA_R * data[p]) + f32(LUMA_G * data[p + 1])) + f32(LUMA_B * data[p + 2]));
      }
    } else {
      for (let j = 0; j < numCols; j++) full1[outBase + j] = data[rowBase + srcCols[j]];
    }
  }
}

/**
 * Reference box1DFloat along each row (stride 1), float accumulation in the same order. The
 * running sum is a serial float chain, so four rows are filtered side by side for ILP; rows past
 * the last multiple of four go through the one-row loop.
 */
function boxAlongRows(input: Float32Array, out: Float32Array, numRows: number, numCols: number, win: number): void {
  const half = Math.trunc((win + 2) / 2);
  const p1 = half - 1;
  const p2 = win - half + 1;
  const p3 = numCols - win;
  const p4 = half - 1;
  const n4 = numRows - (numRows % 4);
  for (let r = 0; r < n4; r += 4) {
    const b0 = r * numCols;
    const b1 = b0 + numCols;
    const b2 = b1 + numCols;
    const b3 = b2 + numCols;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let ri = 0;
    let li = 0;
    let oi = 0;
    let size = 0;
    for (let k = 0; k < p1; k++, ri++) {
      s0 = f32(s0 + input[b0 + ri]);
      s1 = f32(s1 + input[b1 + ri]);
      s2 = f32(s2 + input[b2 + ri]);
      s3 = f32(s3 + input[b3 + ri]);
      size++;
    }
    for (let k = 0; k < p2; k++, ri++, oi++) {
      s0 = f32(s0 + input[b0 + ri]);
      s1 = f32(s1 + input[b1 + ri]);
      s2 = f32(s2 + input[b2 + ri]);
      s3 = f32(s3 + input[b3 + ri]);
      size++;
      out[b0 + oi] = s0 / size;
      out[b1 + oi] = s1 / size;
      out[b2 + oi] = s2 / size;
      out[b3 + oi] = s3 / size;
    }
    for (let k = 0; k < p3; k++, ri++, li++, oi++) {
      s0 = f32(f32(s0 + input[b0 + ri]) - input[b0 + li]);
      s1 = f32(f32(s1 + input[b1 + ri]) - input[b1 + li]);
      s2 = f32(f32(s2 + input[b2 + ri]) - input[b2 + li]);
      s3 = f32(f32(s3 + input[b3 + ri]) - input[b3 + li]);
      out[b0 + oi] = s0 / size;
      out[b1 + oi] = s1 / size;
      out[b2 + oi] = s2 / size;
      out[b3 + oi] = s3 / size;
    }
    for (let k = 0; k < p4; k++, li++, oi++) {
      s0 = f32(s0 - input[b0 + li]);
      s1 = f32(s1 - input[b1 + li]);
      s2 = f32(s2 - input[b2 + li]);
      s3 = f32(s3 - input[b3 + li]);
      size--;
      out[b0 + oi] = s0 / size;
      out[b1 + oi] = s1 / size;
      out[b2 + oi] = s2 / size;
      out[b3 + oi] = s3 / size;
    }
  }
  for (let r = n4; r < numRows; r++) {
    const base = r * numCols;
    let li = base;
    let ri = base;
    let oi = base;
    let sum = 0;
    let size = 0;
    for (let k = 0; k < p1; k++) {
      sum = f32(sum + input[ri++]);
      size++;
    }
    for (let k = 0; k < p2; k++) {
      sum = f32(sum + input[ri++]);
      size++;
      out[oi++] = sum / size;
    }
    for (let k = 0; k < p3; k++) {
      sum = f32(sum + input[ri++]);
      sum = f32(sum - input[li++]);
      out[oi++] = sum / size;
    }
    for (let k = 0; k < p4; k++) {
      sum = f32(sum - input[li++]);
      size--;
      out[oi++] = sum / size;
    }
  }
}

/**
 * Reference box1DFloat down every column, computed row by row for cache locality: each column's
 * running float sum lives in colSums and is updated in exactly the reference's order.
 */
function boxAlongCols(input: Float32Array, out: Float32Array, numRows: number, numCols: number, win: number): void {
  const half = Math.trunc((win + 2) / 2);
  const p1 = half - 1;
  const p2 = win - half + 1;
  const p3 = numRows - win;
  const p4 = half - 1;
  colSums.fill(0, 0, numCols);
  let ri = 0;
  let li = 0;
  let oi = 0;
  let size = 0;
  for (let k = 0; k < p1; k++, ri += numCols) {
    size++;
    for (let j = 0; j < numCols; j++) colSums[j] = colSums[j] + input[ri + j];
  }
  for (let k = 0; k < p2; k++, ri += numCols, oi += numCols) {
    size++;
    for (let j = 0; j < numCols; j++) {
      const s = f32(colSums[j] + input[ri + j]);
      colSums[j] = s;
      out[oi + j] = s / size;
    }
  }
  for (let k = 0; k < p3; k++, ri += numCols, li += numCols, oi += numCols) {
    for (let j = 0; j < numCols; j++) {
      const s = f32(f32(colSums[j] + input[ri + j]) - input[li + j]);
      colSums[j] = s;
      out[oi + j] = s / size;
    }
  }
  for (let k = 0; k < p4; k++, li += numCols, oi += numCols) {
    size--;
    for (let j = 0; j < numCols; j++) {
      const s = f32(colSums[j] - input[li + j]);
      colSums[j] = s;
      out[oi + j] = s / size;
    }
  }
}

/**
 * The last column pass feeds only the 64x64 decimation, so only the 64 sampled columns are
 * filtered (same per-column arithmetic as boxAlongCols), and only the 64 sampled rows written.
 */
function boxAlongSampledCols(input: Float32Array, numRows: number, numCols: number, win: number): void {
  const half = Math.trunc((win + 2) / 2);
  const p1 = half - 1;
  const p2 = win - half + 1;
  const p3 = numRows - win;
  const p4 = half - 1;
  colSums.fill(0, 0, 64);
  let nextOut = 0; // index into sampleRows of the next row to write
  let r = 0; // input row to add
  let l = 0; // input row to subtract
  let o = 0; // output row
  let size = 0;
  const emit = () => {
    while (nextOut < 64 && sampleRows[nextOut] === o) {
      const b = nextOut * 64;
      for (let c = 0; c < 64; c++) buf64[b + c] = colSums[c] / size;
      nextOut++;
    }
    o++;
  };
  for (let k = 0; k < p1 + p2 + p3 + p4; k++) {
    const add = k < p1 + p2 + p3;
    const sub = k >= p1 + p2;
    if (add && !sub) size++;
    if (sub && !add) size--;
    const rb = r * numCols;
    const lb = l * numCols;
    for (let c = 0; c < 64; c++) {
      const j = sampleCols[c];
      let s = colSums[c];
      if (add) s = f32(s + input[rb + j]);
      if (sub) s = f32(s - input[lb + j]);
      colSums[c] = s;
    }
    if (add) r++;
    if (sub) l++;
    if (k >= p1) emit();
  }
}

/** Reference pdqImageDomainQualityMetric on buf64. */
function qualityOf64(): number {
  let gradientSum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      const d = Math.trunc(f32(f32(f32(buf64[i * 64 + j] - buf64[(i + 1) * 64 + j]) * 100) / 255));
      gradientSum += Math.abs(d);
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      const d = Math.trunc(f32(f32(f32(buf64[i * 64 + j] - buf64[i * 64 + j + 1]) * 100) / 255));
      gradientSum += Math.abs(d);
    }
  }
  return Math.min(100, Math.trunc(gradientSum / 90));
}

/** B = D A D^t restricted to frequencies 1..16, float accumulation in the reference's order. */
function dct64To16(): void {
  for (let i = 0; i < 16; i++) {
    const d = i * 64;
    for (let j = 0; j < 64; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = f32(sum + f32(DCT[d + k] * buf64[k * 64 + j]));
      buf16x64[i * 64 + j] = sum;
    }
  }
  for (let i = 0; i < 16; i++) {
    const t = i * 64;
    for (let j = 0; j < 16; j++) {
      const d = j * 64;
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = f32(sum + f32(buf16x64[t + k] * DCT[d + k]));
      buf16[i * 16 + j] = sum;
    }
  }
}

const HEX = "0123456789abcdef";

/** Bits above the (lower) median, as the reference's Torben median selects it; hex words 15..0. */
function bitsToHex(): string {
  sorted16.set(buf16);
  sorted16.sort();
  const median = sorted16[127];
  words.fill(0);
  for (let k = 0; k < 256; k++) {
    if (buf16[k] > median) words[k >> 4] |= 1 << (k & 15);
  }
  let hex = "";
  for (let w = 15; w >= 0; w--) {
    const v = words[w];
    hex += HEX[(v >> 12) & 15] + HEX[(v >> 8) & 15] + HEX[(v >> 4) & 15] + HEX[v & 15];
  }
  return hex;
}

/** PDQ hash of decoded 8-bit interleaved pixels (1-4 channels; alpha ignored). */
export function pdqFromPixels(px: RawPixels): PdqResult {
  const { width, height, channels, data } = px;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`pdq: bad image size ${width}x${height}`);
  }
  if (channels < 1 || channels > 4 || data.length < width * height * channels) {
    throw new RangeError(`pdq: ${data.length} bytes do not hold ${width}x${height}x${channels} pixels`);
  }
  let numRows = height;
  let numCols = width;
  if (numRows > DOWNSAMPLE_DIMS || numCols > DOWNSAMPLE_DIMS) {
    numRows = DOWNSAMPLE_DIMS;
    numCols = DOWNSAMPLE_DIMS;
  }
  if (numRows < MIN_HASHABLE_DIM || numCols < MIN_HASHABLE_DIM) return { hash: ZERO_HASH, quality: 0 };

  fillLuma(px, numRows, numCols);
  if (numRows === 64 && numCols === 64) {
    buf64.set(full1.subarray(0, 64 * 64));
  } else {
    const winAlongRows = jaroszWindow(numCols, 64);
    const winAlongCols = jaroszWindow(numRows, 64);
    // Decimation samples the cell centres: in = trunc((out + 0.5) * inDim / 64).
    for (let j = 0; j < 64; j++) sampleCols[j] = Math.trunc(((j + 0.5) * numCols) / 64);
    for (let i = 0; i < 64; i++) sampleRows[i] = Math.trunc(((i + 0.5) * numRows) / 64);
    for (let pass = 0; pass < NUM_JAROSZ_XY_PASSES - 1; pass++) {
      boxAlongRows(full1, full2, numRows, numCols, winAlongRows);
      boxAlongCols(full2, full1, numRows, numCols, winAlongCols);
    }
    boxAlongRows(full1, full2, numRows, numCols, winAlongRows);
    boxAlongSampledCols(full2, numRows, numCols, winAlongCols); // writes buf64
  }
  const quality = qualityOf64();
  dct64To16();
  return { hash: bitsToHex(), quality };
}

/** Decodes with sharp (stored pixel order, EXIF orientation ignored) and hashes. */
export async function pdqFromImage(bytes: Buffer | Uint8Array): Promise<PdqResult> {
  return pdqFromPixels(await decodePixels(bytes));
}

// ---------------------------------------------------------------- Hamming distance

const HEX_HASH = /^[0-9a-fA-F]{64}$/;

/** Parses a 64-hex-digit PDQ hash into 8 big-endian 32-bit words (word 0 = first 8 hex digits). */
export function hexToWords(hex: string, out: Uint32Array = new Uint32Array(8), offset = 0): Uint32Array {
  if (hex.length !== 64 || !HEX_HASH.test(hex)) throw new RangeError(`not a 256-bit hex hash: "${hex}"`);
  for (let w = 0; w < 8; w++) out[offset + w] = parseInt(hex.slice(w * 8, w * 8 + 8), 16);
  return out;
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

const wa = new Uint32Array(8);
const wb = new Uint32Array(8);

/** Number of differing bits between two 64-hex-digit hashes (0..256). */
export function hammingDistance(a: string, b: string): number {
  hexToWords(a, wa);
  hexToWords(b, wb);
  let d = 0;
  for (let w = 0; w < 8; w++) d += popcount32(wa[w] ^ wb[w]);
  return d;
}
