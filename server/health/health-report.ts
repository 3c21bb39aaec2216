/**
 * What /api/health answers. Everyone may learn whether the service is up, warming or degraded
 * (load balancers and uptime checks are anonymous); only staff who are logged in see the details
 * that help them fix it: error texts, model sessions, worker pools. Anonymous callers never see
 * file paths or database error text, which would tell an attacker about the machine.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { scorerState } from "../cascade/model-scorer";
import { imageWorkers } from "../image/image-workers";
import { encoderWorkers, encoderWorkerState } from "../inference/encoder-workers";
import { IMAGE_MODEL } from "../inference/image-encoder";
import { modelFilesState } from "../inference/model-files";
import { executionProviders, modelStates } from "../inference/onnx-session";
import { ocrWorkerHealth } from "../jobs/worker-health";
import { servingProblems } from "./serving-problems";

export type HealthStatus = "ok" | "warming" | "degraded" | "down";

export interface HealthReport {
  status: HealthStatus;
  /** The HTTP status to answer with: 200 only when predicts get the model. */
  httpStatus: number;
  body: Record<string, unknown>;
}

export async function healthReport(db: Db, opts: { detailed: boolean }): Promise<HealthReport> {
  const t0 = performance.now();
  let dbState: { status: "ok" | "error"; ms?: number; error?: string };
  try {
    await db.execute(sql`select 1`);
    dbState = { status: "ok", ms: Math.round((performance.now() - t0) * 10) / 10 };
  } catch (err) {
    dbState = { status: "error", error: (err as Error).message };
  }
  const scorer = scorerState();
  // The OCR follow-ups run in their own process; its heartbeat says whether it lives.
  const ocrWorker = await ocrWorkerHealth(() => db);
  const ocrWorkerOk = ocrWorker.state === "ok" || ocrWorker.state === "disabled";
  const files = modelFilesState();
  const workers = [imageWorkers().stats(), encoderWorkers().stats()];
  // What stops predict from getting the model: a load balancer should route around this instance.
  const problems = servingProblems({ files, scorer, pools: workers });
  const status: HealthStatus =
    dbState.status !== "ok" || problems.length
      ? "down"
      : scorer.status === "warming"
        ? "warming"
        : scorer.status === "ready" && ocrWorkerOk
          ? "ok"
          : "degraded";
  const httpStatus = status === "ok" || status === "degraded" ? 200 : 503;

  if (!opts.detailed) {
    return {
      status,
      httpStatus,
      body: {
        status,
        problems: problems.length,
        db: { status: dbState.status },
        modelStage: { status: scorer.status },
        ocrWorker: { state: ocrWorker.state },
        models: Object.fromEntries(Object.entries(files).map(([name, f]) => [name, { file: fileState(f) }])),
      },
    };
  }
  // The image encoder's sessions live in its worker threads; the rest on this thread.
  const sessions: Record<string, object | undefined> = { ...modelStates(), [IMAGE_MODEL]: encoderWorkerState() };
  const models = Object.fromEntries(Object.entries(files).map(([name, f]) => [name, { file: fileState(f), ...sessions[name] }]));
  return {
    status,
    httpStatus,
    body: {
      status,
      problems,
      db: dbState,
      modelStage: scorer,
      executionProviders: executionProviders(),
      models,
      workers,
      ocrWorker,
    },
  };
}

function fileState(f: { present: boolean; verified: boolean }): "verified" | "unverified" | "missing" {
  return f.present ? (f.verified ? "verified" : "unverified") : "missing";
}
