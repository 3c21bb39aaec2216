/**
 * Stage 2's image encoder as served: a micro-batcher in front of worker threads that each own a
 * session (encoder.worker.ts runs image-encoder.ts's encodeBatch). onnxruntime-node runs a session
 * synchronously, so on the HTTP thread every run would stall every other request.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import { envNumber } from "../config";
import { BUNDLED, workerFromSource } from "../workers/worker-from-source";
import { WorkerPool } from "../workers/worker-pool";
import { MAX_DIRECT_BATCH, TENSOR_SIZE, type ImageEncoding } from "./image-encoder";
import { MicroBatcher } from "./micro-batcher";
import type { ModelState } from "./onnx-session";

export type EncoderJob = { kind: "encode"; tensors: Float32Array[] } | { kind: "time"; tensors: Float32Array[]; runs: number };
export interface TimedRuns {
  ms: number;
  state: ModelState;
}

const POOL_KEY = Symbol.for("sightline.encoderWorkers");
const BATCHER_KEY = Symbol.for("sightline.imageBatcher");
const STATE_KEY = Symbol.for("sightline.encoderWorkerState");
const store = globalThis as unknown as {
  [POOL_KEY]?: WorkerPool;
  [BATCHER_KEY]?: MicroBatcher<Float32Array, ImageEncoding>;
  [STATE_KEY]?: ModelState;
};

/**
 * The serving encoder: SIGHTLINE_ENCODER_WORKERS worker threads (default one per core), each with
 * its own session on SIGHTLINE_INTRA_OP_THREADS threads (default 1). On this CPU two one-thread
 * sessions side by side encode more images per second than one session on both cores
 * (`npm run bench` prints both), and the HTTP thread never waits on a run.
 */
export function encoderWorkers(): WorkerPool {
  return (store[POOL_KEY] ??= new WorkerPool({
    name: "image encoder",
    size: encoderWorkerCount(),
    // Loading the session and the timed ceiling runs happen inside jobs; the model stage's own
    // budget (350 ms) is what bounds a listing's wait, this only recovers a stuck worker.
    jobTimeoutMs: 30_000,
    spawn: () => {
      const env = { ...process.env, SIGHTLINE_INTRA_OP_THREADS: String(threadsPerEncoderWorker()) };
      return BUNDLED
        ? new Worker(new URL("./encoder.worker.ts", import.meta.url), { env })
        : workerFromSource(new URL("./encoder.worker.ts", import.meta.url), { env });
    },
  }));
}

/** SIGHTLINE_ENCODER_WORKERS, else one per core. */
export function encoderWorkerCount(): number {
  return Math.floor(envNumber("SIGHTLINE_ENCODER_WORKERS", os.availableParallelism(), 1));
}

/** The micro-batcher's largest batch: SIGHTLINE_BATCH_MAX, else 8. */
export function encoderBatchMax(): number {
  return Math.floor(envNumber("SIGHTLINE_BATCH_MAX", 8, 1));
}

/** Intra-op threads of each encoder worker's session: SIGHTLINE_INTRA_OP_THREADS, else 1. */
export function threadsPerEncoderWorker(): number {
  return Math.floor(envNumber("SIGHTLINE_INTRA_OP_THREADS", 1, 1));
}

/** The process-wide batcher in front of the encoder workers (on globalThis so Next dev reloads keep one queue). */
export function imageBatcher(): MicroBatcher<Float32Array, ImageEncoding> {
  return (store[BATCHER_KEY] ??= new MicroBatcher<Float32Array, ImageEncoding>({
    maxBatchSize: encoderBatchMax(),
    maxWaitMs: envNumber("SIGHTLINE_BATCH_WAIT_MS", 0, 0),
    concurrency: encoderWorkers().size,
    // Tensors are copied to the worker, not moved: callers (evaluation, probes, the occlusion
    // tool) score the same tensors more than once.
    run: (tensors) => encoderWorkers().run<ImageEncoding[]>({ kind: "encode", tensors } satisfies EncoderJob),
  }));
}

/** Encodes one image through the micro-batcher, so concurrent requests share a run. */
export function encodeImage(tensor: Float32Array): Promise<ImageEncoding> {
  if (tensor.length !== TENSOR_SIZE) return Promise.reject(new Error(`image tensor has ${tensor.length} values, expected ${TENSOR_SIZE}`));
  return imageBatcher().submit(tensor);
}

/**
 * Starts every encoder worker and runs each once at batch 1 and at the batcher's max, so the
 * first request is not slow. Rejects when the model cannot load (the cascade then fails open).
 */
export async function warmUpImageEncoder(): Promise<void> {
  const max = Math.min(imageBatcher().maxBatchSize, MAX_DIRECT_BATCH);
  for (const n of max > 1 ? [1, max] : [1]) await timeOnEveryWorker(Array.from({ length: n }, () => new Float32Array(TENSOR_SIZE)), 1);
}

/**
 * Every encoder worker runs the same batch `runs` times at once, timed inside the worker (no
 * messaging, no batcher): warm-up, and the raw ceiling of the served layout.
 */
export async function timeOnEveryWorker(tensors: Float32Array[], runs: number): Promise<TimedRuns[]> {
  const pool = encoderWorkers();
  // As many concurrent jobs as workers: the pool hands each worker one.
  const timed = await Promise.all(Array.from({ length: pool.size }, () => pool.run<TimedRuns>({ kind: "time", tensors, runs } satisfies EncoderJob)));
  store[STATE_KEY] = { ...timed[0].state };
  return timed;
}

/** The encoder workers' session state for /api/health (absent until they have warmed up). */
export function encoderWorkerState(): (ModelState & { workers: number }) | undefined {
  const state = store[STATE_KEY];
  return state && { ...state, workers: encoderWorkers().stats().live };
}
