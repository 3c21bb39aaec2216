/**
 * listing.predict through tRPC against the real embedded Postgres and the real ONNX models:
 * decisions, idempotency, versioning, every bad input refused with nothing stored, auth.
 */
import { TRPCError } from "@trpc/server";
import { count, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { TEXT_EMBEDDING_DIM } from "@/server/inference/text-encoder";
import { auditLog, decisions, listingVersionImages, listingVersions, listings, predictions, reviewItems, sellers } from "@/db/schema";
import { imageWorkers } from "@/server/image/image-workers";
import { bombPng, makeJpeg, makeServiceToken, makeUser, uid } from "@/server/test/factories";
import { createContext } from "../init";
import { createCaller } from "../root";

let db: Db;
let service: { tokenId: string; name: string };

beforeAll(async () => {
  db = createDb(inject("databaseUrl"), 4);
  const token = await makeServiceToken(db);
  service = { tokenId: token.id, name: token.name };
});
afterAll(() => db.$client.end());

const asService = () => createCaller(createContext({ db, user: null, service }));

function listing(overrides: Record<string, unknown> = {}) {
  return { listingId: uid("l"), sellerId: uid("s"), title: "Glock 19 Gen 5 with two mags", description: "9mm, cash only, local pickup", ...overrides };
}

async function storedVersions(listingId: string) {
  const [{ n }] = await db.select({ n: count() }).from(listingVersions).where(eq(listingVersions.listingId, listingId));
  return n;
}

async function errorOf(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (err) {
    return err as TRPCError;
  }
  throw new Error("expected the call to fail");
}

describe("listing.predict", () => {
  it("decides, scores and stores everything in one go", async () => {
    const input = listing({ images: [{ contentType: "image/jpeg", data: (await makeJpeg(3)).toString("base64") }] });
    const out = await asService().listing.predict(input);
    expect(out.version).toBe(1);
    // A clear firearm listing is never simply allowed, whatever photo it carries.
    expect(["block", "review"]).toContain(out.decision);
    expect(out.reasons.length).toBeGreaterThan(0);
    expect(out.evidence.text.some((s) => s.normalised.includes("glock"))).toBe(true);
    expect(out.stageTimings.map((t) => t.stage)).toEqual(["fast_signals", "model", "decide"]);

    const [version] = await db.select().from(listingVersions).where(eq(listingVersions.listingId, input.listingId));
    const [prediction] = await db.select().from(predictions).where(eq(predictions.listingVersionId, version.id));
    const [decision] = await db.select().from(decisions).where(eq(decisions.listingVersionId, version.id));
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, version.id));
    expect(prediction.modelVersion).toBe(out.modelVersion);
    // What the head saw, as float32 bytes: one 1280-value image vector and the 32-value text vector.
    expect(prediction.imageEmbeddings?.length).toBe(1280 * 4);
    expect(prediction.textEmbedding?.length).toBe(TEXT_EMBEDDING_DIM * 4);
    expect(decision.outcome).toBe(out.decision);
    expect(audit.map((a) => a.action)).toEqual(["listing.predicted"]);
    expect(audit[0].data).toMatchObject({ listingId: input.listingId, version: 1, outcome: out.decision, reviewItemId: out.reviewItemId });
    if (out.reviewItemId) {
      const [item] = await db.select().from(reviewItems).where(eq(reviewItems.id, out.reviewItemId));
      expect(item).toMatchObject({ listingVersionId: version.id, predictionId: prediction.id, status: "open" });
      expect(item.slaDueAt.getTime()).toBeGreaterThan(Date.now());
    }
  });

  it("stores a listing that shows the same photo twice, and a photo another listing already stored", async () => {
    const photo = (await makeJpeg(4)).toString("base64");
    const twice = listing({ images: [{ contentType: "image/jpeg", data: photo }, { contentType: "image/jpeg", data: photo }] });
    const out = await asService().listing.predict(twice);
    expect(out.version).toBe(1);
    const again = await asService().listing.predict(listing({ images: [{ contentType: "image/jpeg", data: photo }] }));
    expect(again.version).toBe(1);
    const [version] = await db.select().from(listingVersions).where(eq(listingVersions.listingId, twice.listingId));
    const rows = await db.select().from(listingVersionImages).where(eq(listingVersionImages.listingVersionId, version.id));
    expect(rows.map((r) => r.position).sort()).toEqual([0, 1]);
    expect(rows[0].imageSha256).toBe(rows[1].imageSha256);
  });

  it("returns the stored decision for the same content, and makes a new version for new content", async () => {
    const input = listing();
    const first = await asService().listing.predict(input);
    const again = await asService().listing.predict(input);
    expect(again.replayed).toBe(true);
    expect(again.version).toBe(first.version);
    expect(again.decision).toBe(first.decision);
    expect(await storedVersions(input.listingId)).toBe(1);

    const edited = await asService().listing.predict({ ...input, description: "now with a holster" });
    expect(edited.version).toBe(2);
    expect(edited.replayed).toBe(false);
    const [row] = await db.select().from(listings).where(eq(listings.id, input.listingId));
    expect(row.currentVersion).toBe(2);
  });

  it("concurrent identical retries store one version", async () => {
    const input = listing();
    const results = await Promise.all([1, 2, 3].map(() => asService().listing.predict(input)));
    expect(new Set(results.map((r) => r.version))).toEqual(new Set([1]));
    expect(new Set(results.map((r) => r.reviewItemId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await storedVersions(input.listingId)).toBe(1);
    const [row] = await db.select().from(listings).where(eq(listings.id, input.listingId));
    expect(row.currentVersion).toBe(1);
  });

  it("allows innocent listings", async () => {
    const out = await asService().listing.predict(listing({ title: "IKEA bookshelf, white", description: "Billy, 80x202 cm, pick up only" }));
    expect(out.decision).toBe("allow");
    expect(out.reviewItemId).toBeNull();
  });
});

describe("bad input gets a clear error and stores nothing", () => {
  const png = () => sharp({ create: { width: 20, height: 20, channels: 3, background: "#f00" } }).png().toBuffer();
  const cases: Array<{ name: string; input: () => Promise<Record<string, unknown>>; code: string; field: RegExp }> = [
    { name: "missing title", input: async () => listing({ title: "" }), code: "BAD_REQUEST", field: /^title$/ },
    { name: "title over 300 characters", input: async () => listing({ title: "x".repeat(301) }), code: "BAD_REQUEST", field: /^title$/ },
    { name: "description over 20,000 characters", input: async () => listing({ description: "y".repeat(20_001) }), code: "BAD_REQUEST", field: /^description$/ },
    { name: "bad listing id", input: async () => listing({ listingId: "has spaces" }), code: "BAD_REQUEST", field: /^listingId$/ },
    { name: "negative price", input: async () => listing({ price: -5 }), code: "BAD_REQUEST", field: /^price$/ },
    { name: "bad region", input: async () => listing({ region: "Germany" }), code: "BAD_REQUEST", field: /^region$/ },
    {
      name: "nine images",
      input: async () => {
        const data = (await png()).toString("base64");
        return listing({ images: Array.from({ length: 9 }, () => ({ contentType: "image/png", data })) });
      },
      code: "BAD_REQUEST",
      field: /^images$/,
    },
    { name: "GIF content type", input: async () => listing({ images: [{ contentType: "image/gif", data: "R0lGOD" }] }), code: "BAD_REQUEST", field: /^images/ },
    { name: "not base64", input: async () => listing({ images: [{ contentType: "image/png", data: "!!notbase64!!" }] }), code: "BAD_REQUEST", field: /^images/ },
    {
      name: "bytes that are not an image",
      input: async () => listing({ images: [{ contentType: "image/jpeg", data: Buffer.from("hello world, not a jpeg").toString("base64") }] }),
      code: "BAD_REQUEST",
      field: /^images\.0\.data$/,
    },
    {
      name: "PNG bytes declared as JPEG",
      input: async () => listing({ images: [{ contentType: "image/jpeg", data: (await png()).toString("base64") }] }),
      code: "UNSUPPORTED_MEDIA_TYPE",
      field: /^images\.0\.contentType$/,
    },
    {
      name: "a truncated JPEG",
      input: async () => listing({ images: [{ contentType: "image/jpeg", data: (await makeJpeg(2)).subarray(0, 40).toString("base64") }] }),
      code: "BAD_REQUEST",
      field: /^images\.0\.data$/,
    },
    { name: "a decompression bomb", input: async () => listing({ images: [{ contentType: "image/png", data: bombPng(50_000, 50_000).toString("base64") }] }), code: "BAD_REQUEST", field: /^images\.0\.data$/ },
    {
      name: "an image over 10 MB",
      input: async () => listing({ images: [{ contentType: "image/jpeg", data: Buffer.concat([await makeJpeg(1), Buffer.alloc(10 * 1024 * 1024)]).toString("base64") }] }),
      code: "BAD_REQUEST",
      field: /^images\.0\.data$/,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const input = await c.input();
      const err = await errorOf(asService().listing.predict(input as never));
      expect(err.code).toBe(c.code);
      // The field-level message is what the client sees.
      const shape = (err as TRPCError & { cause?: { fieldErrors?: Record<string, string[]>; issues?: Array<{ path: PropertyKey[] }> } }).cause;
      const fields = shape?.fieldErrors ? Object.keys(shape.fieldErrors) : (shape?.issues ?? []).map((i) => i.path.join("."));
      expect(fields.some((f) => c.field.test(f))).toBe(true);
      expect(await storedVersions(String(input.listingId))).toBe(0);
    });
  }

  it("photos each under the pixel limit but over the listing's limit together: 413, nothing decoded or stored", async () => {
    // Three 36 MP photos (header-only PNGs): 108 MP against the 100 MP per listing.
    const input = listing({ images: [0, 1, 2].map(() => ({ contentType: "image/png", data: bombPng(6000, 6000).toString("base64") })) });
    const jobs = () => imageWorkers().stats().completed + imageWorkers().stats().failed + imageWorkers().stats().inFlight;
    const before = jobs();
    const err = await errorOf(asService().listing.predict(input as never));
    expect(err.code).toBe("PAYLOAD_TOO_LARGE");
    const cause = (err as TRPCError & { cause?: { fieldErrors?: Record<string, string[]> } }).cause;
    expect(cause?.fieldErrors?.images?.[0]).toMatch(/108 megapixels together; the limit is 100 megapixels per listing/);
    expect(jobs(), "no photo was handed to the image workers").toBe(before);
    expect(await storedVersions(input.listingId)).toBe(0);
  });

  it("a listing of another seller is refused and nothing is written", async () => {
    const input = listing();
    await asService().listing.predict(input);
    const [{ before }] = await db.select({ before: count() }).from(reviewItems);
    const other = uid("other");
    const err = await errorOf(asService().listing.predict({ ...input, sellerId: other, description: "changed" }));
    expect(err.code).toBe("CONFLICT");
    expect(await storedVersions(input.listingId)).toBe(1);
    const [{ after }] = await db.select({ after: count() }).from(reviewItems);
    expect(after).toBe(before);
    const [row] = await db.select().from(listings).where(eq(listings.id, input.listingId));
    expect(row.currentVersion).toBe(1);
    expect(await db.select().from(sellers).where(eq(sellers.id, other))).toEqual([]);
  });
});

