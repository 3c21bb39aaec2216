import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { policies } from "../schema";

export async function findActivePolicy(db: DbOrTx) {
  const [row] = await db.select().from(policies).where(eq(policies.active, true));
  return row;
}

export async function listPolicies(db: DbOrTx) {
  return db.select().from(policies).orderBy(desc(policies.version));
}
