import { encodeBatch, warmUpImageEncoder } from "./image-encoder";

// The raw image-encoder ceiling on this machine: images/s per batch size, straight into
// encodeBatch (no HTTP, no preprocessing, no batcher). `npm run bench` compares the served rate
// against the best of these.

export interface CeilingPoint {
  batchSize: number;
  runs: number;
  imagesPerSecond: number;
  msPerBatch: number;
  msPerImage: number;
}

export interface EncoderCeiling {
  points: CeilingPoint[];
  best: CeilingPoint;
}

function randomTensor(seed: number): Float32Array {
  let s = seed >>> 0 || 1;
  const t = new Float32Array(3 * 224 * 224);
  for (let i = 0; i < t.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    t[i] = (s / 0xffffffff) * 4 - 2;
  }
  return t;
}

export async function measureEncoderCeiling({
  batchSizes = [1, 2, 4, 8, 16, 32],
  seconds = 2,
}: { batchSizes?: number[]; seconds?: number } = {}): Promise<EncoderCeiling> {
  await warmUpImageEncoder();
  const pool = Array.from({ length: Math.max(...batchSizes) }, (_, i) => randomTensor(i + 1));
  const points: CeilingPoint[] = [];
  for (const batchSize of batchSizes) {
    const batch = pool.slice(0, batchSize);
    await encodeBatch(batch); // warm this shape
    const budgetMs = (seconds * 1000) / batchSizes.length;
    let runs = 0;
    const started = performance.now();
    do {
      await encodeBatch(batch);
      runs++;
    } while (performance.now() - started < budgetMs || runs < 2);
    const elapsed = performance.now() - started;
    points.push({
      batchSize,
      runs,
      imagesPerSecond: (runs * batchSize * 1000) / elapsed,
      msPerBatch: elapsed / runs,
      msPerImage: elapsed / (runs * batchSize),
    });
  }
  const best = points.reduce((a, b) => (b.imagesPerSecond > a.imagesPerSecond ? b : a));
  return { points, best };
}
