/**
 * The upload path's image work, off the HTTP thread: PDQ hashes for stage 1 and encoder tensors
 * for stage 2 run in a pool of worker threads (one per core by default, SIGHTLINE_IMAGE_WORKERS),
 * so a listing's photos are processed in parallel and requests keep flowing meanwhile.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import { envNumber } from "../config";
import { WorkerPool } from "../workers/worker-pool";
import { BUNDLED, workerFromSource } from "../workers/worker-from-source";
import type { PdqResult } from "./pdq";

export type ImageJob = { kind: "pdq" | "tensor"; bytes: Uint8Array };

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

/** The encoder's 3×224×224 input (see preprocess.ts), computed in a worker. */
export function tensorInWorker(bytes: Uint8Array): Promise<Float32Array> {
  return imageWorkers().run({ kind: "tensor", bytes } satisfies ImageJob);
}
