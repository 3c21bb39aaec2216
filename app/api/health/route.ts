import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scorerState } from "@/server/cascade/model-scorer";
import { imageWorkers } from "@/server/image/image-workers";
import { encoderWorkers, encoderWorkerState } from "@/server/inference/encoder-workers";
import { IMAGE_MODEL } from "@/server/inference/image-encoder";
import { modelFilesState } from "@/server/inference/model-files";
import { executionProviders, modelStates } from "@/server/inference/onnx-session";
import { ocrWorkerHealth } from "@/server/jobs/worker-health";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Liveness and readiness: database round trip, each model's file and session, the provider in use,
 * the worker pools (restarts, stuck workers terminated, why the last one stopped), and the OCR
 * worker process (from its heartbeat; down or not started makes the status "degraded").
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
  const ocrWorker = await ocrWorkerHealth(getDb);
  const ocrWorkerOk = ocrWorker.state === "ok" || ocrWorker.state === "disabled";
  const status = db.status !== "ok" ? "down" : scorer.status === "ready" && ocrWorkerOk ? "ok" : "degraded";
  return Response.json(
    { status, db, modelStage: scorer, executionProviders: executionProviders(), models, workers: [imageWorkers().stats(), encoderWorkers().stats()], ocrWorker },
    { status: status === "down" ? 503 : 200, headers: { "cache-control": "no-store" } },
  );
}
