import { createRequire } from "node:module";
import path from "node:path";
import sharp from "sharp";
import { createWorker, type Worker } from "tesseract.js";

// Text drawn on listing photos ("DM for price", "9mm", phone numbers), read offline with
// tesseract.js and the English data from @tesseract.js-data/eng. Too slow for the 500 ms hot path
// on 2 cores, so the cascade runs it as a follow-up job and feeds the text side from there.

export interface OcrWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

export interface OcrResult {
  text: string;
  /** Mean word confidence, 0–100 (tesseract's scale). */
  confidence: number;
  words: OcrWord[];
  ms: number;
}

/** Longest side handed to tesseract: enough for drawn-on captions, bounded time on big photos. */
const MAX_SIDE = 1280;

/** The package's LSTM-only integer model (what tesseract.js would otherwise fetch from a CDN). */
function engLangPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("@tesseract.js-data/eng/package.json")), "4.0.0_best_int");
}

const KEY = Symbol.for("sightline.ocrWorker");
const store = globalThis as unknown as Record<symbol, Promise<Worker> | undefined>;

/** One worker per process, created on first use; concurrent first callers share the promise. */
export function ocrWorker(): Promise<Worker> {
  let pending = store[KEY];
  if (!pending) {
    pending = createWorker("eng", 1 /* OEM.LSTM_ONLY */, {
      langPath: engLangPath(),
      gzip: true,
      cacheMethod: "none", // read from node_modules every start; never write or fetch
    })
      .then(async (worker) => {
        // Photos carry no meaningful DPI; a fixed value keeps tesseract from warning on each one.
        await worker.setParameters({ user_defined_dpi: "300" });
        return worker;
      })
      .catch((err: unknown) => {
        store[KEY] = undefined;
        throw err instanceof Error ? err : new Error(`OCR worker failed to start: ${String(err)}`);
      });
    store[KEY] = pending;
  }
  return pending;
}

export async function terminateOcr(): Promise<void> {
  const pending = store[KEY];
  store[KEY] = undefined;
  if (pending) await (await pending.catch(() => null))?.terminate();
}

export async function readImageText(bytes: Buffer): Promise<OcrResult> {
  const started = performance.now();
  // Normalise first: orientation from EXIF, no alpha, bounded size, PNG (which tesseract reads).
  const png = await sharp(bytes, { failOn: "error" })
    .rotate()
    .flatten({ background: { r: 255, g: 255, b: 255 } })
    .resize(MAX_SIDE, MAX_SIDE, { fit: "inside", withoutEnlargement: true })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const worker = await ocrWorker();
  const { data } = await worker.recognize(png, {}, { text: true, blocks: true });
  const words: OcrWord[] = [];
  for (const block of data.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        for (const w of line.words) {
          const text = w.text.trim();
          if (text) words.push({ text, confidence: w.confidence, bbox: { x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1 } });
        }
      }
    }
  }
  const confidence = words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;
  return { text: data.text.trim(), confidence, words, ms: Math.round(performance.now() - started) };
}
