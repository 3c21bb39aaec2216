import { describe, expect, it } from "vitest";
import { MicroBatcher } from "./micro-batcher";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("MicroBatcher", () => {
  it("gathers concurrent submits into one batch and returns each caller its own result", async () => {
    const seen: number[][] = [];
    const batcher = new MicroBatcher<number, number>({
      maxBatchSize: 8,
      maxWaitMs: 1000,
      run: async (items) => {
        seen.push(items);
        return items.map((x) => x * 10);
      },
    });
    const results = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((x) => batcher.submit(x)));
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    // Full batch flushed at once, without waiting for the (long) maxWaitMs.
    expect(seen).toEqual([[1, 2, 3, 4, 5, 6, 7, 8]]);
    expect(batcher.stats()).toMatchObject({ batches: 1, items: 8, meanBatchSize: 8 });
  });

  it("flushes a partial batch after maxWaitMs", async () => {
    const batcher = new MicroBatcher<string, string>({ maxBatchSize: 100, maxWaitMs: 5, run: async (xs) => xs.map((x) => x.toUpperCase()) });
    await expect(Promise.all([batcher.submit("a"), batcher.submit("b")])).resolves.toEqual(["A", "B"]);
    expect(batcher.stats().batches).toBe(1);
  });

  it("splits a burst larger than maxBatchSize and never runs two batches at once", async () => {
    let active = 0;
    let maxActive = 0;
    const sizes: number[] = [];
    const batcher = new MicroBatcher<number, number>({
      maxBatchSize: 4,
      maxWaitMs: 0,
      run: async (items) => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        sizes.push(items.length);
        await sleep(5);
        active -= 1;
        return items.map((x) => x + 1);
      },
    });
    const inputs = Array.from({ length: 10 }, (_, i) => i);
    const results = await Promise.all(inputs.map((x) => batcher.submit(x)));
    expect(results).toEqual(inputs.map((x) => x + 1));
    expect(maxActive).toBe(1);
    expect(sizes.every((s) => s <= 4)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it("queues while a batch runs and forms the next batch from what queued", async () => {
    const sizes: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const batcher = new MicroBatcher<number, number>({
      maxBatchSize: 8,
      maxWaitMs: 0,
      run: async (items) => {
        sizes.push(items.length);
        if (sizes.length === 1) await gate;
        return items;
      },
    });
    const first = batcher.submit(0);
    await sleep(1); // first batch (of 1) is now running and blocked
    const rest = [1, 2, 3].map((x) => batcher.submit(x));
    expect(batcher.stats()).toMatchObject({ running: 1, queued: 3 });
    release();
    await Promise.all([first, ...rest]);
    expect(sizes).toEqual([1, 3]);
    expect(batcher.stats().meanBatchSize).toBe(2);
  });

  it("runs up to `concurrency` batches at once and no more", async () => {
    let active = 0;
    let maxActive = 0;
    const sizes: number[] = [];
    const batcher = new MicroBatcher<number, number>({
      maxBatchSize: 3,
      maxWaitMs: 1000, // full batches go at once; only the runner limit holds them back
      concurrency: 2,
      run: async (items) => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        sizes.push(items.length);
        await sleep(10);
        active -= 1;
        return items;
      },
    });
    const inputs = Array.from({ length: 12 }, (_, i) => i);
    const t0 = performance.now();
    expect(await Promise.all(inputs.map((x) => batcher.submit(x)))).toEqual(inputs);
    expect(maxActive).toBe(2);
    expect(sizes).toEqual([3, 3, 3, 3]);
    // Two at a time: two rounds of 10 ms, not four.
    expect(performance.now() - t0).toBeLessThan(38);
  });

  it("rejects every item of a failing batch and keeps serving later ones", async () => {
    let calls = 0;
    const batcher = new MicroBatcher<number, number>({
      maxBatchSize: 2,
      maxWaitMs: 1000,
      run: async (items) => {
        calls += 1;
        if (calls === 1) throw new Error("boom");
        return items;
      },
    });
    const failing = [batcher.submit(1), batcher.submit(2)];
    await expect(failing[0]).rejects.toThrow("boom");
    await expect(failing[1]).rejects.toThrow("boom");
    await expect(Promise.all([batcher.submit(3), batcher.submit(4)])).resolves.toEqual([3, 4]);
    expect(batcher.stats().failedBatches).toBe(1);
  });

  it("rejects when run returns the wrong number of results, and on a synchronous throw", async () => {
    const short = new MicroBatcher<number, number>({ maxBatchSize: 2, maxWaitMs: 1000, run: async () => [1] });
    await expect(Promise.all([short.submit(1), short.submit(2)])).rejects.toThrow(/1 results for 2 items/);
    const sync = new MicroBatcher<number, number>({
      maxBatchSize: 1,
      maxWaitMs: 0,
      run: () => {
        throw new Error("sync");
      },
    });
    await expect(sync.submit(1)).rejects.toThrow("sync");
  });
});
