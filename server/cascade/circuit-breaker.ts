/**
 * If the automatic block rate jumps far above its baseline (a bad model or policy push, a shift
 * in traffic), stop auto-blocking on model scores and send those listings to review instead.
 * A sliding window per process, kept as counts in fixed time buckets so recording a decision on
 * the hot path is O(1) whatever the traffic (an event list would hold ~70k entries at 115 QPS).
 * Hash-bank blocks are exact matches and never reach it.
 */
const WINDOW_MS = 10 * 60_000;
const BUCKETS = 60;
const BUCKET_MS = WINDOW_MS / BUCKETS;
const MIN_SAMPLES = 200;

export class BlockRateBreaker {
  private readonly total = new Uint32Array(BUCKETS);
  private readonly blocked = new Uint32Array(BUCKETS);
  /** Which time slot each bucket currently counts (slot = floor(time / BUCKET_MS)). */
  private readonly slot = new Float64Array(BUCKETS).fill(-1);
  private latestSlot = -Infinity;

  constructor(
    /** Expected share of model blocks (from the design's ~1:1000 prevalence, with room). */
    private readonly baselineRate = Number(process.env.SIGHTLINE_BASELINE_BLOCK_RATE ?? 0.01),
    /** Trip when the observed rate exceeds baseline x factor. */
    private readonly factor = Number(process.env.SIGHTLINE_BREAKER_FACTOR ?? 10),
  ) {}

  record(blocked: boolean, now = Date.now()): void {
    const s = Math.floor(now / BUCKET_MS);
    const i = s % BUCKETS;
    if (this.slot[i] !== s) {
      this.slot[i] = s;
      this.total[i] = 0;
      this.blocked[i] = 0;
    }
    this.total[i]++;
    if (blocked) this.blocked[i]++;
    this.latestSlot = Math.max(this.latestSlot, s);
  }

  /** Counts of the buckets inside the window that ends at the newest event. */
  private counts(): { total: number; blocked: number } {
    let total = 0;
    let blocked = 0;
    for (let i = 0; i < BUCKETS; i++) {
      if (this.slot[i] > this.latestSlot - BUCKETS) {
        total += this.total[i];
        blocked += this.blocked[i];
      }
    }
    return { total, blocked };
  }

  rate(): number {
    const { total, blocked } = this.counts();
    return total === 0 ? 0 : blocked / total;
  }

  isOpen(): boolean {
    const { total, blocked } = this.counts();
    return total >= MIN_SAMPLES && blocked / total > this.baselineRate * this.factor;
  }
}

const holder = globalThis as unknown as { __sightlineBreaker?: BlockRateBreaker };
export function blockRateBreaker(): BlockRateBreaker {
  return (holder.__sightlineBreaker ??= new BlockRateBreaker());
}
