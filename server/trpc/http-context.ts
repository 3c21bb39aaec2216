/** Builds the tRPC context from an HTTP request: session cookie and/or bearer service token. */
import { getDb } from "@/db/client";
import { serviceFromAuthorization } from "../auth/service-tokens";
import { SESSION_COOKIE, userFromSessionToken } from "../auth/sessions";
import { createContext } from "./init";

export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

export async function createHttpContext(req: Request, resHeaders: Headers) {
  const db = getDb();
  const sessionToken = readCookie(req.headers.get("cookie"), SESSION_COOKIE);
  const [user, service] = await Promise.all([
    userFromSessionToken(db, sessionToken),
    serviceFromAuthorization(db, req.headers.get("authorization")),
  ]);
  return createContext({ db, user, service, sessionToken, resHeaders });
}
