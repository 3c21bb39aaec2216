/**
 * The occlusion tool's model side, in the browser: the SAME image encoder
 * (mobilenetv2-12-int8-features.onnx) and fusion head (fusion-head.onnx) the server runs, through
 * onnxruntime-web's wasm backend (single thread, everything served by this app: no network).
 *
 * The pure half (preprocessing on RGBA pixels, mask rasterising, mean pooling, head feeds) has no
 * browser dependency so the parity tests run it in Node against server/image/preprocess.ts and
 * server/inference/fusion-head.ts. Nothing here may import server code that needs Node (sharp,
 * onnxruntime-node); the pure tensor and pooling arithmetic is shared with the server.
 */
import type * as Ort from "onnxruntime-web";
import { IMAGENET_MEAN, IMAGENET_STD, INPUT_SIZE, rgbToTensor } from "@/server/image/tensor";
import { FEATURE_CHANNELS, FEATURE_HW, meanPool } from "@/server/inference/pooling";

export { FEATURE_CHANNELS, FEATURE_HW, IMAGENET_MEAN, IMAGENET_STD, INPUT_SIZE, meanPool, rgbToTensor };

// ---------------------------------------------------------------------------------------------
// Pure: preprocessing exactly like server/image/preprocess.ts (crop mode)
// ---------------------------------------------------------------------------------------------

/** The mean colour in 0..255: a pixel of this colour is (about) zero after normalisation. */
export const MEAN_RGB = IMAGENET_MEAN.map((m) => Math.round(m * 255)) as [number, number, number];

/**
 * Where the 224×224 crop sits, as sharp computes it for `fit: "cover", position: "centre"`:
 * resize so the short side is 224 (the long side rounded), then cut the centre with sharp's
 * integer offset ((in − out + 1) / 2, integer division).
 */
export function cropGeometry(width: number, height: number, size = INPUT_SIZE) {
  const scale = size / Math.min(width, height);
  const rw = Math.max(size, Math.round(width * scale));
  const rh = Math.max(size, Math.round(height * scale));
  return { rw, rh, left: Math.floor((rw - size + 1) / 2), top: Math.floor((rh - size + 1) / 2) };
}

function lanczos3(x: number): number {
  if (x === 0) return 1;
  if (x <= -3 || x >= 3) return 0;
  const px = Math.PI * x;
  return (3 * Math.sin(px) * Math.sin(px / 3)) / (px * px);
}

/** Per output index: first source index and normalised Lanczos-3 weights (antialiased when shrinking). */
function filterTaps(inSize: number, resized: number, offset: number, outSize: number) {
  const ratio = inSize / resized;
  const stretch = Math.max(1, ratio);
  const support = 3 * stretch;
  const taps: Array<{ first: number; w: Float32Array }> = [];
  for (let o = 0; o < outSize; o++) {
    const centre = (o + offset + 0.5) * ratio - 0.5;
    const first = Math.ceil(centre - support);
    const last = Math.floor(centre + support);
    const w = new Float32Array(last - first + 1);
    let sum = 0;
    for (let i = first; i <= last; i++) sum += w[i - first] = lanczos3((i - centre) / stretch);
    for (let i = 0; i < w.length; i++) w[i] /= sum;
    taps.push({ first, w });
  }
  return taps;
}

/**
 * Decoded RGBA pixels (any size, straight alpha) → what sharp gives the server: flattened on white,
 * scaled so the short side is 224, centre-cropped, Lanczos-3, as 224×224×3 HWC bytes.
 */
