// Dynamic batching in the spirit of Triton's: concurrent submits are gathered into one run.
// A batch goes when it is full or when its oldest item has waited maxWaitMs. At most `concurrency`
// batches run at once (one per encoder worker), and whatever queues while they run forms the next
// batch, so batches grow with load instead of latency.

export interface MicroBatcherOptions<I, O> {
  maxBatchSize: number;
  maxWaitMs: number;
  /** Batches allowed to run at the same time (default 1). */
  concurrency?: number;
  run: (items: I[]) => Promise<O[]>;
}

export interface MicroBatcherStats {
  batches: number;
  items: number;
  meanBatchSize: number;
  maxBatchSizeSeen: number;
  failedBatches: number;
  queued: number;
  /** Batches running now. */
  running: number;
}

interface Pending<I, O> {
  item: I;
  enqueuedAt: number;
  resolve: (value: O) => void;
  reject: (reason: unknown) => void;
}

export class MicroBatcher<I, O> {
  readonly maxBatchSize: number;
  readonly maxWaitMs: number;
  readonly concurrency: number;
  private readonly runBatch: (items: I[]) => Promise<O[]>;
  private queue: Array<Pending<I, O>> = [];
  private running = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private counts = { batches: 0, items: 0, maxBatchSizeSeen: 0, failedBatches: 0 };

  constructor(options: MicroBatcherOptions<I, O>) {
    if (!(options.maxBatchSize >= 1)) throw new Error("maxBatchSize must be ≥ 1");
    if (!(options.maxWaitMs >= 0)) throw new Error("maxWaitMs must be ≥ 0");
    if (!((options.concurrency ?? 1) >= 1)) throw new Error("concurrency must be ≥ 1");
    this.maxBatchSize = Math.floor(options.maxBatchSize);
    this.maxWaitMs = options.maxWaitMs;
    this.concurrency = Math.floor(options.concurrency ?? 1);
    this.runBatch = options.run;
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, enqueuedAt: performance.now(), resolve, reject });
      this.schedule();
    });
  }

  stats(): MicroBatcherStats {
    const { batches, items } = this.counts;
    return { ...this.counts, meanBatchSize: batches ? items / batches : 0, queued: this.queue.length, running: this.running };
  }

  private schedule() {
    if (this.running >= this.concurrency || this.queue.length === 0) return;
    if (this.queue.length >= this.maxBatchSize) {
      this.flush();
      return;
    }
    const waited = performance.now() - this.queue[0].enqueuedAt;
    const remaining = this.maxWaitMs - waited;
    if (remaining <= 0) {
      this.flush();
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.schedule();
      }, remaining);
    }
  }

  private flush() {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const batch = this.queue.splice(0, this.maxBatchSize);
    this.running += 1;
    this.counts.batches += 1;
    this.counts.items += batch.length;
    this.counts.maxBatchSizeSeen = Math.max(this.counts.maxBatchSizeSeen, batch.length);

    let result: Promise<O[]>;
    try {
      result = this.runBatch(batch.map((p) => p.item));
    } catch (err) {
      result = Promise.reject(err);
    }
    result
      .then(
        (outputs) => {
          if (!Array.isArray(outputs) || outputs.length !== batch.length) {
            throw new Error(`micro-batcher: run returned ${Array.isArray(outputs) ? outputs.length : typeof outputs} results for ${batch.length} items`);
          }
          batch.forEach((p, i) => p.resolve(outputs[i]));
        },
      )
      .catch((err: unknown) => {
        this.counts.failedBatches += 1;
        for (const p of batch) p.reject(err);
      })
      .finally(() => {
        this.running -= 1;
        this.schedule();
      });
    // A burst bigger than one batch can start on another free runner at once.
    this.schedule();
  }
}
