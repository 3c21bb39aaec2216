/** Failed sign-in counts per key, with lockout and exponential backoff computed in one statement. */
import { and, eq, gt, inArray, lt, max, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { loginThrottles } from "../schema";

export interface ThrottlePolicy {
  /** Failures (within `forgetMs` of each other) before the key locks. */
  threshold: number;
  /** First lock; each further failure doubles it, up to `maxLockMs`. */
  baseLockMs: number;
  maxLockMs: number;
  /** A key whose last failure is older than this starts again from zero. */
  forgetMs: number;
}

/** The latest lock among `keys` still in force, or null. */
export async function findLockedUntil(db: DbOrTx, keys: string[]): Promise<Date | null> {
  const [row] = await db
    .select({ until: max(loginThrottles.lockedUntil) })
    .from(loginThrottles)
    .where(and(inArray(loginThrottles.key, keys), gt(loginThrottles.lockedUntil, sql`now()`)));
  return row?.until ?? null;
}

/** Counts one failure; returns the lock it set, if the count reached the threshold. */
export async function recordLoginFailure(db: DbOrTx, key: string, p: ThrottlePolicy): Promise<Date | null> {
  const forget = sql`make_interval(secs => ${p.forgetMs / 1000})`;
  const failures = sql`case when ${loginThrottles.lastFailureAt} < now() - ${forget} then 1 else ${loginThrottles.failures} + 1 end`;
  const lockFor = (n: typeof failures) =>
    sql`case when ${n} >= ${p.threshold}
          then now() + make_interval(secs => least(${p.maxLockMs}::float8, ${p.baseLockMs}::float8 * power(2, ${n} - ${p.threshold})) / 1000)
        end`;
  const [row] = await db
    .insert(loginThrottles)
    .values({ key, failures: 1, lastFailureAt: sql`now()`, lockedUntil: lockFor(sql`1`) })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: { failures, lastFailureAt: sql`now()`, lockedUntil: lockFor(failures) },
    })
    .returning({ lockedUntil: loginThrottles.lockedUntil });
  return row.lockedUntil;
}

export async function clearLoginFailures(db: DbOrTx, key: string): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}

/** Forgets keys that are neither locked nor recent: the table holds one window's failures at most. */
export async function pruneLoginThrottles(db: DbOrTx, forgetMs: number): Promise<void> {
  await db
    .delete(loginThrottles)
    .where(
      and(
        lt(loginThrottles.lastFailureAt, sql`now() - make_interval(secs => ${forgetMs / 1000})`),
        sql`(${loginThrottles.lockedUntil} is null or ${loginThrottles.lockedUntil} < now())`,
      ),
    );
}
