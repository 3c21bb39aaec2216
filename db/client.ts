/**
 * The database handle. Scripts and tests create their own with `createDb(url)`; the app uses
 * `getDb()`, one pool per process (kept on globalThis so Next.js dev reloads reuse it).
 */
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type Db = NodePgDatabase<typeof schema> & { $client: pg.Pool };
/** A database or a transaction: query functions take either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export function createDb(url: string, poolSize = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection (database restart, shutdown) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", (err) => console.warn(`database: idle connection lost (${err.message})`));
  return drizzle(pool, { schema, casing: "snake_case" }) as Db;
}

const holder = globalThis as unknown as { __sightlineDb?: Db };

export function getDb(): Db {
  if (!holder.__sightlineDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded Postgres)");
    holder.__sightlineDb = createDb(url, Number(process.env.SIGHTLINE_DB_POOL ?? 20));
  }
  return holder.__sightlineDb;
}
