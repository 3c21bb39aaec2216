import { getDb } from "@/db/client";
import { SESSION_COOKIE, userFromSessionToken } from "@/server/auth/sessions";
import { healthReport } from "@/server/health/health-report";
import { readCookie } from "@/server/trpc/http-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Staff see the details; sellers and anonymous callers see only whether it works. */
const STAFF = new Set(["moderator", "policy_lead", "admin"]);

/**
 * Liveness and readiness: 200 once predicts get the model ("ok", or "degraded" when they fail
 * open), 503 while the models warm up or the database is down.
 */
export async function GET(req: Request) {
  const db = getDb();
  const user = await userFromSessionToken(db, readCookie(req.headers.get("cookie"), SESSION_COOKIE)).catch(() => null);
  const report = await healthReport(db, { detailed: !!user && STAFF.has(user.role) });
  return Response.json(report.body, { status: report.httpStatus, headers: { "cache-control": "no-store" } });
}
