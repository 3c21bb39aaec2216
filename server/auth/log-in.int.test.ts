/**
 * Login against the real database: the same scrypt work for unknown accounts, lockout with
 * backoff per account and per address, and hashes upgraded to the OWASP cost on a good login.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { loginThrottles, users } from "@/db/schema";
import { AppError } from "@/server/errors/app-error";
import { hashPassword } from "@/server/auth/password";
import { makeUser, TEST_SCRYPT, uid } from "@/server/test/factories";
import { login, type LoginAttempt } from "./log-in";
import { ACCOUNT_POLICY, ADDRESS_POLICY, throttleKeys } from "./login-throttle";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";

let db: Db;
beforeAll(() => {
  db = createDb(inject("databaseUrl"), 4);
});
afterAll(() => db.$client.end());


/** The real check, recording which stored hash it ran against. */
function recordingVerify() {
  const ran: string[] = [];
  return {
    ran,
    deps: {
      verify: async (password: string, stored: string) => {
        ran.push(stored);
        return verifyPassword(password, stored);
      },
    },
  };
}

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    return err as AppError;
  }
  throw new Error("expected the login to fail");
}

const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${uid()}`;

describe("login", () => {
  it("runs the full scrypt check for an unknown email and for a disabled account, like for a real one", async () => {
    const { ran, deps } = recordingVerify();
    const unknown = await errorOf(login(db, { email: `${uid("nobody")}@test.sightline`, password: "whatever" }, deps));
    expect(unknown.code).toBe("UNAUTHORIZED");
    expect(ran).toEqual([DUMMY_PASSWORD_HASH]);

    const user = await makeUser(db, "moderator");
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    const disabled = await errorOf(login(db, { email: user.email, password: user.password }, deps));
    // Same answer, and the check ran against the account's own hash before the refusal.
    expect(disabled.message).toBe(unknown.message);
    expect(ran).toEqual([DUMMY_PASSWORD_HASH, user.passwordHash]);
  });

  it("locks an account after repeated failures, says for how long, and skips the password check meanwhile", async () => {
    const user = await makeUser(db, "moderator");
    const { ran, deps } = recordingVerify();
    const attempt = (password: string): LoginAttempt => ({ email: user.email, password, clientAddress: address() });
    for (let i = 0; i < ACCOUNT_POLICY.threshold; i++) {
      expect((await errorOf(login(db, attempt("wrong"), deps))).code).toBe("UNAUTHORIZED");
    }
    expect(ran).toHaveLength(ACCOUNT_POLICY.threshold);
    // Even the right password, from a fresh address, waits out the lock.
    const locked = await errorOf(login(db, attempt(user.password), deps));
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect(locked.message).toMatch(/^Too many failed sign-ins; try again in (29|30) seconds$/);
    expect(locked.retryAfterS).toBeGreaterThanOrEqual(29);
    expect(locked.retryAfterS).toBeLessThanOrEqual(30);
    expect(ran).toHaveLength(ACCOUNT_POLICY.threshold);
    // The email's case does not make it another account.
    expect((await errorOf(login(db, { ...attempt(user.password), email: user.email.toUpperCase() }, deps))).code).toBe("TOO_MANY_REQUESTS");

    // Each further failure after a lock doubles the wait.
    const key = throttleKeys(user.email, null).account;
    await db.update(loginThrottles).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(loginThrottles.key, key));
    expect((await errorOf(login(db, attempt("wrong"), deps))).code).toBe("UNAUTHORIZED");
    const doubled = await errorOf(login(db, attempt(user.password), deps));
    expect(doubled.retryAfterS).toBeGreaterThanOrEqual(59);
    expect(doubled.retryAfterS).toBeLessThanOrEqual(60);

    // Once the lock is over, the right password gets in and clears the count.
    await db.update(loginThrottles).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(loginThrottles.key, key));
    const ok = await login(db, attempt(user.password), deps);
    expect(ok.user.id).toBe(user.id);
    expect(await db.select().from(loginThrottles).where(eq(loginThrottles.key, key))).toEqual([]);
  });

  it("locks unknown emails the same way, so a lock does not tell whether an account exists", async () => {
    const email = `${uid("ghost")}@test.sightline`;
    // Counted in the database directly: each real attempt would cost a full OWASP scrypt.
    const key = throttleKeys(email, null).account;
    await db.insert(loginThrottles).values({ key, failures: ACCOUNT_POLICY.threshold, lastFailureAt: new Date(), lockedUntil: new Date(Date.now() + 30_000) });
    const { ran, deps } = recordingVerify();
    expect((await errorOf(login(db, { email, password: "x" }, deps))).code).toBe("TOO_MANY_REQUESTS");
    expect(ran).toEqual([]);
  });

  it("forgets failures older than the window", async () => {
    const user = await makeUser(db, "moderator");
    const key = throttleKeys(user.email, null).account;
    const longAgo = new Date(Date.now() - ACCOUNT_POLICY.forgetMs - 60_000);
    await db.insert(loginThrottles).values({ key, failures: ACCOUNT_POLICY.threshold - 1, lastFailureAt: longAgo });
    await errorOf(login(db, { email: user.email, password: "wrong" }));
    const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.key, key));
    expect(row.failures).toBe(1);
    expect(row.lockedUntil).toBeNull();
  });

  it("locks an address that fails across many accounts, and only that address", async () => {
    const from = address();
    const people = await Promise.all(Array.from({ length: Math.ceil(ADDRESS_POLICY.threshold / (ACCOUNT_POLICY.threshold - 1)) }, () => makeUser(db, "seller")));
    let failures = 0;
    for (const p of people) {
      for (let i = 0; i < ACCOUNT_POLICY.threshold - 1 && failures < ADDRESS_POLICY.threshold; i++, failures++) {
        expect((await errorOf(login(db, { email: p.email, password: "wrong", clientAddress: from }))).code).toBe("UNAUTHORIZED");
      }
    }
    const fresh = await makeUser(db, "seller");
    const locked = await errorOf(login(db, { email: fresh.email, password: fresh.password, clientAddress: from }));
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    // The accounts themselves are not locked: from elsewhere they get in.
    expect((await login(db, { email: people[0].email, password: people[0].password, clientAddress: address() })).user.id).toBe(people[0].id);
  });

  it("rehashes a password stored at older parameters on a good login, and the new hash works", async () => {
    const user = await makeUser(db, "policy_lead");
    expect(user.passwordHash.split("$")[1]).toBe(String(TEST_SCRYPT.N));
    await login(db, { email: user.email, password: user.password });
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row.hash.split("$").slice(0, 4)).toEqual(["scrypt", "131072", "8", "1"]);
    const { ran, deps } = recordingVerify();
    await login(db, { email: user.email, password: user.password }, deps);
    expect(ran).toEqual([row.hash]);
    // A hash at the OWASP cost is left alone.
    const [again] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(again.hash).toBe(row.hash);
  });

  it("keeps the throttle table to one window's rows", async () => {
    const stale = [uid("stale"), uid("stale")];
    const longAgo = new Date(Date.now() - ACCOUNT_POLICY.forgetMs - 60_000);
    await db.insert(loginThrottles).values(stale.map((key) => ({ key, failures: 3, lastFailureAt: longAgo })));
    const still = uid("locked");
    await db.insert(loginThrottles).values({ key: still, failures: 9, lastFailureAt: longAgo, lockedUntil: new Date(Date.now() + 60_000) });
    const user = await makeUser(db, "moderator");
    await errorOf(login(db, { email: user.email, password: "wrong" }));
    const left = await db.select({ key: loginThrottles.key }).from(loginThrottles).where(inArray(loginThrottles.key, [...stale, still]));
    expect(left.map((r) => r.key)).toEqual([still]);
  });

  it("upgrades a real old-format hash written before this change", async () => {
    const user = await makeUser(db, "moderator");
    const old = await hashPassword(user.password, { N: 2 ** 15, r: 8, p: 1 });
    await db.update(users).set({ passwordHash: old }).where(eq(users.id, user.id));
    expect((await login(db, { email: user.email, password: user.password })).user.id).toBe(user.id);
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row.hash.split("$")[1]).toBe("131072");
  });
});
