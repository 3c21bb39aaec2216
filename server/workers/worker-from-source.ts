/**
 * Starting a worker thread from a TypeScript entry. Inside Next.js the entry is bundled: callers
 * write `new Worker(new URL("./x.worker.ts", import.meta.url))` literally so the bundler sees it.
 * Everywhere else (tsx scripts, vitest) the code runs from source, and Node 20 does not carry
 * tsx's loader hooks into worker threads, so a plain .mjs entry registers them first.
 * Entries take their settings from `env`, never from workerData (which carries the entry here).
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

/** True inside the Next.js server bundle, where worker entries are compiled JavaScript. */
export const BUNDLED = Boolean(process.env.NEXT_RUNTIME);

export function workerFromSource(entry: URL, options: Omit<WorkerOptions, "workerData"> = {}): Worker {
  return new Worker(new URL("./from-source.mjs", import.meta.url), { ...options, workerData: { entry: entry.href } });
}
