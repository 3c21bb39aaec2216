/**
 * If the automatic block rate jumps far above its baseline (a bad model or policy push, a shift
 * in traffic), stop auto-blocking on model scores and send those listings to review instead.
 * A sliding window per process; hash-bank blocks are exact matches and are never held back.
 */
const WINDOW_MS = 10 * 60_000;
const MIN_SAMPLES = 200;

export class BlockRateBreaker {
  private events: Array<{ at: number; blocked: boolean }> = [];

  constructor(
    /** Expected share of model blocks (from the design's ~1:1000 prevalence, with room). */
    private readonly baselineRate = Number(process.env.SIGHTLINE_BASELINE_BLOCK_RATE ?? 0.01),
    /** Trip when the observed rate exceeds baseline x factor. */
    private readonly factor = Number(process.env.SIGHTLINE_BREAKER_FACTOR ?? 10),
  ) {}

  record(blocked: boolean, now = Date.now()): void {
    this.events.push({ at: now, blocked });
    while (this.events.length && this.events[0].at < now - WINDOW_MS) this.events.shift();
  }

  rate(): number {
    if (this.events.length === 0) return 0;
    return this.events.filter((e) => e.blocked).length / this.events.length;
  }

  isOpen(): boolean {
    return this.events.length >= MIN_SAMPLES && this.rate() > this.baselineRate * this.factor;
  }
}

const holder = globalThis as unknown as { __sightlineBreaker?: BlockRateBreaker };
export function blockRateBreaker(): BlockRateBreaker {
  return (holder.__sightlineBreaker ??= new BlockRateBreaker());
}
