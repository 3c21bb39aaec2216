import { describe, expect, it } from "vitest";
import { TokenBuckets } from "./token-bucket";

describe("TokenBuckets", () => {
  it("allows a burst, then the rate, and says when to come back", () => {
    let now = 0;
    const buckets = new TokenBuckets(2, 3, 100, () => now);
    expect([1, 2, 3].map(() => buckets.take("a").ok)).toEqual([true, true, true]);
    expect(buckets.take("a")).toEqual({ ok: false, retryAfterS: 1 });
    // Another key has its own bucket.
    expect(buckets.take("b").ok).toBe(true);
    now += 500; // one token back at 2/s
    expect(buckets.take("a").ok).toBe(true);
    expect(buckets.take("a").ok).toBe(false);
    now += 10_000; // refills only up to the burst
    expect([1, 2, 3, 4].map(() => buckets.take("a").ok)).toEqual([true, true, true, false]);
  });

  it("prices a batch by its calls and rounds the wait up to whole seconds", () => {
    const buckets = new TokenBuckets(0.5, 4, 100, () => 0);
    expect(buckets.take("k", 4).ok).toBe(true);
    expect(buckets.take("k", 3)).toEqual({ ok: false, retryAfterS: 6 });
  });

  it("keeps at most maxKeys buckets", () => {
    const buckets = new TokenBuckets(1, 1, 2, () => 0);
    buckets.take("a");
    buckets.take("b");
    buckets.take("c"); // drops a, the oldest
    expect(buckets.take("b").ok).toBe(false);
    expect(buckets.take("a").ok).toBe(true); // back, full
  });
});
