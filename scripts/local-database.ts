/**
 * The database a command should use: DATABASE_URL when set, else the embedded Postgres under
 * the data dir (started here). Set-up runs as the owner (DATABASE_URL, or the embedded superuser):
 * migrations, the job queue's schema, and the app role's grants. Everything after runs as the app
 * role: SIGHTLINE_APP_DATABASE_URL, or the embedded Postgres's own app role.
 */
import path from "node:path";
import { grantAppRole, roleOfUrl } from "@/db/app-role";
import { createDb, type Db } from "@/db/client";
import { startEmbeddedPostgres } from "@/db/embedded";
import { migrateDb } from "@/db/migrate";
import { dataDir } from "@/server/config";
import { installJobSchema } from "@/server/jobs/boss";

export interface LocalDatabase {
  /** The app role's URL: what the app and the worker get. */
  url: string;
  /** Connected as the app role. */
  db: Db;
  embedded: boolean;
  close: () => Promise<void>;
}

export async function openLocalDatabase(): Promise<LocalDatabase> {
  const external = process.env.DATABASE_URL || undefined; // an empty value means "unset"
  const pg = external
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(dataDir(), "pg"), port: Number(process.env.SIGHTLINE_PG_PORT ?? 54329) });
  const ownerUrl = external ?? pg!.url;
  const appUrl = pg ? pg.appUrl : process.env.SIGHTLINE_APP_DATABASE_URL || null;

  // A migration may rewrite a big table: no statement limit for the owner's set-up.
  const owner = createDb(ownerUrl, 2, { statementMs: 0 });
  try {
    await migrateDb(owner);
    await installJobSchema(ownerUrl);
    if (appUrl) await grantAppRole(owner.$client, roleOfUrl(appUrl));
    else {
      console.warn(
        "database: the app runs as DATABASE_URL's role, which owns the tables and can switch off the audit log's append-only triggers;" +
          ' set SIGHTLINE_APP_DATABASE_URL to a role of its own (README: "Database roles")',
      );
    }
  } catch (err) {
    await pg?.stop();
    throw err;
  } finally {
    await owner.$client.end();
  }

  const url = appUrl ?? ownerUrl;
  const db = createDb(url, 4);
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
