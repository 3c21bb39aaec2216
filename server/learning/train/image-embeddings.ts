/**
 * Pooled image embeddings (and the zero-shot weapon score) of photo CSV rows, computed with the
 * serving image encoder: of the centre crop, or with `views` the image prior's mean over all the
 * views. Cached under .data/cache keyed by IMAGE_ENCODER_VERSION, so training and evaluation re-run
 * in seconds. Rows whose file cannot be decoded are skipped and reported.
 */
import fs from "node:fs";
import path from "node:path";
import { endCropTensors, imageToTensor } from "@/server/image/preprocess";
import { encodeBatch, IMAGE_ENCODER_VERSION } from "@/server/inference/image-encoder";
import { hashString } from "./rng";
import type { PhotoRow } from "./photos";
import { priorInput } from "@/server/inference/image-prior";

const DIM = 1280;

export interface PhotoEmbedding {
  pooled: Float32Array;
  zeroShot: number;
  /** milliseconds spent decoding + encoding this image (0 when it came from the cache) */
  ms: number;
}

function cacheFile(root: string): string {
  const key = hashString(IMAGE_ENCODER_VERSION).toString(16);
  return path.join(root, ".data", "cache", `photo-embeddings-${key}.bin`);
}

/** Cache format: repeated [u32 keyLen][key utf8][f32 zeroShot][f32 × 1280 pooled]. */
function readCache(file: string): Map<string, PhotoEmbedding> {
  const map = new Map<string, PhotoEmbedding>();
  if (!fs.existsSync(file)) return map;
  const buf = fs.readFileSync(file);
  let o = 0;
  while (o + 4 <= buf.length) {
    const len = buf.readUInt32LE(o);
    const end = o + 4 + len + 4 + DIM * 4;
    if (end > buf.length) break;
    const key = buf.toString("utf8", o + 4, o + 4 + len);
    const zeroShot = buf.readFloatLE(o + 4 + len);
    const pooled = new Float32Array(DIM);
    for (let i = 0; i < DIM; i++) pooled[i] = buf.readFloatLE(o + 8 + len + i * 4);
    map.set(key, { pooled, zeroShot, ms: 0 });
    o = end;
  }
  return map;
}

function appendCache(file: string, key: string, e: PhotoEmbedding) {
  const k = Buffer.from(key, "utf8");
  const b = Buffer.alloc(4 + k.length + 4 + DIM * 4);
  b.writeUInt32LE(k.length, 0);
  k.copy(b, 4);
  b.writeFloatLE(e.zeroShot, 4 + k.length);
  for (let i = 0; i < DIM; i++) b.writeFloatLE(e.pooled[i], 8 + k.length + i * 4);
  fs.appendFileSync(file, b);
}

export async function embedPhotos(
  rows: PhotoRow[],
  options: { root?: string; log?: (line: string) => void; batch?: number; views?: boolean } = {},
): Promise<Map<string, PhotoEmbedding>> {
  const prefix = options.views ? "views:" : "";
  const file = cacheFile(options.root ?? process.cwd());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const cache = readCache(file);
  const out = new Map<string, PhotoEmbedding>();
  const todo: PhotoRow[] = [];
  for (const r of rows) {
    const key = `${prefix}${path.basename(r.file)}:${fs.existsSync(r.file) ? fs.statSync(r.file).size : 0}`;
    const hit = cache.get(key);
    if (hit) out.set(r.file, hit);
    else todo.push(r);
  }
  const batch = options.batch ?? 16;
  for (let i = 0; i < todo.length; i += batch) {
    const chunk = todo.slice(i, i + batch);
    const started = performance.now();
    const views: Float32Array[][] = [];
    const ok: PhotoRow[] = [];
    for (const r of chunk) {
      try {
        const bytes = fs.readFileSync(r.file);
        // Training reads every view of every photo; serving asks for the end crops only when the centre leaves doubt.
        views.push([await imageToTensor(bytes), ...(options.views ? await endCropTensors(bytes) : [])]);
        ok.push(r);
      } catch (err) {
        options.log?.(`skip ${r.rel}: ${(err as Error).message}`);
      }
    }
    const enc = views.length ? await encodeBatch(views.flat()) : [];
    const ms = (performance.now() - started) / Math.max(1, ok.length);
    let k = 0;
    ok.forEach((r, j) => {
      const own = enc.slice(k, (k += views[j].length));
      const e = { ...priorInput(own), ms };
      out.set(r.file, e);
      appendCache(file, `${prefix}${path.basename(r.file)}:${fs.statSync(r.file).size}`, e);
    });
    if (options.log && (i / batch) % 10 === 0) options.log(`embedded ${Math.min(i + batch, todo.length)}/${todo.length} photos`);
  }
  return out;
}
