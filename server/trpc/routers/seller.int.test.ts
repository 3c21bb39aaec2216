/**
 * The seller's procedures through tRPC against the real embedded Postgres and the real cascade:
 * what a seller reads about a decision carries no scores, thresholds, hash distances or model
 * versions; appeals only on the current blocked version, once, idempotent on retry, rate-limited.
 */
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { findOrCreateBank, insertHashEntry, removeHashEntry } from "@/db/queries/hash-banks";
import { appeals, decisions, listingVersions, listings, predictions, sellers } from "@/db/schema";
import { pdqFromImage } from "@/server/image/pdq";
import { makeJpeg, makeServiceToken, makeUser, uid } from "@/server/test/factories";
import { zeroScores } from "@/server/taxonomy";
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
afterEach(() => {
  delete process.env.SIGHTLINE_APPEALS_PER_DAY;
});

const asService = () => createCaller(createContext({ db, user: null, service }));

async function makeSeller() {
  const sellerId = uid("s");
  await db.insert(sellers).values({ id: sellerId }).onConflictDoNothing();
  const user = await makeUser(db, "seller", { sellerId });
  const caller = createCaller(createContext({ db, user: { id: user.id, email: user.email, name: user.name, role: "seller", sellerId }, service: null }));
  return { sellerId, user, caller };
}

/** A listing at `versions` versions, the last one current, each decided `outcome`, with a cascade-style reason. */
async function makeListing(sellerId: string, opts: { outcome?: "allow" | "block" | "review"; versions?: number } = {}) {
  const listingId = uid("l");
  const n = opts.versions ?? 1;
  await db.insert(listings).values({ id: listingId, sellerId, currentVersion: n });
  const ids: string[] = [];
  for (let v = 1; v <= n; v++) {
    const [version] = await db.insert(listingVersions).values({ listingId, version: v, contentHash: randomUUID(), title: `Listing ${listingId} v${v}`, description: "d" }).returning();
    await db.insert(predictions).values({
      listingVersionId: version.id,
      modelVersion: "fusion-test-7",
      policyVersion: 1,
      scores: { ...zeroScores(), firearm: 0.97 },
      stageTimings: [],
      reasonCodes: ["model_score_block"],
      evidence: { reasons: [{ code: "model_score_block", category: "firearm", message: "firearm 97% ≥ block threshold 90%" }], text: [], hashMatches: [] },
      latencyMs: 3,
    });
    await db.insert(decisions).values({ listingVersionId: version.id, outcome: opts.outcome ?? "block", source: "auto" });
    ids.push(version.id);
  }
  return { listingId, versionId: ids[ids.length - 1], versionIds: ids };
}

async function errorOf(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (err) {
    return err as TRPCError;
  }
  throw new Error("expected the call to fail");
}

const appealsOf = (versionId: string) => db.select().from(appeals).where(eq(appeals.listingVersionId, versionId));

describe("seller.myListings", () => {
  it("gives plain reasons: no scores, thresholds, hash distances or model versions reach the seller", async () => {
    const { sellerId, caller } = await makeSeller();
    // A photo already in the known-bad bank: the cascade's own reason names the bank and the PDQ distance.
    const photo = await makeJpeg(23);
    const pdq = await pdqFromImage(photo);
    expect(pdq.quality).toBeGreaterThanOrEqual(50);
    const bank = await findOrCreateBank(db, `seller-test bank ${uid()}`);
    const entry = await insertHashEntry(db, { bankId: bank.id, pdqHash: pdq.hash, quality: pdq.quality, category: "firearm", note: "test" });
    const matched = await asService().listing.predict({
      listingId: uid("l"),
      sellerId,
      title: "Garden chair",
      description: "barely used",
      images: [{ contentType: "image/jpeg", data: photo.toString("base64") }],
    });
    await removeHashEntry(db, entry.id); // the listing is stored; the shared test database keeps no bank entry of ours
    expect(matched.decision).toBe("block");
    expect(matched.reasons.map((r) => r.message).join(" ")).toMatch(/distance \d+/);
    // The model's reasons carry its scores against the thresholds.
    const scored = await asService().listing.predict({ listingId: uid("l"), sellerId, title: "Glock 19 Gen 5 with two mags", description: "9mm, cash only, local pickup" });
    expect(["block", "review"]).toContain(scored.decision);
    expect(scored.reasons.map((r) => r.message).join(" ")).toMatch(/\d+%/);
    await makeListing(sellerId);

    const mine = await caller.seller.myListings();
    expect(mine).toHaveLength(3);
    const json = JSON.stringify(mine);
    for (const key of ["score", "threshold", "distance", "evidence", "modelVersion", "policyVersion", "pdq", "hashMatches", "bank"]) {
      expect(json.toLowerCase()).not.toContain(key.toLowerCase());
    }
    for (const secret of [scored.modelVersion, matched.modelVersion, "fusion-test-7", bank.name, pdq.hash]) expect(json).not.toContain(secret);
    for (const l of mine) {
      expect(l.reasons.length).toBeGreaterThan(0);
      for (const r of l.reasons) {
        expect(r).not.toMatch(/\d|%|≥|threshold|distance|pdq|model|score/i);
      }
    }
    const byVersion = (id: string) => mine.find((l) => l.listingId === id)!;
    expect(byVersion(matched.listingId).reasons).toEqual(["A photo matches an image we have already confirmed shows a prohibited item."]);
  });

  it("says a moderator confirmed a block, and nothing about an allowed listing", async () => {
    const { sellerId, caller } = await makeSeller();
    const confirmed = await makeListing(sellerId, { outcome: "review" });
    await db.insert(decisions).values({ listingVersionId: confirmed.versionId, outcome: "block", source: "moderator" });
    const allowed = await makeListing(sellerId, { outcome: "allow" });
    const mine = await caller.seller.myListings();
    const of = (id: string) => mine.find((l) => l.listingId === id)!;
    expect(of(confirmed.listingId).reasons).toEqual(["A moderator reviewed this listing and confirmed the block.", "The photos and text appear to offer a firearm."]);
    expect(of(confirmed.listingId).canAppeal).toBe(true);
    expect(of(allowed.listingId)).toMatchObject({ reasons: [], canAppeal: false });
  });
});

