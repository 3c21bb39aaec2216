import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { serviceTokens, sessions, users } from "../schema";

export type UserRow = typeof users.$inferSelect;
export type SessionUser = Pick<UserRow, "id" | "email" | "name" | "role" | "sellerId">;

const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  sellerId: users.sellerId,
};

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function insertSession(db: DbOrTx, tokenHash: string, userId: string, expiresAt: Date) {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
}

export async function deleteSession(db: DbOrTx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** The live, enabled user behind a session cookie's hash. */
export async function findSessionUser(db: DbOrTx, tokenHash: string): Promise<SessionUser | undefined> {
  const [row] = await db
    .select(sessionUserColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)));
  return row;
}

export async function findServiceToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ id: serviceTokens.id, name: serviceTokens.name })
    .from(serviceTokens)
    .where(and(eq(serviceTokens.tokenHash, tokenHash), isNull(serviceTokens.revokedAt)));
  return row;
}

/** Replaces a password hash (a rehash at stronger parameters) unless it changed meanwhile. */
export async function replacePasswordHash(db: DbOrTx, userId: string, oldHash: string, newHash: string) {
  await db
    .update(users)
    .set({ passwordHash: newHash })
    .where(and(eq(users.id, userId), eq(users.passwordHash, oldHash)));
}
