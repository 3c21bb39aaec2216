import { like, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { workerHeartbeats } from "../schema";

export interface Beat {
  worker: string;
  pid: number;
  startedAt: Date;
  restarts: number;
  lastExit: string | null;
}

/** Renews the worker's row (the database's clock). */
export async function beat(db: DbOrTx, b: Beat) {
  await db
    .insert(workerHeartbeats)
    .values(b)
    .onConflictDoUpdate({ target: workerHeartbeats.worker, set: { ...b, beatAt: sql`now()` } });
}

/** Rows of workers named `<kind>@...`, with the seconds since each one's last beat. */
export async function findHeartbeats(db: DbOrTx, kind: string) {
  return db
    .select({
      worker: workerHeartbeats.worker,
      restarts: workerHeartbeats.restarts,
      lastExit: workerHeartbeats.lastExit,
      secondsAgo: sql<number>`extract(epoch from now() - ${workerHeartbeats.beatAt})::float8`,
    })
    .from(workerHeartbeats)
    .where(like(workerHeartbeats.worker, `${kind}@%`));
}
