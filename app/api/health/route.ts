import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scorerState } from "@/server/cascade/model-scorer";
import { servingProblems } from "@/server/health/serving-problems";
import { imageWorkers } from "@/server/image/image-workers";
import { encoderWorkers, encoderWorkerState } from "@/server/inference/encoder-workers";
import { IMAGE_MODEL } from "@/server/inference/image-encoder";
import { modelFilesState } from "@/server/inference/model-files";
import { executionProviders, modelStates } from "@/server/inference/onnx-session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Liveness and readiness: database round trip, each model's file and session, the provider in use,
 * and the worker pools (restarts, stuck workers terminated, why the last one stopped). 503 when the
 * database is down or the instance cannot serve predict (servingProblems: a model missing or
 * failed, a worker pool crash-looping), listed under `problems`.
 */
export async function GET() {
  const t0 = performance.now();
  let db: { status: "ok" | "error"; ms?: number; error?: string };
  try {
    await getDb().execute(sql`select 1`);
    db = { status: "ok", ms: Math.round((performance.now() - t0) * 10) / 10 };
  } catch (err) {
    db = { status: "error", error: (err as Error).message };
  }
  const files = modelFilesState();
  // The image encoder's sessions live in its worker threads; the rest on this thread.
  const sessions: Record<string, object | undefined> = { ...modelStates(), [IMAGE_MODEL]: encoderWorkerState() };
  const models = Object.fromEntries(
    Object.entries(files).map(([name, file]) => [name, { file: file.present ? (file.verified ? "verified" : "unverified") : "missing", ...sessions[name] }]),
  );
  const scorer = scorerState();
  const workers = [imageWorkers().stats(), encoderWorkers().stats()];
  const problems = servingProblems({ files, scorer, pools: workers });
  const status = db.status !== "ok" || problems.length ? "down" : scorer.status === "ready" ? "ok" : "degraded";
  return Response.json(
    { status, problems, db, modelStage: scorer, executionProviders: executionProviders(), models, workers },
    { status: status === "down" ? 503 : 200, headers: { "cache-control": "no-store" } },
  );
}
