import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { LANDING, SESSION_COOKIE, userFromSessionToken } from "../auth/sessions";
import { createContext, type Role } from "./init";
import { createCaller } from "./root";

/** The logged-in user for a server component (one lookup per request). */
export const currentUser = cache(async () => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return userFromSessionToken(getDb(), token);
});

/** Server components call procedures through the same role checks as the browser. */
export const serverCaller = cache(async () => {
  const user = await currentUser();
  return createCaller(createContext({ db: getDb(), user, service: null }));
});

/** Page guard: not logged in → /login; wrong role → that user's own landing page. */
export async function requireRole(...roles: Role[]) {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (!roles.includes(user.role) && user.role !== "admin") redirect(LANDING[user.role]);
  return user;
}
