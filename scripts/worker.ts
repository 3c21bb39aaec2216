/**
 * The background worker: OCR follow-ups from the job queue, plus a sweep that re-enqueues any
 * version whose OCR never ran. Runs at low CPU priority so it only uses what uploads leave.
 */
import os from "node:os";
import { appDatabaseUrl, createDb } from "@/db/client";
import { findVersionsMissingOcr } from "@/db/queries/ocr";
import { findFailedOpenVersions } from "@/db/queries/rescore";
import { loadScorer } from "@/server/cascade/model-scorer";
import { rescoreFailedOpen } from "@/server/cascade/rescore-version";
import { readImageText } from "@/server/image/ocr";
import { jobs, OCR_QUEUE } from "@/server/jobs/boss";
import { runOcrFollowUp } from "@/server/jobs/ocr-follow-up";
import { startHeartbeat } from "@/server/jobs/worker-heartbeat";
import { logger } from "@/server/logger";

const url = appDatabaseUrl();
if (!url) throw new Error("worker: DATABASE_URL (or SIGHTLINE_APP_DATABASE_URL) is not set");
try {
  os.setPriority(15);
} catch {}

const db = createDb(url, 3);
// Beat first, so /api/health sees the worker alive while its models load.
const stopHeartbeat = await startHeartbeat(db, (err) => logger.warn({ err: err.message }, "worker heartbeat failed"));
const boss = await jobs(url, "worker");
const scorer = await loadScorer();
const SWEEP_MS = 60_000;

await boss.work<{ versionId: string }>(OCR_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
  const result = await runOcrFollowUp(db, job.data.versionId, { readText: readImageText, scorer });
  if (result.status === "done" && result.reviewItemId) logger.info({ versionId: job.data.versionId, reviewItemId: result.reviewItemId }, "OCR text raised a review item");
});

async function sweep() {
  const versions = await findVersionsMissingOcr(db, new Date(Date.now() - 2 * 60_000));
  for (const versionId of versions) await boss.send(OCR_QUEUE, { versionId }, { singletonKey: versionId });
  if (versions.length) logger.info({ count: versions.length }, "re-enqueued versions missing OCR");
}
await sweep();
setInterval(() => sweep().catch((err) => logger.error({ err }, "OCR sweep failed")), SWEEP_MS);

/** Listings that failed open get the model's scores and evidence once it answers again. */
async function rescoreSweep() {
  if (!scorer) return;
  for (const versionId of await findFailedOpenVersions(db, new Date(Date.now() - 30_000))) {
    const result = await rescoreFailedOpen(db, versionId, { scorer, actor: "worker" });
    if (result.kind === "still_failing") return; // the model is still unavailable: try again next sweep
    logger.info({ versionId, result: result.kind }, "re-scored a fail-open listing");
  }
}
setInterval(() => rescoreSweep().catch((err) => logger.error({ err }, "re-score sweep failed")), SWEEP_MS);
logger.info("worker: processing OCR follow-ups");

const stop = async () => {
  stopHeartbeat();
  await boss.stop({ graceful: true, timeout: 5000 }).catch(() => {});
  await db.$client.end();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
