/**
 * The OCR worker's sign of life for /api/health (server/jobs/worker-health.ts), written to
 * Postgres because the app answering health runs in another process, or on another machine.
 */
import os from "node:os";
import type { Db } from "@/db/client";
import { beat } from "@/db/queries/worker-heartbeats";

export const OCR_WORKER = "ocr";
export const BEAT_EVERY_MS = 10_000;
/** Three missed beats: the worker is down (or stuck). */
export const STALE_AFTER_S = (3 * BEAT_EVERY_MS) / 1000;

/** Beats now and then every BEAT_EVERY_MS; returns a function that stops it. */
export async function startHeartbeat(db: Db, onError: (err: Error) => void): Promise<() => void> {
  const me = {
    worker: `${OCR_WORKER}@${os.hostname()}`,
    pid: process.pid,
    startedAt: new Date(),
    // Set by the supervisor in scripts/start.ts.
    restarts: Number(process.env.SIGHTLINE_WORKER_RESTARTS ?? 0) || 0,
    lastExit: process.env.SIGHTLINE_WORKER_LAST_EXIT || null,
  };
  await beat(db, me);
  const timer = setInterval(() => beat(db, me).catch(onError), BEAT_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
