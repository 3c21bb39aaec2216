/**
 * Integration tests run against a real Postgres: an embedded one with its own data dir and port,
 * migrated from the committed SQL. Tests read its URL with `inject("databaseUrl")`.
 */
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "./client";
import { startEmbeddedPostgres } from "./embedded";
import { migrateDb } from "./migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = path.resolve(".data/test-pg");
  // A fresh database per run: tests assert on exact rows.
  fs.rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.SIGHTLINE_TEST_PG_PORT ?? 54339) });
  const db = createDb(pg.url, 2);
  await migrateDb(db);
  await db.$client.end();
  project.provide("databaseUrl", pg.url);
  return async () => {
    await pg.stop();
  };
}
