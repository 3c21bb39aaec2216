/**
 * /api/health answers 503 when this instance cannot serve predict (here: a model file missing),
 * and 200 when it can: a load balancer routes on the status code.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/db/client";
import { insertSession } from "@/db/queries/auth";
import { makeUser } from "@/server/test/factories";
import { SESSION_COOKIE } from "../auth/sessions";
import { hashSecret, newSecret } from "../auth/tokens";
import { loadScorer } from "../cascade/model-scorer";
import { projectRoot } from "../inference/model-files";

let route: (req: Request) => Promise<Response>;
let staffCookie = "";
beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.SIGHTLINE_WORKER = "0"; // no OCR worker process in this test: "disabled", not "down"
  ({ GET: route } = await import("@/app/api/health/route"));
  const db = createDb(inject("databaseUrl"), 1);
  const moderator = await makeUser(db, "moderator");
  const token = newSecret("sls");
  await insertSession(db, hashSecret(token), moderator.id, new Date(Date.now() + 3_600_000));
  await db.$client.end();
  staffCookie = `${SESSION_COOKIE}=${token}`;
});
/** Staff see the problems named; anonymous callers get only their count. */
const GET = (asStaff = true) => route(new Request("http://localhost/api/health", { headers: asStaff ? { cookie: staffCookie } : {} }));
afterEach(() => {
  delete process.env.SIGHTLINE_ROOT;
});

describe("/api/health", () => {
  it("200 with the models loaded and the workers serving", async () => {
    expect(await loadScorer(), "the real model must load for this test").not.toBeNull();
    const res = await GET();
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ status: "ok", problems: [] });
  });

  it("503 naming the file when a model file is missing", async () => {
    // A project root whose manifest lists the models but whose files are gone.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "sightline-health-"));
    fs.mkdirSync(path.join(root, "models"));
    fs.copyFileSync(path.join(projectRoot(), "models", "manifest.json"), path.join(root, "models", "manifest.json"));
    process.env.SIGHTLINE_ROOT = root;
    try {
      const res = await GET();
      const body = await res.json();
      expect(res.status).toBe(503);
      expect(body.status).toBe("down");
      expect(body.problems).toContain("model file mobilenetv2-12-int8 is missing");
      const anonymous = await GET(false);
      expect(anonymous.status).toBe(503);
      expect((await anonymous.json()).problems).toBeGreaterThan(0);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
