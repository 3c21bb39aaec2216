/**
 * The database a command should use: DATABASE_URL when set, else the embedded Postgres under
 * the data dir (started here, migrated from the committed SQL).
 */
import path from "node:path";
import { createDb, type Db } from "@/db/client";
import { startEmbeddedPostgres } from "@/db/embedded";
import { migrateDb } from "@/db/migrate";
import { dataDir } from "@/server/config";

export interface LocalDatabase {
  url: string;
  db: Db;
  embedded: boolean;
  close: () => Promise<void>;
}

export async function openLocalDatabase(): Promise<LocalDatabase> {
  const external = process.env.DATABASE_URL || undefined; // an empty value means "unset"
  const pg = external
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(dataDir(), "pg"), port: Number(process.env.SIGHTLINE_PG_PORT ?? 54329) });
  const url = external ?? pg!.url;
  const db = createDb(url, 4);
  await migrateDb(db);
  return {
    url,
    db,
    embedded: !external,
    close: async () => {
      await db.$client.end();
      await pg?.stop();
    },
  };
}
