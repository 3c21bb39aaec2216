import { describe, expect, it } from "vitest";
import { memoisedPdq } from "./pdq-memo";

const result = (hash: string) => ({ hash, quality: 100 });

describe("memoisedPdq", () => {
  it("computes once per exact file, also for concurrent uploads of it", async () => {
    let calls = 0;
    const compute = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return result("a".repeat(64));
    };
    const key = "1".repeat(64);
    const [x, y] = await Promise.all([memoisedPdq(key, compute), memoisedPdq(key, compute)]);
    expect(await memoisedPdq(key, compute)).toEqual(x);
    expect(y).toEqual(x);
    expect(calls).toBe(1);
  });

  it("forgets a failed computation, so the next upload of the file tries again", async () => {
    const key = "2".repeat(64);
    await expect(memoisedPdq(key, () => Promise.reject(new Error("worker stopped")))).rejects.toThrow("worker stopped");
    await new Promise((r) => setTimeout(r, 0));
    await expect(memoisedPdq(key, async () => result("b".repeat(64)))).resolves.toEqual(result("b".repeat(64)));
  });

  it("is bounded: the least recently used file is the first to go", async () => {
    let calls = 0;
    const compute = async () => (calls++, result("c".repeat(64)));
    const first = "3".repeat(64);
    await memoisedPdq(first, compute);
    for (let i = 0; i < 20_000; i++) await memoisedPdq(`k${i}`, compute);
    const before = calls;
    await memoisedPdq(first, compute);
    expect(calls).toBe(before + 1);
  });
});