export function rgbaToRgb224(rgba: ArrayLike<number>, width: number, height: number, size = INPUT_SIZE): Uint8Array {
  const { rw, rh, left, top } = cropGeometry(width, height, size);
  // alpha-flatten onto white, to float RGB
  const src = new Float32Array(width * height * 3);
  for (let i = 0, j = 0; i < width * height; i++, j += 3) {
    const a = rgba[i * 4 + 3] / 255;
    for (let c = 0; c < 3; c++) src[j + c] = rgba[i * 4 + c] * a + 255 * (1 - a);
  }
  const hx = filterTaps(width, rw, left, size);
  const vy = filterTaps(height, rh, top, size);
  // horizontal pass: height × size × 3 (rounded to bytes, as libvips keeps uchar between passes)
  const mid = new Float32Array(height * size * 3);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < size; x++) {
      const { first, w } = hx[x];
      let r = 0, g = 0, b = 0;
      for (let k = 0; k < w.length; k++) {
        const sx = Math.min(width - 1, Math.max(0, first + k));
        const p = (row + sx) * 3;
        r += src[p] * w[k];
        g += src[p + 1] * w[k];
        b += src[p + 2] * w[k];
      }
      const o = (y * size + x) * 3;
      mid[o] = Math.min(255, Math.max(0, Math.round(r)));
      mid[o + 1] = Math.min(255, Math.max(0, Math.round(g)));
      mid[o + 2] = Math.min(255, Math.max(0, Math.round(b)));
    }
  }
  const out = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    const { first, w } = vy[y];
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0;
      for (let k = 0; k < w.length; k++) {
        const sy = Math.min(height - 1, Math.max(0, first + k));
        const p = (sy * size + x) * 3;
        r += mid[p] * w[k];
        g += mid[p + 1] * w[k];
        b += mid[p + 2] * w[k];
      }
      const o = (y * size + x) * 3;
      out[o] = Math.min(255, Math.max(0, Math.round(r)));
      out[o + 1] = Math.min(255, Math.max(0, Math.round(g)));
      out[o + 2] = Math.min(255, Math.max(0, Math.round(b)));
    }
  }
  return out;
}

export function rgbaToTensor(rgba: ArrayLike<number>, width: number, height: number): Float32Array {
  return rgbToTensor(rgbaToRgb224(rgba, width, height));
}

/** A brush stroke in image-normalised coordinates (0..1 of width and height); radius in widths. */
export interface Stroke {
  points: Array<[number, number]>;
  radius: number;
}

/**
 * The strokes as a 224×224 mask over the crop the encoder sees (1 = occluded): a tensor pixel is
 * masked when its centre, mapped back into the image, lies within the brush radius of a stroke.
 */
export function rasteriseStrokes(strokes: Stroke[], width: number, height: number, size = INPUT_SIZE): Uint8Array {
  const mask = new Uint8Array(size * size);
  const { rw, rh, left, top } = cropGeometry(width, height, size);
  const sx = width / rw; // image pixels per resized pixel
  const sy = height / rh;
  for (const s of strokes) {
    const r = s.radius * width;
    const pts = s.points.map(([u, v]) => [u * width, v * height] as const);
    for (let i = 0; i < pts.length; i++) {
      const [ax, ay] = pts[i];
      const [bx, by] = pts[Math.min(i + 1, pts.length - 1)];
      // bounding box of the capsule in tensor pixels
      const x0 = Math.max(0, Math.floor((Math.min(ax, bx) - r) / sx - left - 1));
      const x1 = Math.min(size - 1, Math.ceil((Math.max(ax, bx) + r) / sx - left + 1));
      const y0 = Math.max(0, Math.floor((Math.min(ay, by) - r) / sy - top - 1));
      const y1 = Math.min(size - 1, Math.ceil((Math.max(ay, by) + r) / sy - top + 1));
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      for (let y = y0; y <= y1; y++) {
        const py = (y + top + 0.5) * sy;
        for (let x = x0; x <= x1; x++) {
          const px = (x + left + 0.5) * sx;
          const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
          const ex = px - (ax + t * dx);
          const ey = py - (ay + t * dy);
          if (ex * ex + ey * ey <= r * r) mask[y * size + x] = 1;
        }
      }
    }
  }
  return mask;
}

/** Masked pixels become the ImageNet mean colour: exactly zero in every channel after normalisation. */
export function applyMask(tensor: Float32Array, mask: Uint8Array, size = INPUT_SIZE): Float32Array {
  const plane = size * size;
  const out = Float32Array.from(tensor);
  for (let i = 0; i < plane; i++) if (mask[i]) out[i] = out[plane + i] = out[2 * plane + i] = 0;
  return out;
}

/** What the server hands the browser for one listing (server/trpc/routers/occlusion.ts). */
export interface HeadInputs {
  /** The listing's text embedding, or null when the listing had no text (text_mask 0). */
  text: number[] | null;
  textDim: number;
  /** contextFeatures(...) of the listing as it was scored. */
  context: number[];
}

export interface HeadFeeds {
  image: Float32Array;
  image_mask: Float32Array;
  text: Float32Array;
  text_mask: Float32Array;
  context: Float32Array;
}

/**
 * The fused (image_i, text, context) row the server's scoreListing scores per image, as the
 * fusion head's ONNX inputs (batch 1); runFusionHead fills them the same way.
 */
