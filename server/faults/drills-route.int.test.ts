/**
 * POST /api/drills exists only when the server was started with SIGHTLINE_FAULT_DRILLS=1, and
 * then only for a service token: a production server never lets anyone kill its workers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { makeServiceToken } from "@/server/test/factories";
import { drillModelBudgetMs } from "./drills";

let POST: (req: Request) => Promise<Response>;
let db: Db;
let token: string;
beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  db = createDb(inject("databaseUrl"), 1);
  token = (await makeServiceToken(db)).secret;
  ({ POST } = await import("@/app/api/drills/route"));
});
afterAll(() => db.$client.end());
afterEach(() => {
  delete process.env.SIGHTLINE_FAULT_DRILLS;
});

const drill = (body: object, auth?: string) =>
  POST(new Request("http://127.0.0.1/api/drills", { method: "POST", headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${auth}` } : {}) }, body: JSON.stringify(body) }));

describe("/api/drills", () => {
  it("does not exist unless fault drills are on", async () => {
    expect((await drill({ fault: "model_budget", ms: 1, forMs: 1000 }, token)).status).toBe(404);
    expect(drillModelBudgetMs()).toBeUndefined();
  });

  it("with drills on: refuses callers without a service token, and runs a drill for one", async () => {
    process.env.SIGHTLINE_FAULT_DRILLS = "1";
    expect((await drill({ fault: "model_budget", ms: 1, forMs: 1000 })).status).toBe(401);
    expect((await drill({ fault: "model_budget", ms: 1, forMs: 1000 }, "slt_wrong")).status).toBe(401);
    expect((await drill({ fault: "nonsense" }, token)).status).toBe(400);
    const res = await drill({ fault: "model_budget", ms: 1, forMs: 300 }, token);
    expect(res.status).toBe(200);
    expect(drillModelBudgetMs()).toBe(1);
    await new Promise((r) => setTimeout(r, 350));
    expect(drillModelBudgetMs()).toBeUndefined();
  });
});
