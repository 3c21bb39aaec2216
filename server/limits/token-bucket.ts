/**
 * Token buckets per key (a service token's id): `ratePerS` requests a second on average, bursts of
 * up to `burst`. O(1) per call. Memory is bounded: past `maxKeys` the oldest bucket is dropped
 * (it comes back full, which only ever favours that key).
 */
export interface Take {
  ok: boolean;
  /** When refused: whole seconds until `cost` tokens are back (HTTP Retry-After). */
  retryAfterS: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly ratePerS: number,
    readonly burst: number,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(ratePerS > 0) || !(burst >= 1)) throw new Error(`a token bucket needs rate > 0 and burst ≥ 1 (got ${ratePerS}, ${burst})`);
  }

  take(key: string, cost = 1): Take {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
      b = { tokens: this.burst, at: t };
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 1000) * this.ratePerS);
      b.at = t;
    }
    if (b.tokens >= cost) {
      b.tokens -= cost;
      return { ok: true, retryAfterS: 0 };
    }
    return { ok: false, retryAfterS: Math.max(1, Math.ceil((cost - b.tokens) / this.ratePerS)) };
  }
}
