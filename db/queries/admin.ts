import { count, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { hashBankEntries, hashBanks, serviceTokens, users } from "../schema";

export async function listUsers(db: DbOrTx) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(users.email);
}

export async function listServiceTokens(db: DbOrTx) {
  return db
    .select({
      id: serviceTokens.id,
      name: serviceTokens.name,
      prefix: serviceTokens.prefix,
      createdAt: serviceTokens.createdAt,
      revokedAt: serviceTokens.revokedAt,
    })
    .from(serviceTokens)
    .orderBy(desc(serviceTokens.createdAt));
}

export async function listHashBanks(db: DbOrTx) {
  return db
    .select({ id: hashBanks.id, name: hashBanks.name, description: hashBanks.description, entries: count(hashBankEntries.id) })
    .from(hashBanks)
    .leftJoin(hashBankEntries, eq(hashBankEntries.bankId, hashBanks.id))
    .where(isNull(hashBankEntries.removedAt))
    .groupBy(hashBanks.id)
    .orderBy(hashBanks.name);
}
