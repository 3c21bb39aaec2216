/**
 * /api/trpc's gatekeeping through the real route handler (app/api/trpc/[trpc]/route.ts) (Request in, Response out) against the
 * real database: body and batch caps, the cross-site check, admission and rate limits, cookies.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { insertSession } from "@/db/queries/auth";
import { SESSION_COOKIE } from "@/server/auth/sessions";
import { hashSecret, newSecret } from "@/server/auth/tokens";
import { resetAdmission } from "@/server/http/admission";
import { CONSOLE_MAX_BODY_BYTES, MAX_BATCH_CALLS } from "@/server/http/request-limits";
import { makeServiceToken, makeUser, uid } from "@/server/test/factories";
import { GET, POST } from "@/app/api/trpc/[trpc]/route";

/** The route itself, as Next.js calls it. */
const handleTrpcRequest = (req: Request) => (req.method === "GET" ? GET(req) : POST(req));

const BASE = "http://127.0.0.1:3000/api/trpc";
let db: Db;
let token: string;
let moderatorCookie: string;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  db = createDb(inject("databaseUrl"), 4);
  token = (await makeServiceToken(db)).secret;
  const moderator = await makeUser(db, "moderator");
  const session = newSecret("sls");
  await insertSession(db, hashSecret(session), moderator.id, new Date(Date.now() + 3_600_000));
  moderatorCookie = `${SESSION_COOKIE}=${session}`;
});
afterAll(() => db.$client.end());
afterEach(() => {
  delete process.env.SIGHTLINE_MAX_INFLIGHT_PREDICTS;
  delete process.env.SIGHTLINE_TOKEN_RATE;
  delete process.env.SIGHTLINE_TOKEN_BURST;
  resetAdmission();
});

