/**
 * Password login. Every attempt that reaches the password check costs the same scrypt work,
 * whether the account exists or not; failed attempts lock the account and the address with
 * backoff (login-throttle.ts); a good login upgrades a hash made at older parameters.
 */
import type { Db } from "@/db/client";
import { findUserByEmail, insertSession, replacePasswordHash, type SessionUser } from "@/db/queries/auth";
import { envNumber } from "../config";
import { AppError } from "../errors/app-error";
import { Gate } from "../limits/gate";
import { noteFailedLogin, noteGoodLogin, secondsLocked, throttleKeys, waitText } from "./login-throttle";
import { DUMMY_PASSWORD_HASH, hashPassword, needsRehash, verifyPassword } from "./password";
import { hashSecret, newSecret } from "./tokens";

const SESSION_DAYS = 7;

/**
 * scrypt runs on libuv's thread pool (UV_THREADPOOL_SIZE, default 4), which file reads and DNS
 * share, and takes 128 MiB per hash at OWASP parameters. Logins may use half the pool, so a burst
 * of sign-ins (or a flood of guesses) cannot stall the rest of the server; a few more wait, and
 * beyond that the caller is told to retry.
 */
const poolSize = envNumber("UV_THREADPOOL_SIZE", 4, 1);
const kdfGate = new Gate(
  Math.floor(envNumber("SIGHTLINE_LOGIN_CONCURRENCY", Math.max(1, Math.floor(poolSize / 2)), 1)),
  Math.floor(envNumber("SIGHTLINE_LOGIN_QUEUE", 8 * Math.max(1, Math.floor(poolSize / 2)), 0)),
);

async function withKdf<T>(work: () => Promise<T>): Promise<T> {
  const entered = kdfGate.enter();
  if (!entered) throw new AppError("TOO_MANY_REQUESTS", "Too many sign-ins in progress; try again in a second", undefined, 1);
  const release = await entered;
  try {
    return await work();
  } finally {
    release();
  }
}

export interface LoginAttempt {
  email: string;
  password: string;
  /** The caller's address (server/http/request-origin.ts); null when unknown (no HTTP). */
  clientAddress?: string | null;
}

export interface LoginDeps {
  /** The password check; tests wrap the real one to see that it ran. */
  verify: (password: string, stored: string) => Promise<boolean>;
}

export async function login(
  db: Db,
  attempt: LoginAttempt,
  deps: LoginDeps = { verify: verifyPassword },
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const keys = throttleKeys(attempt.email, attempt.clientAddress);
  const wait = await secondsLocked(db, keys);
  if (wait > 0) {
    throw new AppError("TOO_MANY_REQUESTS", `Too many failed sign-ins; try again in ${waitText(wait)}`, undefined, wait);
  }
  const user = await findUserByEmail(db, attempt.email);
  // Unknown accounts check against a dummy hash at the same cost, and disabled ones check their
  // real hash before being refused: the time taken does not tell which case it was.
  const stored = user?.passwordHash ?? DUMMY_PASSWORD_HASH;
  const good = await withKdf(() => deps.verify(attempt.password, stored));
  if (!user || user.disabledAt || !good) {
    await noteFailedLogin(db, keys);
    throw new AppError("UNAUTHORIZED", "Email or password is wrong");
  }
  await noteGoodLogin(db, keys);
  if (needsRehash(user.passwordHash)) {
    const upgraded = await withKdf(() => hashPassword(attempt.password));
    await replacePasswordHash(db, user.id, user.passwordHash, upgraded);
  }
  const token = newSecret("sls");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await insertSession(db, hashSecret(token), user.id, expiresAt);
  return { token, expiresAt, user: { id: user.id, email: user.email, name: user.name, role: user.role, sellerId: user.sellerId } };
}
