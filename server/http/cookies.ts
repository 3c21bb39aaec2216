/** Reading the session cookie straight from a request (tRPC and the plain API routes alike). */
import { SESSION_COOKIE } from "../auth/sessions";

/** A cookie's value; undefined when absent or not decodable (a malformed cookie is no session). */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function sessionTokenOf(req: Request): string | undefined {
  return readCookie(req.headers.get("cookie"), SESSION_COOKIE);
}