describe("seller.fileAppeal", () => {
  it("files one appeal on a blocked current version; a retry returns it, a second one is refused", async () => {
    const { sellerId, caller } = await makeSeller();
    const l = await makeListing(sellerId);
    const message = "This is a display replica, please look again";
    const first = await caller.seller.fileAppeal({ versionId: l.versionId, message });
    expect(first).toMatchObject({ replayed: false, appeal: { status: "open", message } });
    const retry = await caller.seller.fileAppeal({ versionId: l.versionId, message });
    expect(retry).toMatchObject({ replayed: true, appeal: { id: first.appeal.id } });
    const second = await errorOf(caller.seller.fileAppeal({ versionId: l.versionId, message: "And another thing about this listing" }));
    expect(second.code).toBe("CONFLICT");
    expect(second.message).toBe("An appeal for this listing is already open");
    expect(await appealsOf(l.versionId)).toHaveLength(1);
    expect((await caller.seller.myListings())[0]).toMatchObject({ appealStatus: "open", canAppeal: false });

    // Upheld by a moderator: that version is settled.
    await db.update(appeals).set({ status: "upheld" }).where(eq(appeals.id, first.appeal.id));
    const again = await errorOf(caller.seller.fileAppeal({ versionId: l.versionId, message: "Please look once more at it" }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/upheld/);
    expect(await appealsOf(l.versionId)).toHaveLength(1);
  });

  it("refuses an old version, an allowed or pending listing, and someone else's listing", async () => {
    const { sellerId, caller } = await makeSeller();
    const message = "This listing follows the rules, please check";
    const edited = await makeListing(sellerId, { versions: 2 });
    const old = await errorOf(caller.seller.fileAppeal({ versionId: edited.versionIds[0], message }));
    expect(old.code).toBe("CONFLICT");
    expect(old.message).toMatch(/current version/);
    for (const outcome of ["allow", "review"] as const) {
      const l = await makeListing(sellerId, { outcome });
      const e = await errorOf(caller.seller.fileAppeal({ versionId: l.versionId, message }));
      expect(e.code).toBe("CONFLICT");
      expect(e.message).toBe("Only a blocked listing can be appealed");
      expect(await appealsOf(l.versionId)).toHaveLength(0);
    }
    const stranger = await makeSeller();
    const theirs = await makeListing(stranger.sellerId);
    expect((await errorOf(caller.seller.fileAppeal({ versionId: theirs.versionId, message }))).code).toBe("NOT_FOUND");
    expect(await appealsOf(edited.versionIds[0])).toHaveLength(0);
    expect(await appealsOf(theirs.versionId)).toHaveLength(0);
  });

  it("limits appeals per seller per day, also when filed at the same moment", async () => {
    process.env.SIGHTLINE_APPEALS_PER_DAY = "2";
    const { sellerId, caller } = await makeSeller();
    const ls = await Promise.all([1, 2, 3, 4].map(() => makeListing(sellerId)));
    const message = "This listing follows the rules, please check";
    // Filed more than a day ago: does not count.
    const [old] = await db.insert(appeals).values({ listingVersionId: ls[3].versionId, sellerId, message, status: "overturned", createdAt: new Date(Date.now() - 25 * 3_600_000) }).returning();
    expect(old).toBeDefined();
    const results = await Promise.allSettled(ls.slice(0, 3).map((l) => caller.seller.fileAppeal({ versionId: l.versionId, message })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as TRPCError).code).toBe("TOO_MANY_REQUESTS");
    expect((refused.reason as TRPCError).message).toMatch(/^You can file 2 appeals a day; you can file the next one after \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    const stored = await db.select().from(appeals).where(eq(appeals.sellerId, sellerId));
    expect(stored).toHaveLength(3);
  });
});
