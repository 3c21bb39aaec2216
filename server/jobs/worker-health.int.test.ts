/**
 * The OCR worker's state as /api/health reports it, from the heartbeat the worker writes into
 * Postgres (the app answering health is another process).
 */
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { startHeartbeat } from "./worker-heartbeat";
import { ocrWorkerHealth } from "./worker-health";

let db: Db;
beforeAll(() => {
  db = createDb(inject("databaseUrl"), 2);
});
afterAll(async () => {
  await db.$client.end();
});
afterEach(() => {
  delete process.env.SIGHTLINE_WORKER;
  delete process.env.SIGHTLINE_WORKER_RESTARTS;
  delete process.env.SIGHTLINE_WORKER_LAST_EXIT;
});

describe("OCR worker health", () => {
  it("is 'not started' before any worker beat, 'ok' once one beats, and 'down' once beats stop", async () => {
    expect(await ocrWorkerHealth(() => db)).toMatchObject({ state: "not started", live: 0 });

    // What the supervisor tells a restarted worker (scripts/start.ts), as the app role.
    process.env.SIGHTLINE_WORKER_RESTARTS = "2";
    process.env.SIGHTLINE_WORKER_LAST_EXIT = "signal SIGKILL";
    const stop = await startHeartbeat(db, (err) => {
      throw err;
    });
    stop();
    expect(await ocrWorkerHealth(() => db)).toEqual({ state: "ok", live: 1, lastBeatSecondsAgo: 0, restarts: 2, lastExit: "signal SIGKILL" });

    // Its last beat 45 s ago: three beats missed.
    await db.execute(sql`update worker_heartbeats set beat_at = now() - interval '45 seconds'`);
    expect(await ocrWorkerHealth(() => db)).toMatchObject({ state: "down", live: 0, lastBeatSecondsAgo: 45 });
  });

  it("says 'disabled' when npm start runs no worker, and 'unknown', without the error, when the database does not answer", async () => {
    process.env.SIGHTLINE_WORKER = "0";
    expect((await ocrWorkerHealth(() => db)).state).toBe("disabled");
    delete process.env.SIGHTLINE_WORKER;
    const health = await ocrWorkerHealth(() => {
      throw new Error("DATABASE_URL is not set at /secret/path");
    });
    expect(health).toEqual({ state: "unknown", live: 0, lastBeatSecondsAgo: null, restarts: 0, lastExit: null });
  });
});
