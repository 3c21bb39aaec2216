/**
 * Time limits on every connection: a stuck statement, or a transaction left open, is ended by
 * Postgres instead of holding an upload and a pool connection forever.
 */
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "./client";

const opened: Db[] = [];
const open = (...args: Parameters<typeof createDb> extends [string, ...infer R] ? R : never) => {
  const db = createDb(inject("databaseUrl"), ...args);
  opened.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.$client.end()));
  delete process.env.SIGHTLINE_DB_STATEMENT_TIMEOUT_MS;
});

const setting = async (db: Db, name: string) => (await db.$client.query(`SHOW ${name}`)).rows[0][name];

describe("database time limits", () => {
  it("has defaults, and the environment overrides them", async () => {
    const db = open(1);
    expect(await setting(db, "statement_timeout")).toBe("30s");
    expect(await setting(db, "idle_in_transaction_session_timeout")).toBe("1min");
    process.env.SIGHTLINE_DB_STATEMENT_TIMEOUT_MS = "1234";
    expect(await setting(open(1), "statement_timeout")).toBe("1234ms");
    process.env.SIGHTLINE_DB_STATEMENT_TIMEOUT_MS = "0"; // off: the server's default (none)
    expect(await setting(open(1), "statement_timeout")).toBe("0");
  });

  it("cancels a statement that runs past the limit, with Postgres's reason, and the pool stays usable", async () => {
    const db = open(1, { statementMs: 300 });
    const t0 = Date.now();
    const err = await db.execute(sql`select pg_sleep(5)`).catch((e: Error & { cause?: { code?: string; message?: string } }) => e);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(err).toBeInstanceOf(Error);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    expect(cause?.code).toBe("57014");
    expect(cause?.message).toBe("canceling statement due to statement timeout");
    expect((await db.execute(sql`select 1 as one`)).rows[0]).toEqual({ one: 1 });
  });

  it("ends a transaction left idle past the limit, which rolls it back", async () => {
    const db = open(1, { idleInTransactionMs: 300 });
    const marker = `idle-tx-${Date.now()}`;
    const err = await db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into audit_log (actor_type, action, entity_type, entity_id) values ('system', 'test.idle', 'test', ${marker})`);
        await new Promise((r) => setTimeout(r, 1000)); // holds the transaction open, sending nothing
        await tx.execute(sql`select 1`);
      })
      .catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const rows = await open(1).execute(sql`select 1 from audit_log where entity_id = ${marker}`);
    expect(rows.rowCount).toBe(0);
  });
});
