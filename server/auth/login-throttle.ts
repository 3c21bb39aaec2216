/**
 * Lockout with backoff for password guessing, per account (the email typed, whether or not an
 * account has it, so a lock says nothing about existence) and per client address (spraying many
 * accounts from one place). Counts live in Postgres: shared by every app process, kept across
 * restarts, and pruned to one forget window's worth of rows.
 */
import type { Db } from "@/db/client";
import { clearLoginFailures, findLockedUntil, pruneLoginThrottles, recordLoginFailure, type ThrottlePolicy } from "@/db/queries/login-throttles";
import { hashSecret } from "./tokens";

const MINUTE = 60_000;

/** Five tries, then 30 s, 1 min, 2 min … up to 15 min between tries; forgotten after an hour. */
export const ACCOUNT_POLICY: ThrottlePolicy = { threshold: 5, baseLockMs: 30_000, maxLockMs: 15 * MINUTE, forgetMs: 60 * MINUTE };
/** An address may be an office or a carrier's NAT: more room before it locks. */
export const ADDRESS_POLICY: ThrottlePolicy = { threshold: 20, baseLockMs: 30_000, maxLockMs: 15 * MINUTE, forgetMs: 60 * MINUTE };

export interface ThrottleKeys {
  account: string;
  address: string | null;
}

export function throttleKeys(email: string, address: string | null | undefined): ThrottleKeys {
  return {
    account: hashSecret(`account:${email.trim().toLowerCase()}`),
    address: address ? hashSecret(`address:${address}`) : null,
  };
}

const all = (k: ThrottleKeys) => (k.address ? [k.account, k.address] : [k.account]);

/** Seconds until the caller may try again, or 0. */
export async function secondsLocked(db: Db, keys: ThrottleKeys): Promise<number> {
  const until = await findLockedUntil(db, all(keys));
  return until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000)) : 0;
}

export async function noteFailedLogin(db: Db, keys: ThrottleKeys): Promise<void> {
  await recordLoginFailure(db, keys.account, ACCOUNT_POLICY);
  if (keys.address) await recordLoginFailure(db, keys.address, ADDRESS_POLICY);
  // Every failure already paid a full scrypt, so one indexed delete beside it costs little.
  await pruneLoginThrottles(db, Math.max(ACCOUNT_POLICY.forgetMs, ADDRESS_POLICY.forgetMs));
}

/** A good password clears the account's count; the address keeps its own (it may guess others). */
export async function noteGoodLogin(db: Db, keys: ThrottleKeys): Promise<void> {
  await clearLoginFailures(db, keys.account);
}

/** "2 minutes", "45 seconds": for the refusal message. */
export function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
