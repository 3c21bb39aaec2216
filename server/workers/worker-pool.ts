/**
 * A small pool of worker threads for CPU work that must not run on the thread that answers HTTP:
 * onnxruntime-node's run() is synchronous (it blocks the event loop for the whole batch) and PDQ
 * is plain JavaScript. Jobs go to the worker with the fewest in flight. A worker that crashes
 * fails only its own jobs (with a reason) and is replaced on the next job.
 *
 * The entry module answers through serveJobs (./serve-jobs.ts).
 */
import type { Worker } from "node:worker_threads";

export interface WorkerPoolOptions {
  /** Shown in errors and stats. */
  name: string;
  size: number;
  /**
   * Creates one worker. Callers write `new Worker(new URL("./x.worker.ts", import.meta.url))`
   * literally (Next.js bundles worker entries it can see) or use workerFromSource.
   */
  spawn: () => Worker;
}

export interface WorkerPoolStats {
  name: string;
  size: number;
  live: number;
  inFlight: number;
  completed: number;
  failed: number;
  restarts: number;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: { message: string };
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>;
}

export class WorkerPool {
  readonly name: string;
  readonly size: number;
  private readonly spawnWorker: () => Worker;
  private readonly slots: Array<Slot | null>;
  private nextId = 1;
  private counts = { completed: 0, failed: 0, restarts: 0 };
  private closed = false;

  constructor(options: WorkerPoolOptions) {
    if (!(options.size >= 1)) throw new Error(`${options.name}: pool size must be ≥ 1`);
    this.name = options.name;
    this.size = Math.floor(options.size);
    this.spawnWorker = options.spawn;
    this.slots = Array.from({ length: this.size }, () => null);
  }

  /** Runs one job (copied to the worker; memory in a SharedArrayBuffer is shared, not copied). */
  run<R>(job: unknown): Promise<R> {
    if (this.closed) return Promise.reject(new Error(`${this.name} pool is closed`));
    const slot = this.leastBusy();
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      // Busy workers keep the process alive; idle ones must not (scripts end when work ends).
      slot.worker.ref();
      try {
        slot.worker.postMessage({ id, job });
      } catch (err) {
        slot.pending.delete(id);
        this.idleCheck(slot);
        reject(err as Error);
      }
    });
  }

  stats(): WorkerPoolStats {
    const live = this.slots.filter(Boolean) as Slot[];
    return {
      name: this.name,
      size: this.size,
      live: live.length,
      inFlight: live.reduce((n, s) => n + s.pending.size, 0),
      ...this.counts,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const live = this.slots.filter(Boolean) as Slot[];
    this.slots.fill(null);
    for (const slot of live) this.failAll(slot, new Error(`${this.name} pool closed`));
    await Promise.all(live.map((s) => s.worker.terminate()));
  }

  private leastBusy(): Slot {
    let best = -1;
    for (let i = 0; i < this.size; i++) {
      const slot = this.slots[i];
      // An empty slot is the least busy of all: fill it rather than queue behind a busy worker.
      if (!slot) return (this.slots[i] = this.start(i));
      if (best < 0 || slot.pending.size < this.slots[best]!.pending.size) best = i;
    }
    return this.slots[best]!;
  }

  private start(index: number): Slot {
    const worker = this.spawnWorker();
    const slot: Slot = { worker, pending: new Map() };
    worker.unref();
    worker.on("message", (reply: Reply) => {
      const waiter = slot.pending.get(reply.id);
      if (!waiter) return;
      slot.pending.delete(reply.id);
      this.idleCheck(slot);
      if (reply.error) {
        this.counts.failed++;
        waiter.reject(new Error(reply.error.message));
      } else {
        this.counts.completed++;
        waiter.resolve(reply.result);
      }
    });
    const retire = (why: string) => {
      if (this.slots[index] !== slot) return;
      this.slots[index] = null;
      this.counts.restarts++;
      this.failAll(slot, new Error(`${this.name} worker stopped (${why})`));
    };
    worker.on("error", (err) => retire(err.message));
    worker.on("exit", (code) => retire(`exit code ${code}`));
    return slot;
  }

  private failAll(slot: Slot, err: Error) {
    for (const waiter of slot.pending.values()) {
      this.counts.failed++;
      waiter.reject(err);
    }
    slot.pending.clear();
  }

  private idleCheck(slot: Slot) {
    if (slot.pending.size === 0) slot.worker.unref();
  }
}
