import { migrate } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import type { Db } from "./client";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "migrations");

/** Applies the committed SQL migrations (idempotent; serialised by drizzle's migrations table). */
export async function migrateDb(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
}
