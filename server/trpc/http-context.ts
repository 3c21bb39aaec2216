/** Builds the tRPC context from an HTTP request: session cookie and/or bearer service token. */
import { getDb } from "@/db/client";
import { serviceFromAuthorization } from "../auth/service-tokens";
import { userFromSessionToken } from "../auth/sessions";
import { sessionTokenOf } from "../http/cookies";
import { clientAddress, secureCookies } from "../http/request-origin";
import { createContext } from "./init";

export async function createHttpContext(req: Request, resHeaders: Headers) {
  const db = getDb();
  const sessionToken = sessionTokenOf(req);
  const [user, service] = await Promise.all([
    userFromSessionToken(db, sessionToken),
    serviceFromAuthorization(db, req.headers.get("authorization")),
  ]);
  return createContext({
    db,
    user,
    service,
    sessionToken,
    resHeaders,
    clientAddress: clientAddress(req.headers),
    secureCookies: secureCookies(req.headers),
  });
}