export function headFeeds(pooled: Float32Array, inputs: HeadInputs): HeadFeeds {
  const text = new Float32Array(inputs.textDim);
  if (inputs.text) text.set(inputs.text);
  return {
    image: Float32Array.from(pooled),
    image_mask: Float32Array.of(1),
    text,
    text_mask: Float32Array.of(inputs.text ? 1 : 0),
    context: Float32Array.from(inputs.context),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser: sessions, decoding, one occlusion update
// ---------------------------------------------------------------------------------------------

export const ORT_BASE = "/api/ort/";
export const ENCODER_NAME = "mobilenetv2-12-int8-features";
export const HEAD_NAME = "fusion-head";
export const FEATURE_OUTPUT = "627";

export interface OcclusionModels {
  ort: typeof Ort;
  encoder: Ort.InferenceSession;
  head: Ort.InferenceSession;
  loadMs: number;
}

let shared: Promise<OcclusionModels> | null = null;

/**
 * Loads onnxruntime-web from this app (not bundled: its own wasm loader stays intact) and the two
 * sessions, once per page; a failed load is retried by the next call. `versions` are the files'
 * sha256 (cache keys for /api/models).
 */
export function loadOcclusionModels(versions: { encoder: string; head: string }): Promise<OcclusionModels> {
  if (!shared) {
    const p = (async () => {
      const t0 = performance.now();
      const ort = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${ORT_BASE}ort.wasm.min.mjs`)) as typeof Ort;
      ort.env.wasm.wasmPaths = ORT_BASE;
      ort.env.wasm.numThreads = 1;
      ort.env.wasm.proxy = false;
      const load = async (name: string, v: string) => {
        const res = await fetch(`/api/models/${name}?v=${v}`, { credentials: "same-origin" });
        if (!res.ok) throw new Error(`model ${name}: HTTP ${res.status}`);
        return ort.InferenceSession.create(new Uint8Array(await res.arrayBuffer()), { executionProviders: ["wasm"], graphOptimizationLevel: "all" });
      };
      const [encoder, head] = await Promise.all([load(ENCODER_NAME, versions.encoder), load(HEAD_NAME, versions.head)]);
      return { ort, encoder, head, loadMs: performance.now() - t0 };
    })();
    p.catch(() => {
      if (shared === p) shared = null;
    });
    shared = p;
  }
  return shared;
}

/** Fetches and decodes an image (EXIF orientation applied, as sharp's rotate()) to RGBA at full size. */
export async function decodeImage(src: string): Promise<{ rgba: Uint8ClampedArray; width: number; height: number }> {
  const res = await fetch(src, { credentials: "same-origin" });
  if (!res.ok) throw new Error(`image: HTTP ${res.status}`);
  const bitmap = await createImageBitmap(await res.blob(), { imageOrientation: "from-image", premultiplyAlpha: "none", colorSpaceConversion: "none" });
  const { width, height } = bitmap;
  const canvas = typeof OffscreenCanvas !== "undefined" ? new OffscreenCanvas(width, height) : Object.assign(document.createElement("canvas"), { width, height });
  const ctx = canvas.getContext("2d", { willReadFrequently: true }) as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { rgba: ctx.getImageData(0, 0, width, height).data, width, height };
}

export interface OcclusionScore {
  /** Per-category probabilities, in the head's output order. */
  p: number[];
  encoderMs: number;
  headMs: number;
  totalMs: number;
}

/** One update: (masked) tensor → encoder → mean-pooled "627" → fused head row → probabilities. */
export async function scoreTensor(models: OcclusionModels, tensor: Float32Array, inputs: HeadInputs): Promise<OcclusionScore> {
  const { ort, encoder, head } = models;
  const t0 = performance.now();
  const enc = await encoder.run({ input: new ort.Tensor("float32", tensor, [1, 3, INPUT_SIZE, INPUT_SIZE]) }, [FEATURE_OUTPUT]);
  const pooled = meanPool(enc[FEATURE_OUTPUT].data as Float32Array);
  enc[FEATURE_OUTPUT].dispose();
  const t1 = performance.now();
  const f = headFeeds(pooled, inputs);
  const out = await head.run({
    image: new ort.Tensor("float32", f.image, [1, FEATURE_CHANNELS]),
    image_mask: new ort.Tensor("float32", f.image_mask, [1, 1]),
    text: new ort.Tensor("float32", f.text, [1, inputs.textDim]),
    text_mask: new ort.Tensor("float32", f.text_mask, [1, 1]),
    context: new ort.Tensor("float32", f.context, [1, f.context.length]),
  });
  const p = Array.from(out.probabilities.data as Float32Array);
  for (const t of Object.values(out)) t.dispose();
  const t2 = performance.now();
  return { p, encoderMs: t1 - t0, headMs: t2 - t1, totalMs: t2 - t0 };
}
