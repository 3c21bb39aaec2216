/**
 * A small pool of worker threads for CPU work that must not run on the thread that answers HTTP:
 * onnxruntime-node's run() is synchronous (it blocks the event loop for the whole batch) and so is
 * PDQ's arithmetic. Jobs go to the worker with the fewest in flight. A worker that crashes
 * fails only its own jobs (with a reason) and is replaced on the next job. A worker that leaves a
 * job unanswered past the job timeout is stuck (a busy loop, a poison input): it is terminated the
 * same way, so callers get an error they can fail open on instead of a request that never ends.
 * The clock runs from the moment the worker starts the job (it says so), not from when the job
 * was queued: a backlog behind a busy but healthy worker is load, not a fault. A worker that has
 * jobs queued yet starts none of them within the timeout (an entry that never comes up) is stuck
 * too.
 * Workers that keep dying without finishing a job (a broken entry module, a missing native
 * library) are re-spawned with exponential backoff, and jobs meanwhile fail at once.
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
  /** A job unanswered this long after its worker started it means the worker is stuck. Default 10 s. */
  jobTimeoutMs?: number;
}

export interface WorkerPoolStats {
  name: string;
  size: number;
  live: number;
  inFlight: number;
  completed: number;
  failed: number;
  restarts: number;
  /** Workers terminated for leaving a job unanswered past the timeout. */
  timeouts: number;
  /** Why the last worker stopped, if one did. */
  lastStop: string | null;
  /**
   * Workers stopped twice or more in a row without finishing a job in between: starts are being
   * backed off, and until a job succeeds the pool cannot be trusted to serve.
   */
  crashLooping: boolean;
  /** How long until the backoff allows the next start (0: a job now would start a worker). */
  restartInMs: number;
}

interface Reply {
  id: number;
  /** The worker began the job (serveJobs says so before running it). */
  started?: true;
  result?: unknown;
  error?: { message: string };
}

interface Waiter {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  /** Armed when the worker starts the job. */
  timer: NodeJS.Timeout | null;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Waiter>;
  /** Jobs the worker has started and not yet answered. */
  running: number;
  /** Armed while jobs wait and none runs: a worker that never picks one up is stuck too. */
  pickup: NodeJS.Timeout | null;
}

const DEFAULT_JOB_TIMEOUT_MS = 10_000;
/**
 * The least time queued jobs wait for a worker that starts none of them: it covers the worker's
 * own start-up (a thread loading its entry from source took about half a second here while both
 * cores were busy), so a short job timeout does not kill workers still coming up.
 */
const MIN_PICKUP_MS = 5_000;
/** Re-spawn delays after consecutive stops with no job finished in between: 0, 50 ms, 100 ms … 30 s. */
const FIRST_BACKOFF_MS = 50;
const MAX_BACKOFF_MS = 30_000;

export class WorkerPool {
  readonly name: string;
  readonly size: number;
  private readonly spawnWorker: () => Worker;
  private readonly jobTimeoutMs: number;
  private readonly slots: Array<Slot | null>;
  private nextId = 1;
  private counts = { completed: 0, failed: 0, restarts: 0, timeouts: 0 };
  private lastStop: string | null = null;
  /** Stops since a job last finished: one poison job re-spawns at once, a crash loop backs off. */
  private stopsInARow = 0;
  private respawnAt = 0;
  private closed = false;

  constructor(options: WorkerPoolOptions) {
    if (!(options.size >= 1)) throw new Error(`${options.name}: pool size must be ≥ 1`);
    this.name = options.name;
    this.size = Math.floor(options.size);
    this.spawnWorker = options.spawn;
    this.jobTimeoutMs = options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
    this.slots = Array.from({ length: this.size }, () => null);
  }

