import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { hashBankEntries, hashBanks } from "../schema";

export async function hashEntriesChangedSince(db: DbOrTx, since: Date) {
  return db
    .select({
      id: hashBankEntries.id,
      pdqHash: hashBankEntries.pdqHash,
      quality: hashBankEntries.quality,
      category: hashBankEntries.category,
      note: hashBankEntries.note,
      removedAt: hashBankEntries.removedAt,
      changedAt: hashBankEntries.changedAt,
      bankName: hashBanks.name,
    })
    .from(hashBankEntries)
    .innerJoin(hashBanks, eq(hashBanks.id, hashBankEntries.bankId))
    .where(gt(hashBankEntries.changedAt, since))
    .orderBy(hashBankEntries.changedAt);
}

export async function findOrCreateBank(db: DbOrTx, name: string, description = "") {
  await db.insert(hashBanks).values({ name, description }).onConflictDoNothing();
  const [bank] = await db.select().from(hashBanks).where(eq(hashBanks.name, name));
  return bank;
}

/** The bank's live entry for exactly this hash, if any (a hash goes into a bank once). */
export async function activeHashEntry(db: DbOrTx, bankId: string, pdqHash: string) {
  const [row] = await db
    .select({ id: hashBankEntries.id })
    .from(hashBankEntries)
    .where(and(eq(hashBankEntries.bankId, bankId), eq(hashBankEntries.pdqHash, pdqHash), isNull(hashBankEntries.removedAt)));
  return row;
}

export async function insertHashEntry(db: DbOrTx, entry: typeof hashBankEntries.$inferInsert) {
  const [row] = await db.insert(hashBankEntries).values(entry).returning();
  return row;
}

export async function removeHashEntry(db: DbOrTx, id: string) {
  await db
    .update(hashBankEntries)
    .set({ removedAt: new Date(), changedAt: new Date() })
    .where(and(eq(hashBankEntries.id, id), isNull(hashBankEntries.removedAt)));
}
