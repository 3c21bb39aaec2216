import { afterEach, describe, expect, it } from "vitest";
import { modelFilesState } from "../inference/model-files";
import { workerFromSource } from "../workers/worker-from-source";
import { WorkerPool } from "../workers/worker-pool";
import { servingProblems } from "./serving-problems";

const entry = (name: string) => new URL(`../workers/__fixtures__/${name}.worker.ts`, import.meta.url);
const pools: WorkerPool[] = [];
const pool = (name: string) => {
  const p = new WorkerPool({ name: "image", size: 1, spawn: () => workerFromSource(entry(name)) });
  pools.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe("servingProblems", () => {
  it("none with the model files in place, the model stage ready and workers serving", async () => {
    const healthy = pool("test");
    await healthy.run({ kind: "echo", value: 1 });
    expect(servingProblems({ files: modelFilesState(), scorer: { status: "ready" }, pools: [healthy.stats()] })).toEqual([]);
  });

  it("a pool whose workers keep dying at start (backed off) is a problem", async () => {
    const broken = pool("broken");
    for (let i = 0; i < 2; i++) await expect(broken.run({ kind: "echo", value: 1 })).rejects.toThrow();
    const problems = servingProblems({ files: modelFilesState(), scorer: { status: "ready" }, pools: [broken.stats()] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^image workers keep stopping \(.*this entry cannot start.*\); next start in \d+ ms$/);
  });

  it("a failed model stage is a problem; one still warming is not", () => {
    expect(servingProblems({ files: {}, scorer: { status: "error", error: "model file missing" }, pools: [] })).toEqual(["the model stage failed to load: model file missing"]);
    expect(servingProblems({ files: {}, scorer: { status: "warming" }, pools: [] })).toEqual([]);
  });
});