  /** Runs one job (copied to the worker; memory in a SharedArrayBuffer is shared, not copied). */
  run<R>(job: unknown): Promise<R> {
    if (this.closed) return Promise.reject(new Error(`${this.name} pool is closed`));
    const slot = this.leastBusy();
    if (!slot) {
      const wait = Math.max(0, this.respawnAt - Date.now());
      return Promise.reject(new Error(`${this.name} workers unavailable (${this.lastStop}); next start in ${wait} ms`));
    }
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer: null });
      // Busy workers keep the process alive; idle ones must not (scripts end when work ends).
      slot.worker.ref();
      try {
        slot.worker.postMessage({ id, job });
      } catch (err) {
        slot.pending.delete(id);
        this.idleCheck(slot);
        reject(err as Error);
        return;
      }
      this.watchPickup(slot);
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
      lastStop: this.lastStop,
      crashLooping: this.stopsInARow >= 2,
      restartInMs: Math.max(0, this.respawnAt - Date.now()),
    };
  }

  /**
   * Ends the busiest live worker's thread as a crash would (fault drills, server/faults): its jobs
   * fail with the exit, and the next job starts a replacement. False when none is live.
   */
  terminateOne(): boolean {
    const live = this.slots.filter(Boolean) as Slot[];
    if (live.length === 0) return false;
    const busiest = live.reduce((a, b) => (b.pending.size > a.pending.size ? b : a));
    void busiest.worker.terminate();
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    const live = this.slots.filter(Boolean) as Slot[];
    this.slots.fill(null);
    for (const slot of live) this.failAll(slot, new Error(`${this.name} pool closed`));
    await Promise.all(live.map((s) => s.worker.terminate()));
  }

  /** Null when no worker is live and the backoff forbids starting one yet. */
  private leastBusy(): Slot | null {
    let best: Slot | null = null;
    const mayStart = Date.now() >= this.respawnAt;
    for (let i = 0; i < this.size; i++) {
      const slot = this.slots[i];
      // An empty slot is the least busy of all: fill it rather than queue behind a busy worker.
      if (!slot) {
        if (mayStart) return (this.slots[i] = this.start(i));
        continue;
      }
      if (!best || slot.pending.size < best.pending.size) best = slot;
    }
    return best;
  }

  private start(index: number): Slot {
    const worker = this.spawnWorker();
    const slot: Slot = { worker, pending: new Map(), running: 0, pickup: null };
    worker.unref();
    worker.on("message", (reply: Reply) => {
      const waiter = slot.pending.get(reply.id);
      if (!waiter) return;
      if (reply.started) {
        if (waiter.timer) return;
        waiter.timer = setTimeout(() => this.stuck(slot, `no answer within ${this.jobTimeoutMs} ms`), this.jobTimeoutMs).unref();
        slot.running++;
        this.clearPickup(slot);
        return;
      }
      if (waiter.timer) {
        clearTimeout(waiter.timer);
        slot.running--;
      }
      slot.pending.delete(reply.id);
      this.idleCheck(slot);
      this.watchPickup(slot);
      this.stopsInARow = 0; // the worker runs, so its entry and libraries are fine
      if (reply.error) {
        this.counts.failed++;
        waiter.reject(new Error(reply.error.message));
      } else {
        this.counts.completed++;
        waiter.resolve(reply.result);
      }
    });
    worker.on("error", (err) => this.retire(index, slot, err.message));
    worker.on("exit", (code) => this.retire(index, slot, `exit code ${code}`));
    return slot;
  }

  private stuck(slot: Slot, why: string) {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.counts.timeouts++;
    this.retire(index, slot, `${why}; terminated`);
    void slot.worker.terminate();
  }

  /** Jobs queued and none running: the worker must pick one up within the timeout. */
  private watchPickup(slot: Slot) {
    if (slot.running > 0 || slot.pending.size === 0 || slot.pickup) return;
    const ms = Math.max(this.jobTimeoutMs, MIN_PICKUP_MS);
    slot.pickup = setTimeout(() => this.stuck(slot, `no job started within ${ms} ms`), ms).unref();
  }

  private clearPickup(slot: Slot) {
    if (slot.pickup) clearTimeout(slot.pickup);
    slot.pickup = null;
  }

  private retire(index: number, slot: Slot, why: string) {
    if (this.slots[index] !== slot) return;
    this.slots[index] = null;
    this.counts.restarts++;
    this.lastStop = why;
    this.stopsInARow++;
    const backoff = this.stopsInARow < 2 ? 0 : Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (this.stopsInARow - 2));
    this.respawnAt = Date.now() + backoff;
    this.failAll(slot, new Error(`${this.name} worker stopped (${why})`));
  }

  private failAll(slot: Slot, err: Error) {
    this.clearPickup(slot);
    slot.running = 0;
    for (const waiter of slot.pending.values()) {
      if (waiter.timer) clearTimeout(waiter.timer);
      this.counts.failed++;
      waiter.reject(err);
    }
    slot.pending.clear();
  }

  private idleCheck(slot: Slot) {
    if (slot.pending.size === 0) slot.worker.unref();
  }
}
