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
