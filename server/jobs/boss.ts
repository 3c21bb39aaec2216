/**
 * Postgres-backed jobs (pg-boss): slow follow-ups run off the hot path, survive restarts, and
 * retry. One instance per process, shared as a promise.
 */
import PgBoss from "pg-boss";

export const OCR_QUEUE = "ocr-follow-up";

const holder = globalThis as unknown as { __sightlineBoss?: Promise<PgBoss>; __sightlineBossRetryAt?: number };
/** After a failed start (no worker has created the job schema yet), wait before trying again. */
const RETRY_MS = 30_000;

/**
 * The worker owns the job schema and its upkeep; web servers only send (no maintenance loops in
 * the process that answers uploads).
 */
export function jobs(url = process.env.DATABASE_URL, role: "worker" | "sender" = "sender"): Promise<PgBoss> {
  if (!url) return Promise.reject(new Error("DATABASE_URL is not set"));
  if (!holder.__sightlineBoss && Date.now() < (holder.__sightlineBossRetryAt ?? 0)) {
    return Promise.reject(new Error("job queue unavailable; retrying later"));
  }
  holder.__sightlineBoss ??= (async () => {
    const worker = role === "worker";
    const boss = new PgBoss({ connectionString: url, schema: "pgboss", max: worker ? 3 : 2, migrate: worker, supervise: worker, schedule: worker });
    boss.on("error", (err) => console.error("jobs:", err.message));
    await boss.start();
    if (worker) await boss.createQueue(OCR_QUEUE, { name: OCR_QUEUE, retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 });
    return boss;
  })().catch((err) => {
    holder.__sightlineBoss = undefined;
    holder.__sightlineBossRetryAt = Date.now() + RETRY_MS;
    throw err;
  });
  return holder.__sightlineBoss;
}

/**
 * Best effort right after the decision is stored; a lost send is caught by the worker's sweep of
 * versions still missing OCR, so nothing is dropped silently.
 */
export async function enqueueOcr(versionId: string): Promise<void> {
  const boss = await jobs();
  await boss.send(OCR_QUEUE, { versionId }, { singletonKey: versionId });
}
