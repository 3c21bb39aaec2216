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

/** Milliseconds from the variable when it is a whole number ≥ 0 (0 turns the limit off), else the fallback. */
function envMs(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw !== "" && Number.isInteger(value) && value >= 0 ? value : fallback;
}

export interface DbTimeouts {
  /** Opening a connection, and waiting for a free one when the pool is full. */
  connectMs: number;
  /** Postgres cancels a statement running longer (error 57014, "canceling statement due to statement timeout"). */
  statementMs: number;
  /** Postgres ends a session that holds a transaction open without sending anything for longer. */
  idleInTransactionMs: number;
}

/**
 * Without limits a stuck query, a lock wait or an unreachable server holds an upload (and a pool
 * connection) forever. Read when called, so tests and scripts can set them.
 */
export function dbTimeouts(): DbTimeouts {
  return {
    connectMs: envMs("SIGHTLINE_DB_CONNECT_TIMEOUT_MS", 5_000),
    statementMs: envMs("SIGHTLINE_DB_STATEMENT_TIMEOUT_MS", 30_000),
    idleInTransactionMs: envMs("SIGHTLINE_DB_IDLE_TX_TIMEOUT_MS", 60_000),
  };
}

export interface PoolTimeouts {
  connectionTimeoutMillis?: number;
  statement_timeout?: number;
  idle_in_transaction_session_timeout?: number;
}

/** node-postgres pool settings for those limits (a limit of 0 is left out: the server's default applies). */
export function poolTimeouts(t: DbTimeouts = dbTimeouts()): PoolTimeouts {
  return {
    ...(t.connectMs > 0 && { connectionTimeoutMillis: t.connectMs }),
    ...(t.statementMs > 0 && { statement_timeout: t.statementMs }),
    ...(t.idleInTransactionMs > 0 && { idle_in_transaction_session_timeout: t.idleInTransactionMs }),
  };
}

export function createDb(url: string, poolSize = 10, timeouts: Partial<DbTimeouts> = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, ...poolTimeouts({ ...dbTimeouts(), ...timeouts }) });
  // An idle client losing its connection (database restart, shutdown) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", (err) => console.warn(`database: idle connection lost (${err.message})`));
  // The same for a connection the server ends while it is checked out (a transaction idle past its
  // limit, a restart): unheard, its 'error' event would crash the process. The statement waiting
  // on it fails instead, and the pool drops the connection when it comes back.
  pool.on("connect", (client) => client.on("error", (err) => console.warn(`database: connection ended (${err.message})`)));
  return drizzle(pool, { schema, casing: "snake_case" }) as Db;
}

/**
 * The connection the app and the worker use: SIGHTLINE_APP_DATABASE_URL (a least-privilege role),
 * else DATABASE_URL. `npm start` passes only the app role's URL to the processes it starts.
 */
export function appDatabaseUrl(): string | undefined {
  return process.env.SIGHTLINE_APP_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

const holder = globalThis as unknown as { __sightlineDb?: Db };

export function getDb(): Db {
  if (!holder.__sightlineDb) {
    const url = appDatabaseUrl();
    if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded Postgres)");
    holder.__sightlineDb = createDb(url, Number(process.env.SIGHTLINE_DB_POOL ?? 20));
  }
  return holder.__sightlineDb;
}
