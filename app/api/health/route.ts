import { getDb } from "@/db/client";
import { userFromSessionToken } from "@/server/auth/sessions";
import { healthReport } from "@/server/health/health-report";
import { sessionTokenOf } from "@/server/http/cookies";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Staff see the details; sellers and anonymous callers see only whether it works. */
const STAFF = new Set(["moderator", "policy_lead", "admin"]);

/**
 * Liveness and readiness: 200 once predicts get the model ("ok", or "degraded" when the OCR
 * worker is down), 503 while the models warm up, the database is down, or the instance cannot
 * serve predict (server/health/serving-problems.ts).
 */
export async function GET(req: Request) {
  const db = getDb();
  const user = await userFromSessionToken(db, sessionTokenOf(req)).catch(() => null);
  const report = await healthReport(db, { detailed: !!user && STAFF.has(user.role) });
  return Response.json(report.body, { status: report.httpStatus, headers: { "cache-control": "no-store" } });
}
