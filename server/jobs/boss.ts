/**
 * Postgres-backed jobs (pg-boss): slow follow-ups run off the hot path, survive restarts, and
 * retry. One instance per process, shared as a promise.
 */
import PgBoss from "pg-boss";
import { appDatabaseUrl, poolTimeouts } from "@/db/client";

export const OCR_QUEUE = "ocr-follow-up";
const QUEUES: PgBoss.Queue[] = [{ name: OCR_QUEUE, retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 }];
const SCHEMA = "pgboss";

const holder = globalThis as unknown as { __sightlineBoss?: Promise<PgBoss>; __sightlineBossRetryAt?: number };
/** After a failed start (the job schema is not there yet), wait before trying again. */
const RETRY_MS = 30_000;

/**
 * The job schema and its queues, created by the database owner at set-up (scripts/local-database.ts):
 * a queue is a partition of pgboss.job, and attaching one takes the table's owner, which the app
 * role is not. Idempotent.
 */
export async function installJobSchema(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: SCHEMA, max: 1, migrate: true, supervise: false, schedule: false });
  boss.on("error", (err) => console.error("jobs:", err.message));
  await boss.start();
  try {
    for (const queue of QUEUES) await boss.createQueue(queue.name, queue);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/**
 * The worker runs the job schema's upkeep; web servers only send (no maintenance loops in the
 * process that answers uploads). Both connect as the app role and never change the schema.
 */
export function jobs(url = appDatabaseUrl(), role: "worker" | "sender" = "sender"): Promise<PgBoss> {
  if (!url) return Promise.reject(new Error("DATABASE_URL is not set"));
  if (!holder.__sightlineBoss && Date.now() < (holder.__sightlineBossRetryAt ?? 0)) {
    return Promise.reject(new Error("job queue unavailable; retrying later"));
  }
  holder.__sightlineBoss ??= (async () => {
    const worker = role === "worker";
    const boss = new PgBoss({ connectionString: url, schema: SCHEMA, max: worker ? 3 : 2, migrate: false, supervise: worker, schedule: worker, ...poolTimeouts() });
    boss.on("error", (err) => console.error("jobs:", err.message));
    await boss.start().catch((err: Error) => {
      throw new Error(`job queue: ${err.message} (npm start, or npm run seed, installs the job schema as the database owner)`);
    });
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
