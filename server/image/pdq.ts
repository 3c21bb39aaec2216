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
 * The reference does all its arithmetic in 32-bit float; so does this: the pixel loops (steps 2
 * and 3) run in WebAssembly float32 (pdq-kernels.wat), the rest rounds every intermediate to
 * float32 (Float32Array stores and Math.fround), so the same decoded pixels give the same hash
 * bit for bit. Buffers are module-level and reused: pdqFromPixels is synchronous, so calls never
 * interleave.
 */
import { decodePixels, type RawPixels } from "./decode-pixels";
import { LAYOUT, pdqKernels, reserveRow } from "./pdq-kernels";

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

const ZERO_HASH = "0".repeat(64);

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

/**
 * Luma into plane 1 (numRows x numCols floats in the kernels' memory), applying the reference's
 * 512x512 clamp: CImg nearest neighbour, output (i, j) reads input (floor(i * H / numRows),
 * floor(j * W / numCols)). One source row at a time is copied in, so memory stays one row wide.
 */
function fillLuma(px: RawPixels, numRows: number, numCols: number): void {
  const { data, width, height, channels } = px;
  const k = pdqKernels();
  const rowStride = width * channels;
  reserveRow(rowStride);
  const resized = numRows !== height || numCols !== width;
  const cols = new Int32Array(k.memory.buffer, LAYOUT.cols, numCols);
  for (let j = 0; j < numCols; j++) cols[j] = (resized ? Math.floor((j * width) / numCols) : j) * channels;
  const bytes = new Uint8Array(k.memory.buffer);
  for (let i = 0; i < numRows; i++) {
    const start = (resized ? Math.floor((i * height) / numRows) : i) * rowStride;
    bytes.set(data.subarray(start, start + rowStride), LAYOUT.row);
    k.lumaRow(LAYOUT.row, LAYOUT.cols, numCols, channels, LAYOUT.plane1 + i * numCols * 4);
  }
}

/**
 * The reference Jarosz filter: two passes of box filters along rows then down columns, each a
 * running float sum in the reference's order (pdq-kernels.wat), then decimation to 64x64 at the
 * cell centres: in = trunc((out + 0.5) * inDim / 64).
 */
function jaroszTo64(numRows: number, numCols: number): void {
  const k = pdqKernels();
  const winAlongRows = jaroszWindow(numCols, 64);
  const winAlongCols = jaroszWindow(numRows, 64);
  for (let pass = 0; pass < NUM_JAROSZ_XY_PASSES; pass++) {
    k.rowsPass(LAYOUT.plane1, LAYOUT.plane2, numRows, numCols, winAlongRows);
    k.colsPass(LAYOUT.plane2, LAYOUT.plane1, LAYOUT.sums, numRows, numCols, winAlongCols);
  }
  for (let j = 0; j < 64; j++) sampleCols[j] = Math.trunc(((j + 0.5) * numCols) / 64);
  for (let i = 0; i < 64; i++) sampleRows[i] = Math.trunc(((i + 0.5) * numRows) / 64);
  const filtered = new Float32Array(k.memory.buffer, LAYOUT.plane1, numRows * numCols);
  for (let i = 0; i < 64; i++) {
    const base = sampleRows[i] * numCols;
    for (let j = 0; j < 64; j++) buf64[i * 64 + j] = filtered[base + sampleCols[j]];
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
  if (numRows === 64 && numCols === 64) buf64.set(new Float32Array(pdqKernels().memory.buffer, LAYOUT.plane1, 64 * 64));
  else jaroszTo64(numRows, numCols);
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
