import { encoderWorkers, threadsPerEncoderWorker, timeOnEveryWorker } from "./encoder-workers";
import { encodeBatch } from "./image-encoder";
import { noiseTensor } from "./noise-tensor";
import { intraOpThreads } from "./onnx-session";

// The raw image-encoder ceiling on this machine: images/s per batch size with no HTTP, no
// preprocessing and no batcher, for two layouts of the same model:
//   - "one session": one session on this thread using every core (intra-op parallelism);
//   - "workers": the served layout, every encoder worker running batches side by side.
// The ceiling is the best of all points, whichever layout gives it. `npm run bench` compares the
// served rate against it.

export type Layout = "one session" | "workers";

export interface CeilingPoint {
  layout: Layout;
  /** Sessions running at once, and intra-op threads each. */
  sessions: number;
  threads: number;
  batchSize: number;
  runs: number;
  imagesPerSecond: number;
  msPerBatch: number;
}

export interface EncoderCeiling {
  points: CeilingPoint[];
  best: CeilingPoint;
}

export async function measureEncoderCeiling({
  batchSizes = [1, 2, 4, 8, 16, 32],
  seconds = 2,
  layouts = ["one session", "workers"],
}: { batchSizes?: number[]; seconds?: number; layouts?: Layout[] } = {}): Promise<EncoderCeiling> {
  const pool = Array.from({ length: Math.max(...batchSizes) }, (_, i) => noiseTensor(i + 1));
  const budgetMs = (seconds * 1000) / (batchSizes.length * layouts.length);
  const points: CeilingPoint[] = [];
  for (const layout of layouts) {
    for (const batchSize of batchSizes) {
      const batch = pool.slice(0, batchSize);
      points.push(layout === "one session" ? await inProcess(batch, budgetMs) : await onWorkers(batch, budgetMs));
    }
  }
  const best = points.reduce((a, b) => (b.imagesPerSecond > a.imagesPerSecond ? b : a));
  return { points, best };
}

async function inProcess(batch: Float32Array[], budgetMs: number): Promise<CeilingPoint> {
  await encodeBatch(batch); // load the session and warm this shape
  let runs = 0;
  const started = performance.now();
  do {
    await encodeBatch(batch);
    runs++;
  } while (performance.now() - started < budgetMs || runs < 2);
  const elapsed = performance.now() - started;
  return point("one session", 1, intraOpThreads(), batch.length, runs, elapsed, runs * batch.length);
}

async function onWorkers(batch: Float32Array[], budgetMs: number): Promise<CeilingPoint> {
  const [probe] = await timeOnEveryWorker(batch, 1); // warm this shape everywhere, and time one run
  const runs = Math.max(2, Math.round(budgetMs / Math.max(probe.ms, 0.1)));
  const timed = await timeOnEveryWorker(batch, runs);
  // The workers ran side by side; the slowest one bounds the wall time.
  const elapsed = Math.max(...timed.map((t) => t.ms));
  const sessions = encoderWorkers().size;
  return point("workers", sessions, threadsPerEncoderWorker(), batch.length, runs, elapsed, sessions * runs * batch.length);
}

function point(layout: Layout, sessions: number, threads: number, batchSize: number, runs: number, elapsedMs: number, images: number): CeilingPoint {
  return { layout, sessions, threads, batchSize, runs, imagesPerSecond: (images * 1000) / elapsedMs, msPerBatch: elapsedMs / runs };
}
