/**
 * A concurrency gate: at most `limit` holders at once and at most `queueLimit` waiting; anyone
 * beyond that is refused at once, so overload turns into a fast "try again" instead of a queue
 * that grows until every caller times out. O(1) per call; memory bounded by the queue limit.
 */
export type Release = () => void;

export class Gate {
  private active = 0;
  private readonly waiting: Array<(release: Release) => void> = [];
  private head = 0;

  constructor(
    readonly limit: number,
    readonly queueLimit = 0,
  ) {
    if (!(limit >= 1)) throw new Error(`a gate needs a limit of at least 1 (got ${limit})`);
  }

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length - this.head;
  }

  /** Takes `n` places now, or none (null) when fewer than `n` are free. Never waits. */
  tryEnter(n = 1): Release | null {
    if (this.active + n > this.limit) return null;
    this.active += n;
    return this.releaser(n);
  }

  /** One place, waiting in line when all are taken; null when the line is full too. */
  enter(): Promise<Release> | null {
    const now = this.tryEnter();
    if (now) return Promise.resolve(now);
    if (this.queued >= this.queueLimit) return null;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private releaser(n: number): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.active -= n;
      this.admitWaiting();
    };
  }

  private admitWaiting() {
    while (this.queued > 0 && this.active < this.limit) {
      const next = this.waiting[this.head++];
      this.active += 1;
      next(this.releaser(1));
    }
    // Compact now and then, so the array does not grow with every waiter ever seen.
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
  }
}
