import { getDb } from "@/db/client";
import { serviceFromAuthorization } from "@/server/auth/service-tokens";
import { sessionTokenOf } from "@/server/http/cookies";
import { drillSchema, drillsEnabled, runDrill } from "@/server/faults/drills";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Fault drills for `npm run load` (server/faults/drills.ts): only when the server was started with
 * SIGHTLINE_FAULT_DRILLS=1, and only for a service token. Everywhere else this route does not exist.
 */
export async function POST(req: Request) {
  if (!drillsEnabled()) return new Response("Not found", { status: 404 });
  if (!(await serviceFromAuthorization(getDb(), req.headers.get("authorization")))) {
    // A person logged in is known but not allowed; anyone else is not known at all.
    return Response.json({ error: "a service token is required" }, { status: sessionTokenOf(req) ? 403 : 401 });
  }
  const drill = drillSchema.safeParse(await req.json().catch(() => null));
  if (!drill.success) return Response.json({ error: "bad drill", issues: drill.error.issues }, { status: 400 });
  return Response.json({ done: runDrill(drill.data) });
}
