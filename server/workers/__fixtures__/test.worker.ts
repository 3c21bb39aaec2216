// A worker for worker-pool.test.ts: echoes, fails, sleeps, keeps its thread busy, hangs or dies on request.
import { threadId } from "node:worker_threads";
import { serveJobs } from "../serve-jobs";

type Job = { kind: "echo"; value: unknown } | { kind: "fail" } | { kind: "sleep"; ms: number } | { kind: "busy"; ms: number } | { kind: "die" } | { kind: "hang" } | { kind: "bytes"; n: number };

serveJobs(async (job: Job) => {
  if (job.kind === "echo") return { result: { value: job.value, threadId } };
  if (job.kind === "fail") throw new Error("the job failed on purpose");
  if (job.kind === "sleep") {
    await new Promise((r) => setTimeout(r, job.ms));
    return { result: threadId };
  }
  if (job.kind === "busy") {
    // Synchronous, like PDQ or an ONNX run: jobs behind it wait in the thread's queue.
    const end = performance.now() + job.ms;
    while (performance.now() < end);
    return { result: threadId };
  }
  if (job.kind === "hang") for (;;); // a stuck job: the worker's event loop never comes back
  if (job.kind === "bytes") {
    const out = new Float32Array(job.n).fill(7);
    return { result: out, transfer: [out.buffer] };
  }
  process.exit(3);
});
