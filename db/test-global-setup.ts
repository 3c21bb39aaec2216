/**
 * Integration tests run against a real Postgres: an embedded one with its own data dir and port,
 * migrated from the committed SQL by its owner. Tests connect as the app's least-privilege role
 * (`inject("databaseUrl")`), so they also prove its grants suffice; `inject("ownerDatabaseUrl")`
 * is the owner, for tests of the set-up itself.
 */
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { grantAppRole, roleOfUrl } from "./app-role";
import { createDb } from "./client";
import { startEmbeddedPostgres } from "./embedded";
import { credentialsFile } from "./embedded-credentials";
import { migrateDb } from "./migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    ownerDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = path.resolve(".data/test-pg");
  // A fresh database per run: tests assert on exact rows.
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(credentialsFile(dataDir), { force: true });
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(process.env.SIGHTLINE_TEST_PG_PORT ?? 54339) });
  const db = createDb(pg.url, 2, { statementMs: 0 });
  await migrateDb(db);
  await grantAppRole(db.$client, roleOfUrl(pg.appUrl));
  await db.$client.end();
  project.provide("databaseUrl", pg.appUrl);
  project.provide("ownerDatabaseUrl", pg.url);
  return async () => {
    await pg.stop();
  };
}
