/**
 * The worker side of WorkerPool: answers each `{ id, job }` with `{ id, result }` or
 * `{ id, error }`. Jobs run as they arrive (an async handler may overlap with the next one).
 * Each job is announced with `{ id, started: true }` as it begins: the pool's stuck-job clock
 * runs from there, so jobs waiting behind a busy thread are not counted as stuck.
 */
import { parentPort, type Transferable } from "node:worker_threads";

export interface JobReply {
  result: unknown;
  /** Buffers inside `result` to move to the caller instead of copying them. */
  transfer?: ArrayBufferLike[];
}

export function serveJobs<J>(handle: (job: J) => Promise<JobReply>): void {
  const port = parentPort;
  if (!port) throw new Error("serveJobs must run inside a worker thread");
  port.on("message", async ({ id, job }: { id: number; job: J }) => {
    port.postMessage({ id, started: true });
    try {
      const { result, transfer } = await handle(job);
      port.postMessage({ id, result }, (transfer ?? []) as Transferable[]);
    } catch (err) {
      port.postMessage({ id, error: { message: (err as Error)?.message ?? String(err) } });
    }
  });
}
