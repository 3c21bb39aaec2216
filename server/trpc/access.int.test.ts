/**
 * Every door refuses the wrong caller (in the manner of Ozone's route-auth tests). Procedures are
 * enumerated from the app router and route handlers from app/, so a new one is covered the moment
 * it exists: it must have a line in ACCESS / ROUTES below or this test fails, and whatever the
 * line says is checked over HTTP for every kind of caller.
 *   not logged in                    → 401 UNAUTHORIZED
 *   logged in with another role      → 403 FORBIDDEN
 *   a service token, for a person's door → 401; a session, for a service door → 403
 *   the right caller (and admin, for people's doors) → gets past the check
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { insertSession } from "@/db/queries/auth";
import { SESSION_COOKIE } from "@/server/auth/sessions";
import { hashSecret, newSecret } from "@/server/auth/tokens";
import { IMAGE_MODEL } from "@/server/inference/image-encoder";
import { makeServiceToken, makeUser } from "@/server/test/factories";
import type { Role } from "./init";
import { appRouter } from "./root";

const ROLES: Role[] = ["moderator", "policy_lead", "seller", "admin"];

/** Who may call what. "public" is a deliberate choice; everything else is checked. */
type Access = "public" | "any user" | "service" | Role[];

/** By exact procedure path, else by router ("review.*"). */
const ACCESS: Record<string, Access> = {
  "auth.login": "public",
  "auth.logout": "public",
  "auth.me": "any user",
  "listing.*": "service",
  "review.*": ["moderator"],
  "occlusion.*": ["moderator"],
  "policy.*": ["policy_lead"],
  "seller.*": ["seller"],
  "admin.*": ["admin"],
};

/** Route handlers by file, with example params; /api/trpc's procedures are covered one by one above. */
const ROUTES: Record<string, { access: Access | "procedures"; params?: Record<string, string> }> = {
  "app/api/trpc/[trpc]/route.ts": { access: "procedures" },
  // Liveness for load balancers: no data.
  "app/api/health/route.ts": { access: "public" },
  // onnxruntime-web's own published runtime files, from an allow-list: nothing of ours.
  "app/api/ort/[file]/route.ts": { access: "public" },
  "app/api/images/[sha256]/route.ts": { access: ["moderator"], params: { sha256: "0".repeat(64) } },
  "app/api/models/[name]/route.ts": { access: ["moderator"], params: { name: IMAGE_MODEL } },
  // Fault drills for npm run load; checked with drills on (off, the route answers 404 to everyone).
  "app/api/drills/route.ts": { access: "service" },
};

function accessOf(procedure: string): Access | undefined {
  return ACCESS[procedure] ?? ACCESS[`${procedure.split(".")[0]}.*`];
}

type Caller = { name: string; role?: Role; service?: boolean; headers: Record<string, string> };

/** The status each caller must (not) get. "pass" = anything but 401 and 403. */
function expected(access: Access, caller: Caller): 401 | 403 | "pass" {
  if (access === "public") return "pass";
  if (access === "service") return caller.service ? "pass" : caller.role ? 403 : 401;
  if (!caller.role) return 401;
  if (access === "any user" || caller.role === "admin" || access.includes(caller.role)) return "pass";
  return 403;
}

let db: Db;
const callers: Caller[] = [{ name: "nobody", headers: {} }];

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.SIGHTLINE_FAULT_DRILLS = "1";
  db = createDb(inject("databaseUrl"), 4);
  for (const role of ROLES) {
    const user = await makeUser(db, role, role === "seller" ? { sellerId: "s-access" } : {});
    const session = newSecret("sls");
    await insertSession(db, hashSecret(session), user.id, new Date(Date.now() + 3_600_000));
    callers.push({ name: role, role, headers: { cookie: `${SESSION_COOKIE}=${session}` } });
  }
  const token = await makeServiceToken(db);
  callers.push({ name: "service token", service: true, headers: { authorization: `Bearer ${token.secret}` } });
});
afterAll(async () => {
  delete process.env.SIGHTLINE_FAULT_DRILLS;
  await db.$client.end();
});

function routeFiles(dir = "app"): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /(^|\/)route\.(ts|tsx|js)$/.test(f))
    .map((f) => path.posix.join(dir, f.split(path.sep).join("/")))
    .sort();
}

function check(status: number, want: 401 | 403 | "pass", what: string) {
  if (want === "pass") expect([401, 403], `${what} should get past the check, got ${status}`).not.toContain(status);
  else expect(status, what).toBe(want);
}

describe("every procedure refuses the wrong caller", () => {
  const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>);

  it("every procedure has an access rule, and only the login pair is public", () => {
    expect(procedures.length).toBeGreaterThan(20);
    const missing = procedures.map(([p]) => p).filter((p) => !accessOf(p));
    expect(missing, "add these to ACCESS").toEqual([]);
    expect(procedures.map(([p]) => p).filter((p) => accessOf(p) === "public")).toEqual(["auth.login", "auth.logout"]);
  });

  it("over HTTP, for each kind of caller", async () => {
    const route = await import("@/app/api/trpc/[trpc]/route");
    const problems: string[] = [];
    for (const [name, proc] of procedures) {
      const access = accessOf(name)!;
      if (access === "public") continue;
      for (const caller of callers) {
        const mutation = proc._def.type === "mutation";
        const req = new Request(`http://127.0.0.1:3000/api/trpc/${name}`, {
          method: mutation ? "POST" : "GET",
          headers: { host: "127.0.0.1:3000", ...(mutation ? { "content-type": "application/json" } : {}), ...caller.headers },
          // No input: an input check must not run before the role check (it would answer 400).
          body: mutation ? "" : undefined,
        });
        const res = await (mutation ? route.POST(req) : route.GET(req));
        const want = expected(access, caller);
        const ok = want === "pass" ? res.status !== 401 && res.status !== 403 : res.status === want;
        if (!ok) problems.push(`${name} as ${caller.name}: got ${res.status}, want ${want}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("every route handler refuses the wrong caller", () => {
  it("every route file has an access rule", () => {
    const files = routeFiles();
    expect(files).toContain("app/api/trpc/[trpc]/route.ts");
    expect(files.filter((f) => !ROUTES[f]), "add these to ROUTES").toEqual([]);
  });

  for (const [file, { access, params }] of Object.entries(ROUTES)) {
    if (access === "procedures" || access === "public") continue;
    it(`${file}: ${Array.isArray(access) ? access.join(", ") : access}`, async () => {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function");
      expect(methods.length).toBeGreaterThan(0);
      for (const method of methods) {
        const handler = mod[method] as (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
        for (const caller of callers) {
          const url = `http://127.0.0.1:3000/${file.replace(/^app\//, "").replace(/\/route\.\w+$/, "").replace(/\[(\w+)\]/g, (_, k) => params![k])}`;
          const res = await handler(new Request(url, { method, headers: caller.headers }), { params: Promise.resolve(params ?? {}) });
          check(res.status, expected(access, caller), `${method} ${url} as ${caller.name}`);
        }
      }
    });
  }
});
