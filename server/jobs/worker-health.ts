/**
 * Whether the OCR worker is alive, for /api/health, from the heartbeats it writes
 * (server/jobs/worker-heartbeat.ts).
 */
import type { Db } from "@/db/client";
import { findHeartbeats } from "@/db/queries/worker-heartbeats";
import { OCR_WORKER, STALE_AFTER_S } from "./worker-heartbeat";

export interface WorkerHealth {
  /** ok: a worker beat recently; down: none has for STALE_AFTER_S; not started: none ever did; disabled: SIGHTLINE_WORKER=0; unknown: the database did not answer. */
  state: "ok" | "down" | "not started" | "disabled" | "unknown";
  live: number;
  lastBeatSecondsAgo: number | null;
  restarts: number;
  lastExit: string | null;
}

/** Whether the OCR worker runs, for /api/health: counts and ages only (no host names, no error text). `db` is called inside, so a missing URL reads as unknown. */
export async function ocrWorkerHealth(db: () => Db): Promise<WorkerHealth> {
  const none = { live: 0, lastBeatSecondsAgo: null, restarts: 0, lastExit: null };
  if (process.env.SIGHTLINE_WORKER === "0") return { state: "disabled", ...none };
  let rows: Awaited<ReturnType<typeof findHeartbeats>>;
  try {
    rows = await findHeartbeats(db(), OCR_WORKER);
  } catch {
    return { state: "unknown", ...none };
  }
  if (rows.length === 0) return { state: "not started", ...none };
  const latest = rows.reduce((a, b) => (b.secondsAgo < a.secondsAgo ? b : a));
  const live = rows.filter((r) => r.secondsAgo <= STALE_AFTER_S).length;
  return {
    state: live > 0 ? "ok" : "down",
    live,
    lastBeatSecondsAgo: Math.round(latest.secondsAgo),
    restarts: latest.restarts,
    lastExit: latest.lastExit,
  };
}