function post(path: string, body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(`${BASE}/${path}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", host: "127.0.0.1:3000", ...headers },
    duplex: "half",
  } as RequestInit);
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`${BASE}/${path}`, { headers: { host: "127.0.0.1:3000", ...headers } });

async function errorOf(res: Response) {
  const body = await res.json();
  return (Array.isArray(body) ? body[0] : body).error.json as { message: string; data: { code: string; httpStatus: number } };
}

const listing = (extra: Record<string, unknown> = {}) => JSON.stringify({ json: { listingId: uid("l"), sellerId: uid("s"), title: "Glock 19 with two mags", ...extra } });

/** A body that sends `first` and then waits until `finish()` before ending. */
function heldBody(first: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
      await done;
      controller.close();
    },
  });
  return { stream, finish };
}

describe("session cookies", () => {
  it("a malformed session cookie is no session: 401, not 500", async () => {
    for (const cookie of [`${SESSION_COOKIE}=%E0%A4%A`, `${SESSION_COOKIE}=%`, `${SESSION_COOKIE}=${"x".repeat(5000)}`, `${SESSION_COOKIE}`]) {
      const res = await handleTrpcRequest(get("auth.me", { cookie }));
      expect(res.status, cookie.slice(0, 40)).toBe(401);
      expect((await errorOf(res)).data.code).toBe("UNAUTHORIZED");
    }
  });

  it("login sets a Secure cookie unless the app is addressed as localhost", async () => {
    const user = await makeUser(db, "seller");
    const login = (host: string) => handleTrpcRequest(post("auth.login", JSON.stringify({ json: { email: user.email, password: user.password } }), { host }));
    const remote = await login("sightline.example");
    expect(remote.status).toBe(200);
    expect(remote.headers.get("set-cookie")).toMatch(/; Secure$/);
    const local = await login("127.0.0.1:3000");
    expect(local.status).toBe(200);
    expect(local.headers.get("set-cookie")).not.toMatch(/Secure/);
  });
});

describe("body and batch caps", () => {
  it("refuses a declared body over the cap at once, without reading it (413)", async () => {
    const { stream, finish } = heldBody("{");
    const res = await handleTrpcRequest(post("auth.login", stream, { "content-length": String(2 * CONSOLE_MAX_BODY_BYTES) }));
    finish();
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toBe("The request body is over 1 MB, the most a call without a service token can need");
  });

  it("refuses an undeclared body once it passes the cap (413): no token, no big body", async () => {
    const big = listing({ description: "x".repeat(CONSOLE_MAX_BODY_BYTES) });
    const anonymous = await handleTrpcRequest(post("listing.predict", big));
    expect(anonymous.status).toBe(413);
    // The same body is a legitimate size for the upload flow: decided (here refused as too long a description, 400).
    const service = await handleTrpcRequest(post("listing.predict", big, { authorization: `Bearer ${token}` }));
    expect(service.status).toBe(400);
    expect((await errorOf(service)).message).toMatch(/description is at most 20000 characters/);
  });

  it(`refuses a batch of more than ${MAX_BATCH_CALLS} calls (413), and serves one of that size`, async () => {
    const calls = (n: number) => Array.from({ length: n }, () => "auth.me").join(",");
    const over = await handleTrpcRequest(get(`${calls(MAX_BATCH_CALLS + 1)}?batch=1&input={}`, { cookie: moderatorCookie }));
    expect(over.status).toBe(413);
    expect((await errorOf(over)).message).toBe(`A batch may hold at most ${MAX_BATCH_CALLS} calls; this one has ${MAX_BATCH_CALLS + 1}`);
    const ok = await handleTrpcRequest(get(`${calls(MAX_BATCH_CALLS)}?batch=1&input={}`, { cookie: moderatorCookie }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveLength(MAX_BATCH_CALLS);
  });
});

describe("cross-site requests", () => {
  const logout = (headers: Record<string, string>) => handleTrpcRequest(post("auth.logout", "{}", headers));

  it("refuses a session or login POST whose Origin is another site (403)", async () => {
    const res = await logout({ cookie: moderatorCookie, origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toMatch(/^Cross-site request refused/);
    const login = await handleTrpcRequest(post("auth.login", JSON.stringify({ json: { email: "a@b.example", password: "x" } }), { origin: "https://evil.example" }));
    expect(login.status).toBe(403);
    // The session survived the refused logout.
    expect((await handleTrpcRequest(get("auth.me", { cookie: moderatorCookie }))).status).toBe(200);
  });

  it("serves the same request from this site, and bearer-token calls from anywhere", async () => {
    expect((await handleTrpcRequest(get("auth.me", { cookie: moderatorCookie, origin: "https://evil.example" }))).status).toBe(200);
    const service = await handleTrpcRequest(post("listing.predict", JSON.stringify({ json: {} }), { authorization: `Bearer ${token}`, origin: "https://evil.example" }));
    expect(service.status).toBe(400); // reached the procedure: invalid input
    const ownSite = await logout({ origin: "http://127.0.0.1:3000" });
    expect(ownSite.status).toBe(200);
  });
});

describe("overload", () => {
  it("answers 429 with Retry-After when the process has as many predicts in flight as it may, before reading the body", async () => {
    process.env.SIGHTLINE_MAX_INFLIGHT_PREDICTS = "1";
    resetAdmission();
    const body = listing();
    const held = heldBody(body.slice(0, 10));
    const first = handleTrpcRequest(post("listing.predict", held.stream, { authorization: `Bearer ${token}` }));
    await new Promise((r) => setTimeout(r, 50));
    const second = await handleTrpcRequest(post("listing.predict", listing(), { authorization: `Bearer ${token}` }));
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("1");
    expect((await errorOf(second)).message).toBe("Sightline is deciding as many listings as this server can (1); try again in a second");
    held.finish(); // the first body ends, malformed: its call completes and frees the place
    expect((await first).status).toBe(400);
    const third = await handleTrpcRequest(post("listing.predict", JSON.stringify({ json: {} }), { authorization: `Bearer ${token}` }));
    expect(third.status).toBe(400);
  });

  it("limits each service token's rate (429, Retry-After), apart from other tokens", async () => {
    process.env.SIGHTLINE_TOKEN_RATE = "0.1";
    process.env.SIGHTLINE_TOKEN_BURST = "2";
    resetAdmission();
    const call = (secret: string) => handleTrpcRequest(post("listing.predict", JSON.stringify({ json: {} }), { authorization: `Bearer ${secret}` }));
    expect((await call(token)).status).toBe(400);
    expect((await call(token)).status).toBe(400);
    const limited = await call(token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("10");
    expect((await errorOf(limited)).message).toMatch(/^Service token ".+" is over its rate limit of 0.1 calls a second; try again in 10 s$/);
    const other = (await makeServiceToken(db)).secret;
    expect((await call(other)).status).toBe(400);
  });

  it("login lockout answers 429 with Retry-After over HTTP", async () => {
    const user = await makeUser(db, "seller");
    const attempt = () => handleTrpcRequest(post("auth.login", JSON.stringify({ json: { email: user.email, password: "wrong" } })));
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    const locked = await attempt();
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThanOrEqual(29);
    expect((await errorOf(locked)).message).toMatch(/^Too many failed sign-ins; try again in \d+ seconds$/);
  });
});
