/** The worker's supervisor, with real child processes. */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { supervise, type RunInfo } from "./supervise";

const node = (code: string) => spawn(process.execPath, ["-e", code], { stdio: "ignore" });
const until = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("supervise", () => {
  it("restarts a child that keeps dying, waiting longer each time, and tells it why", async () => {
    const runs: Array<RunInfo & { at: number }> = [];
    const s = supervise({
      name: "crasher",
      firstDelayMs: 100,
      maxDelayMs: 400,
      log: () => {},
      start: (info) => {
        runs.push({ ...info, at: Date.now() });
        return node("process.exit(3)");
      },
    });
    await until(() => runs.length >= 5);
    await s.stop();
    expect(runs.slice(0, 5).map((r) => r.restarts)).toEqual([0, 1, 2, 3, 4]);
    expect(runs[0].lastExit).toBeNull();
    expect(runs[1].lastExit).toBe("exit code 3");
    const gaps = runs.slice(1).map((r, i) => r.at - runs[i].at);
    // 100, 200, 400, then capped at 400 (plus the child's own start-up time).
    expect(gaps[0]).toBeGreaterThanOrEqual(100);
    expect(gaps[1]).toBeGreaterThanOrEqual(200);
    expect(gaps[2]).toBeGreaterThanOrEqual(400);
    expect(gaps[3]).toBeGreaterThanOrEqual(400);
    expect(gaps[3]).toBeLessThan(gaps[2] + 400);
    const after = runs.length;
    await new Promise((r) => setTimeout(r, 600));
    expect(runs.length).toBe(after); // stopped: no more restarts
  });

  it("restarts a child killed by a signal, and stop() ends a running one", async () => {
    const runs: RunInfo[] = [];
    const children: ReturnType<typeof node>[] = [];
    const s = supervise({
      name: "sleeper",
      firstDelayMs: 50,
      log: () => {},
      start: (info) => {
        runs.push(info);
        const c = node("setInterval(() => {}, 1000)");
        children.push(c);
        return c;
      },
    });
    await until(() => children[0]?.pid !== undefined);
    children[0].kill("SIGKILL");
    await until(() => runs.length === 2);
    expect(runs[1]).toEqual({ restarts: 1, lastExit: "signal SIGKILL" });
    await s.stop();
    expect(children[1].signalCode).toBe("SIGTERM");
    expect(s.restarts).toBe(1);
  });
});
