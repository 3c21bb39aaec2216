/**
 * The upload path's image work, off the HTTP thread: PDQ hashes for stage 1 and encoder tensors
 * for stage 2 run in a pool of worker threads (one per core by default, SIGHTLINE_IMAGE_WORKERS),
 * so a listing's photos are processed in parallel and requests keep flowing meanwhile.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import sharp from "sharp";
import { envNumber } from "../config";
import { WorkerPool } from "../workers/worker-pool";
import { BUNDLED, workerFromSource } from "../workers/worker-from-source";
import type { PdqResult } from "./pdq";
import type { ImageViews } from "./preprocess";

export type ImageJob = { kind: "pdq" | "centre" | "ends"; bytes: Uint8Array };

const holder = globalThis as unknown as { __sightlineImageWorkers?: WorkerPool };

export function imageWorkers(): WorkerPool {
  return (holder.__sightlineImageWorkers ??= new WorkerPool({
    name: "image",
    size: Math.floor(envNumber("SIGHTLINE_IMAGE_WORKERS", os.availableParallelism(), 1)),
    spawn: () =>
      BUNDLED ? new Worker(new URL("./image.worker.ts", import.meta.url)) : workerFromSource(new URL("./image.worker.ts", import.meta.url)),
  }));
}

/** PDQ hash of the image as stored (see pdq.ts), computed in a worker. */
export function pdqInWorker(bytes: Uint8Array): Promise<PdqResult> {
  return imageWorkers().run({ kind: "pdq", bytes } satisfies ImageJob);
}

/** The encoder's 3×224×224 input views (see preprocess.ts), computed in a worker: the centre crop now, the end crops when asked for. */
export async function viewsInWorker(bytes: Uint8Array): Promise<ImageViews> {
  const centre: Float32Array = await imageWorkers().run({ kind: "centre", bytes } satisfies ImageJob);
  return { centre, ends: () => imageWorkers().run({ kind: "ends", bytes } satisfies ImageJob) };
}

/**
 * Starts every image worker and runs one real PDQ, centre-crop and end-crop job on each (a noise JPEG:
 * a real decode, resize and hash), so the first listings after a start do not pay for spawning
 * workers and compiling their code inside the model stage's budget.
 */
export async function warmUpImageWorkers(): Promise<Buffer> {
  const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .jpeg()
    .toBuffer();
  const pool = imageWorkers();
  // As many concurrent jobs as workers: the pool hands each worker one.
  const onEvery = (job: (bytes: Uint8Array) => Promise<unknown>) => Promise.all(Array.from({ length: pool.size }, () => job(photo)));
  await onEvery(pdqInWorker);
  await onEvery(async (bytes) => (await viewsInWorker(bytes)).ends());
  return photo;
}
