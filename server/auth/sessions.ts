/** People log in with a password and get an httpOnly session cookie. */
import type { Db } from "@/db/client";
import { deleteSession, findSessionUser, findUserByEmail, insertSession, type SessionUser } from "@/db/queries/auth";
import { AppError } from "../errors/app-error";
import { verifyPassword } from "./password";
import { hashSecret, newSecret } from "./tokens";

export const SESSION_COOKIE = "sl_session";
const SESSION_DAYS = 7;

export async function login(db: Db, email: string, password: string): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const user = await findUserByEmail(db, email);
  // Same answer for unknown email and wrong password: no account enumeration.
  if (!user || user.disabledAt || !(await verifyPassword(password, user.passwordHash))) {
    throw new AppError("UNAUTHORIZED", "Email or password is wrong");
  }
  const token = newSecret("sls");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await insertSession(db, hashSecret(token), user.id, expiresAt);
  return { token, expiresAt, user: { id: user.id, email: user.email, name: user.name, role: user.role, sellerId: user.sellerId } };
}

export async function logout(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashSecret(token));
}

export async function userFromSessionToken(db: Db, token: string | undefined): Promise<SessionUser | null> {
  if (!token) return null;
  return (await findSessionUser(db, hashSecret(token))) ?? null;
}

export function sessionCookie(token: string, expiresAt: Date): string {
  const secure = process.env.SIGHTLINE_SECURE_COOKIES === "1" ? "; Secure" : "";
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Expires=${expiresAt.toUTCString()}${secure}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}

/** Where each role lands after login. */
export const LANDING: Record<SessionUser["role"], string> = {
  moderator: "/queue",
  policy_lead: "/policies",
  seller: "/seller",
  admin: "/admin",
};
