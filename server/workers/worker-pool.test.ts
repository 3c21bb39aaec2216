import { afterEach, describe, expect, it } from "vitest";
import { workerFromSource } from "./worker-from-source";
import { WorkerPool } from "./worker-pool";

const entry = new URL("./__fixtures__/test.worker.ts", import.meta.url);
let pool: WorkerPool;
const make = (size: number) => (pool = new WorkerPool({ name: "test", size, spawn: () => workerFromSource(entry) }));
afterEach(() => pool?.close());

describe("WorkerPool", () => {
  it("runs jobs in worker threads and returns their results", async () => {
    make(1);
    const r = await pool.run<{ value: number[]; threadId: number }>({ kind: "echo", value: [1, 2, 3] });
    expect(r.value).toEqual([1, 2, 3]);
    expect(r.threadId).toBeGreaterThan(0); // not the main thread (0)
  });

  it("spreads concurrent jobs over the workers, least busy first", async () => {
    make(2);
    const ids = await Promise.all([1, 2, 3, 4].map(() => pool.run<number>({ kind: "sleep", ms: 30 })));
    expect(new Set(ids).size).toBe(2);
    expect(ids.filter((id) => id === ids[0])).toHaveLength(2);
    expect(pool.stats()).toMatchObject({ live: 2, inFlight: 0, completed: 4 });
  });

  it("a job that throws rejects with its message and leaves the worker serving", async () => {
    make(1);
    await expect(pool.run({ kind: "fail" })).rejects.toThrow("the job failed on purpose");
    await expect(pool.run<{ value: string }>({ kind: "echo", value: "still here" })).resolves.toMatchObject({ value: "still here" });
    expect(pool.stats()).toMatchObject({ failed: 1, restarts: 0 });
  });

  it("a worker that dies fails the jobs it held, and the next job gets a fresh worker", async () => {
    make(1);
    const sleeping = pool.run({ kind: "sleep", ms: 5_000 });
    const dying = pool.run({ kind: "die" });
    await expect(dying).rejects.toThrow(/test worker stopped \(exit code 3\)/);
    await expect(sleeping).rejects.toThrow(/worker stopped/);
    await expect(pool.run<{ value: number }>({ kind: "echo", value: 1 })).resolves.toMatchObject({ value: 1 });
    expect(pool.stats()).toMatchObject({ restarts: 1, live: 1 });
  });

  it("a worker that leaves a job unanswered is terminated, its jobs fail, and a fresh one serves", async () => {
    pool = new WorkerPool({ name: "test", size: 1, jobTimeoutMs: 300, spawn: () => workerFromSource(entry) });
    await pool.run({ kind: "echo", value: 0 }); // started before the clock matters
    const t0 = performance.now();
    await expect(pool.run({ kind: "hang" })).rejects.toThrow(/test worker stopped \(no answer within 300 ms; terminated\)/);
    expect(performance.now() - t0).toBeLessThan(2_000);
    await expect(pool.run<{ value: number }>({ kind: "echo", value: 2 })).resolves.toMatchObject({ value: 2 });
    expect(pool.stats()).toMatchObject({ timeouts: 1, restarts: 1, live: 1 });
  });

  it("counts a job's time from when the worker starts it: a backlog behind a slow job is not stuck", async () => {
    pool = new WorkerPool({ name: "test", size: 1, jobTimeoutMs: 1_000, spawn: () => workerFromSource(entry) });
    await pool.run({ kind: "echo", value: 0 }); // started before the clock matters
    // Each job takes well under the timeout, but the last waits 1.8 s in the worker's queue.
    const jobs = [600, 400, 400, 400, 400].map((ms) => pool.run<number>({ kind: "busy", ms }));
    const threads = await Promise.all(jobs);
    expect(new Set(threads).size).toBe(1);
    expect(pool.stats()).toMatchObject({ timeouts: 0, restarts: 0, completed: 6, crashLooping: false });
  });

  it("a job stuck behind a backlog is still caught once it starts", async () => {
    pool = new WorkerPool({ name: "test", size: 1, jobTimeoutMs: 1_000, spawn: () => workerFromSource(entry) });
    await pool.run({ kind: "echo", value: 0 });
    const ahead = pool.run({ kind: "busy", ms: 600 });
    const stuck = pool.run({ kind: "hang" });
    await expect(ahead).resolves.toBeDefined();
    await expect(stuck).rejects.toThrow(/no answer within 1000 ms; terminated/);
    expect(pool.stats()).toMatchObject({ timeouts: 1, restarts: 1 });
  });

  it("a worker that never starts the jobs queued for it is terminated", async () => {
    const stalled = new URL("./__fixtures__/stalled.worker.ts", import.meta.url);
    pool = new WorkerPool({ name: "test", size: 1, jobTimeoutMs: 300, spawn: () => workerFromSource(stalled) });
    const t0 = performance.now();
    // Start-up gets at least 5 s, however short the job timeout.
    await expect(pool.run({ kind: "echo", value: 1 })).rejects.toThrow(/test worker stopped \(no job started within 5000 ms; terminated\)/);
    expect(performance.now() - t0).toBeLessThan(8_000);
    expect(pool.stats()).toMatchObject({ timeouts: 1, live: 0 });
  });

  it("backs off a worker that keeps dying at start, failing jobs at once meanwhile", async () => {
    let spawns = 0;
    const broken = new URL("./__fixtures__/broken.worker.ts", import.meta.url);
    pool = new WorkerPool({ name: "test", size: 1, spawn: () => (spawns++, workerFromSource(broken)) });
    await expect(pool.run({ kind: "echo", value: 1 })).rejects.toThrow(/this entry cannot start/);
    await expect(pool.run({ kind: "echo", value: 1 })).rejects.toThrow(/this entry cannot start/); // one retry at once
    expect(spawns).toBe(2);
    expect(pool.stats()).toMatchObject({ crashLooping: true });
    expect(pool.stats().restartInMs).toBeGreaterThan(0);
    // Two stops in a row: the next start waits, and jobs meanwhile fail without spawning.
    await expect(pool.run({ kind: "echo", value: 1 })).rejects.toThrow(/test workers unavailable \(.*this entry cannot start.*\); next start in \d+ ms/);
    expect(spawns).toBe(2);
    await new Promise((r) => setTimeout(r, 80));
    await expect(pool.run({ kind: "echo", value: 1 })).rejects.toThrow(/this entry cannot start/);
    expect(spawns).toBe(3);
    expect(pool.stats()).toMatchObject({ live: 0, restarts: 3 });
  });

  it("terminateOne ends the busiest worker as a crash would: its jobs fail, the next job gets a fresh one", async () => {
    make(2);
    // Least busy first: the first and third land on one worker, the second on the other.
    const sleeping = [pool.run({ kind: "sleep", ms: 5_000 }), pool.run({ kind: "sleep", ms: 300 }), pool.run({ kind: "sleep", ms: 5_000 })];
    expect(pool.terminateOne()).toBe(true);
    const settled = await Promise.allSettled(sleeping);
    expect(settled.map((s) => s.status)).toEqual(["rejected", "fulfilled", "rejected"]);
    await expect(pool.run<{ value: number }>({ kind: "echo", value: 3 })).resolves.toMatchObject({ value: 3 });
    expect(pool.stats()).toMatchObject({ restarts: 1, live: 2, crashLooping: false });
  });

  it("moves buffers back instead of copying them", async () => {
    make(1);
    const out = await pool.run<Float32Array>({ kind: "bytes", n: 1000 });
    expect(out).toBeInstanceOf(Float32Array);
    expect(out.length).toBe(1000);
    expect(out[999]).toBe(7);
  });

  it("refuses work once closed", async () => {
    make(1);
    await pool.close();
    await expect(pool.run({ kind: "echo", value: 1 })).rejects.toThrow(/closed/);
  });
});
