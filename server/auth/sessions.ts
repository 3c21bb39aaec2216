/** People log in with a password (log-in.ts) and get an httpOnly session cookie. */
import type { Db } from "@/db/client";
import { deleteSession, findSessionUser, type SessionUser } from "@/db/queries/auth";
import { hashSecret } from "./tokens";

export const SESSION_COOKIE = "sl_session";

export async function logout(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashSecret(token));
}

export async function userFromSessionToken(db: Db, token: string | undefined): Promise<SessionUser | null> {
  if (!token) return null;
  return (await findSessionUser(db, hashSecret(token))) ?? null;
}

/** `secure`: false only when the app is addressed as localhost (server/http/request-origin.ts). */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Expires=${expiresAt.toUTCString()}${secure ? "; Secure" : ""}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? "; Secure" : ""}`;
}

/** Where each role lands after login. */
export const LANDING: Record<SessionUser["role"], string> = {
  moderator: "/queue",
  policy_lead: "/policies",
  seller: "/seller",
  admin: "/admin",
};
