import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { modelVersions } from "../schema";

export async function findChampion(db: DbOrTx, name: string) {
  const [row] = await db.select().from(modelVersions).where(and(eq(modelVersions.name, name), eq(modelVersions.stage, "champion")));
  return row;
}

export async function insertModelVersion(db: DbOrTx, row: typeof modelVersions.$inferInsert) {
  await db.insert(modelVersions).values(row).onConflictDoNothing();
}