describe("who may call what", () => {
  it("predict without a token is UNAUTHORIZED; a person's session is FORBIDDEN", async () => {
    const anonymous = createCaller(createContext({ db, user: null, service: null }));
    expect((await errorOf(anonymous.listing.predict(listing()))).code).toBe("UNAUTHORIZED");
    const moderator = await makeUser(db, "moderator");
    const asModerator = createCaller(createContext({ db, user: moderator, service: null }));
    expect((await errorOf(asModerator.listing.predict(listing()))).code).toBe("FORBIDDEN");
  });

  it("role procedures: not logged in is UNAUTHORIZED, wrong role is FORBIDDEN", async () => {
    const anonymous = createCaller(createContext({ db, user: null, service: null }));
    expect((await errorOf(anonymous.review.queue())).code).toBe("UNAUTHORIZED");
    const seller = await makeUser(db, "seller", { sellerId: uid("s") });
    const asSeller = createCaller(createContext({ db, user: seller, service: null }));
    expect((await errorOf(asSeller.review.queue())).code).toBe("FORBIDDEN");
    expect((await errorOf(asSeller.admin.overview())).code).toBe("FORBIDDEN");
    expect((await errorOf(asSeller.policy.active())).code).toBe("FORBIDDEN");
    const lead = await makeUser(db, "policy_lead");
    const asLead = createCaller(createContext({ db, user: lead, service: null }));
    expect((await asLead.policy.active()).thresholds.firearm.block).toBeGreaterThan(0);
  });

  it("a seller only ever sees their own listings", async () => {
    const mine = uid("s");
    const theirs = uid("s");
    await asService().listing.predict(listing({ sellerId: mine, listingId: uid("mine") }));
    await asService().listing.predict(listing({ sellerId: theirs, listingId: uid("theirs") }));
    const seller = await makeUser(db, "seller", { sellerId: mine });
    const rows = await createCaller(createContext({ db, user: seller, service: null })).seller.myListings();
    expect(rows.length).toBe(1);
    expect(rows[0].listingId).toMatch(/^mine-/);
  });

  it("login gives a session cookie; a wrong password does not", async () => {
    const user = await makeUser(db, "moderator");
    const resHeaders = new Headers();
    const caller = createCaller(createContext({ db, user: null, service: null, resHeaders }));
    const res = await caller.auth.login({ email: user.email, password: user.password });
    expect(res.landing).toBe("/queue");
    expect(resHeaders.get("set-cookie")).toMatch(/sl_session=.+; Path=\/; HttpOnly/);
    expect((await errorOf(caller.auth.login({ email: user.email, password: "wrong" }))).code).toBe("UNAUTHORIZED");
  });
});
