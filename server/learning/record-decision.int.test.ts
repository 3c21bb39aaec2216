/**
 * Moderator decisions against the real embedded Postgres: one transaction, idempotent retries,
 * the learning loop's dataset entries, undo, claims that never hand one item to two moderators,
 * bulk actions on PDQ near-duplicates, and appeals reaching the queue.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { claimItem, claimNextItem } from "@/db/queries/review-claims";
import {
  appeals,
  auditLog,
  datasetEntries,
  decisions,
  hashBankEntries,
  images,
  listingVersionImages,
  listingVersions,
  listings,
  moderatorActions,
  predictions,
  reviewItems,
  sellers,
} from "@/db/schema";
import { priorityOf } from "@/server/policy/review-priority";
import { makeUser, uid } from "@/server/test/factories";
import { zeroScores, type Scores } from "@/server/taxonomy";
import { bulkDecide, findNearDuplicates } from "./bulk-decide";
import { recordDecision } from "./record-decision";
import { syncAppealReviews } from "./sync-appeal-reviews";
import { undoDecision } from "./undo-decision";

let db: Db;
let mod: { id: string };
let other: { id: string };
beforeAll(async () => {
  db = createDb(inject("databaseUrl"), 4);
  mod = await makeUser(db, "moderator");
  other = await makeUser(db, "moderator");
});
afterAll(() => db.$client.end());

const randomHash = () => Array.from({ length: 64 }, () => "0123456789abcdef"[Math.floor(Math.random() * 16)]).join("");
const region = () => `Q${Math.floor(Math.random() * 1e6)}`;

interface ItemSpec {
  scores?: Partial<Scores>;
  autoOutcome?: "allow" | "block" | "review";
  pdqHash?: string;
  /** The listing's images (default: one with a random hash of quality 100). */
  images?: Array<{ pdqHash?: string; quality?: number }>;
  region?: string;
  priority?: number;
  modality?: { image: Partial<Scores>; text: Partial<Scores> };
  withItem?: boolean;
}

/** A listing version with an image, a prediction, an automatic decision and (by default) an open review item. */
async function makeItem(spec: ItemSpec = {}) {
  const sellerId = uid("s");
  const listingId = uid("l");
  await db.insert(sellers).values({ id: sellerId, activeListings: 10 });
  await db.insert(listings).values({ id: listingId, sellerId, currentVersion: 1 });
  const [version] = await db
    .insert(listingVersions)
    .values({ listingId, version: 1, contentHash: randomUUID(), title: "Test listing", description: "desc", region: spec.region ?? null, language: "en" })
    .returning();
  const imageSpecs = spec.images ?? [{ pdqHash: spec.pdqHash }];
  const imgs = imageSpecs.map((i) => ({ sha256: randomHash(), pdqHash: i.pdqHash ?? randomHash(), quality: i.quality ?? 100 }));
  for (const [position, img] of imgs.entries()) {
    await db.insert(images).values({ sha256: img.sha256, mime: "image/jpeg", width: 10, height: 10, bytes: 100, pdqHash: img.pdqHash, pdqQuality: img.quality });
    await db.insert(listingVersionImages).values({ listingVersionId: version.id, position, imageSha256: img.sha256 });
  }
  const scores = { ...zeroScores(), ...spec.scores };
  const [prediction] = await db
    .insert(predictions)
    .values({
      listingVersionId: version.id,
      modelVersion: "test",
      policyVersion: 900_000 + Math.floor(Math.random() * 1e5), // no such policy: default thresholds apply
      scores,
      modalityScores: spec.modality ? { image: { ...zeroScores(), ...spec.modality.image }, text: { ...zeroScores(), ...spec.modality.text } } : null,
      stageTimings: [],
      reasonCodes: [],
      evidence: { reasons: [], text: [], hashMatches: [] },
      latencyMs: 1,
    })
    .returning();
  await db.insert(decisions).values({ listingVersionId: version.id, outcome: spec.autoOutcome ?? "review", source: "auto" });
  let itemId = "";
  if (spec.withItem !== false) {
    const factors = { severity: 0.5, uncertainty: 0.5, reach: 0, failOpen: 0, appeal: 0 };
    const [item] = await db
      .insert(reviewItems)
      .values({
        listingVersionId: version.id,
        predictionId: prediction.id,
        reasons: ["model_score_review"],
        priority: spec.priority ?? priorityOf(factors),
        priorityFactors: factors,
        slaDueAt: new Date(Date.now() + 4 * 3_600_000),
      })
      .returning();
    itemId = item.id;
  }
  return { itemId, versionId: version.id, sellerId, pdqHash: imgs[0].pdqHash, images: imgs };
}

const rowsOf = {
  actions: (itemId: string) => db.select().from(moderatorActions).where(eq(moderatorActions.reviewItemId, itemId)),
  decisions: (versionId: string) => db.select().from(decisions).where(and(eq(decisions.listingVersionId, versionId), eq(decisions.source, "moderator"))),
  dataset: (versionId: string) => db.select().from(datasetEntries).where(eq(datasetEntries.listingVersionId, versionId)),
  audit: (itemId: string) => db.select().from(auditLog).where(and(eq(auditLog.entityType, "review_item"), eq(auditLog.entityId, itemId))).orderBy(auditLog.id),
  item: async (itemId: string) => (await db.select().from(reviewItems).where(eq(reviewItems.id, itemId)))[0],
};

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return (err as { code: string }).code;
  }
  throw new Error("expected the call to fail");
}

describe("recordDecision", () => {
  it("reversing an automatic block closes the item, writes decision, action, audit and a hard negative in one go", async () => {
    const it1 = await makeItem({ scores: { firearm: 0.99 }, autoOutcome: "block" });
    const [appeal] = await db.insert(appeals).values({ listingVersionId: it1.versionId, sellerId: it1.sellerId, message: "It is a toy" }).returning();
    const out = await recordDecision(db, mod, { itemId: it1.itemId, action: "reverse", note: "toy in photo" });
    expect(out).toMatchObject({ status: "closed", outcome: "allow", replayed: false });

    expect((await rowsOf.item(it1.itemId)).status).toBe("closed");
    const [decision] = await rowsOf.decisions(it1.versionId);
    expect(decision).toMatchObject({ outcome: "allow", decidedBy: mod.id, note: "toy in photo" });
    const actions = await rowsOf.actions(it1.itemId);
    expect(actions.map((a) => a.action)).toEqual(["reverse"]);
    const dataset = await rowsOf.dataset(it1.versionId);
    expect(dataset).toHaveLength(1);
    expect(dataset[0]).toMatchObject({ kind: "hard_negative", reason: "reversal_of_auto_block", labels: [], clusterKey: it1.pdqHash, sourceActionId: actions[0].id });
    const audit = await rowsOf.audit(it1.itemId);
    expect(audit.map((a) => a.action)).toEqual(["review.reverse"]);
    expect((await db.select().from(appeals).where(eq(appeals.id, appeal.id)))[0]).toMatchObject({ status: "overturned", resolvedBy: mod.id });
  });

  it("is idempotent: the same action id, or the same action repeated, writes nothing twice", async () => {
    const it1 = await makeItem({ scores: { firearm: 0.7 } });
    const actionId = randomUUID();
    const first = await recordDecision(db, mod, { itemId: it1.itemId, action: "confirm", actionId });
    const again = await recordDecision(db, mod, { itemId: it1.itemId, action: "confirm", actionId });
    const third = await recordDecision(db, mod, { itemId: it1.itemId, action: "confirm" });
    expect(again).toMatchObject({ replayed: true, actionId, decisionId: first.decisionId, outcome: "block" });
    expect(third.replayed).toBe(true);
    expect(await rowsOf.actions(it1.itemId)).toHaveLength(1);
    expect(await rowsOf.decisions(it1.versionId)).toHaveLength(1);
    expect(await rowsOf.audit(it1.itemId)).toHaveLength(1);
    // A different action on a decided item is a conflict, not a silent overwrite.
    expect(await codeOf(recordDecision(db, mod, { itemId: it1.itemId, action: "reverse" }))).toBe("CONFLICT");
  });

  it("concurrent identical retries still write one decision", async () => {
    const it1 = await makeItem({ scores: { firearm: 0.7 } });
    const actionId = randomUUID();
    const results = await Promise.allSettled([1, 2, 3].map(() => recordDecision(db, mod, { itemId: it1.itemId, action: "confirm", actionId })));
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    expect(await rowsOf.decisions(it1.versionId)).toHaveLength(1);
  });

  it("a confirmed violation the model scored low is a hard positive, and its image can go into the hash bank", async () => {
    const it1 = await makeItem({ scores: { firearm: 0.1, firearm_part: 0.05 } });
    const out = await recordDecision(db, mod, { itemId: it1.itemId, action: "confirm", categories: ["firearm_part"], hashBankImages: [it1.images[0].sha256] });
    const dataset = await rowsOf.dataset(it1.versionId);
    expect(dataset.map((d) => [d.kind, d.reason, d.labels])).toEqual([["hard_positive", "confirmed_low_score", ["firearm_part"]]]);
    expect(out.hashEntryIds).toHaveLength(1);
    const [entry] = await db.select().from(hashBankEntries).where(eq(hashBankEntries.id, out.hashEntryIds[0]));
    expect(entry).toMatchObject({ pdqHash: it1.pdqHash, category: "firearm_part", addedBy: mod.id });
  });

  it("near a threshold, or image and text disagreeing, goes to the active-learning pool", async () => {
    const near = await makeItem({ scores: { firearm: 0.45 } });
    await recordDecision(db, mod, { itemId: near.itemId, action: "reverse" });
    expect((await rowsOf.dataset(near.versionId)).map((d) => [d.kind, d.reason])).toEqual([["active_learning", "near_threshold"]]);

    const split = await makeItem({ scores: { firearm: 0.6 }, modality: { image: { firearm: 0.9 }, text: { firearm: 0.05 } } });
    await recordDecision(db, mod, { itemId: split.itemId, action: "tag_airsoft" });
    const rows = await rowsOf.dataset(split.versionId);
    expect(rows.map((d) => [d.kind, d.reason, d.labels])).toEqual([["active_learning", "modality_disagreement", ["airsoft_paintball"]]]);
    expect((await rowsOf.decisions(split.versionId))[0]).toMatchObject({ outcome: "allow", tags: ["airsoft"] });
  });

  it("refuses an item another moderator holds", async () => {
    const it1 = await makeItem();
    expect(await claimItem(db, it1.itemId, other.id)).toBe(true);
    expect(await codeOf(recordDecision(db, mod, { itemId: it1.itemId, action: "confirm" }))).toBe("CONFLICT");
    expect(await rowsOf.actions(it1.itemId)).toHaveLength(0);
  });

  it("escalate keeps the item open with a higher priority; skip gives the claim back", async () => {
    const it1 = await makeItem();
    const before = await rowsOf.item(it1.itemId);
    await recordDecision(db, mod, { itemId: it1.itemId, action: "escalate", note: "need a senior" });
    const after = await rowsOf.item(it1.itemId);
    expect(after.status).toBe("open");
    expect(after.priority).toBeGreaterThan(before.priority);
    expect(after.reasons).toContain("escalated");
    expect((after.priorityFactors as { escalated: number }).escalated).toBe(1);

    const it2 = await makeItem();
    await claimItem(db, it2.itemId, mod.id);
    await recordDecision(db, mod, { itemId: it2.itemId, action: "skip" });
    const skipped = await rowsOf.item(it2.itemId);
    expect(skipped).toMatchObject({ status: "open", claimedBy: null });
  });
});

describe("undoDecision", () => {
  it("reverts the last action in one transaction and audits the undo; a retried undo is answered, not repeated", async () => {
    const it1 = await makeItem({ scores: { firearm: 0.99 }, autoOutcome: "block" });
    const out = await recordDecision(db, mod, { itemId: it1.itemId, action: "reverse" });
    expect(await rowsOf.dataset(it1.versionId)).toHaveLength(1);

    const undone = await undoDecision(db, mod, { itemId: it1.itemId, actionId: out.actionId });
    expect(undone).toMatchObject({ action: "reverse", replayed: false });
    expect(await rowsOf.item(it1.itemId)).toMatchObject({ status: "open", closedAt: null, claimedBy: mod.id });
    expect(await rowsOf.decisions(it1.versionId)).toHaveLength(0);
    expect(await rowsOf.dataset(it1.versionId)).toHaveLength(0);
    expect(await rowsOf.actions(it1.itemId)).toHaveLength(0);
    expect((await rowsOf.audit(it1.itemId)).map((a) => a.action)).toEqual(["review.reverse", "review.undo"]);

    expect((await undoDecision(db, mod, { itemId: it1.itemId, actionId: out.actionId })).replayed).toBe(true);
    expect((await rowsOf.audit(it1.itemId)).map((a) => a.action)).toEqual(["review.reverse", "review.undo"]);

    // Decided again after the undo: a fresh decision and dataset entry.
    await recordDecision(db, mod, { itemId: it1.itemId, action: "confirm" });
    expect((await rowsOf.decisions(it1.versionId)).map((d) => d.outcome)).toEqual(["block"]);
  });

  it("restores an escalated item's priority; only the actor may undo, and only within the window", async () => {
    const it1 = await makeItem();
    const before = await rowsOf.item(it1.itemId);
    const esc = await recordDecision(db, mod, { itemId: it1.itemId, action: "escalate" });
    expect(await codeOf(undoDecision(db, other, { itemId: it1.itemId }))).toBe("FORBIDDEN");
    await undoDecision(db, mod, { itemId: it1.itemId, actionId: esc.actionId });
    const after = await rowsOf.item(it1.itemId);
    expect(after.priority).toBe(before.priority);
    expect(after.reasons).toEqual(before.reasons);

    const late = await recordDecision(db, mod, { itemId: it1.itemId, action: "confirm" });
    await db.update(moderatorActions).set({ createdAt: new Date(Date.now() - 60_000) }).where(eq(moderatorActions.id, late.actionId));
    expect(await codeOf(undoDecision(db, mod, { itemId: it1.itemId }))).toBe("CONFLICT");
  });

  it("undo of a hash-bank confirm removes the bank entry", async () => {
    const it1 = await makeItem({ scores: { firearm: 0.7 } });
    const out = await recordDecision(db, mod, { itemId: it1.itemId, action: "confirm", hashBankImages: [it1.images[0].sha256] });
    await undoDecision(db, mod, { itemId: it1.itemId });
    const [entry] = await db.select().from(hashBankEntries).where(eq(hashBankEntries.id, out.hashEntryIds[0]));
    expect(entry.removedAt).not.toBeNull();
  });
});

describe("claims", () => {
  it("two moderators claiming next at the same time never get the same item", async () => {
    const r = region();
    const a = await makeItem({ region: r, priority: 80 });
    const b = await makeItem({ region: r, priority: 60 });
    const [x, y] = await Promise.all([
      claimNextItem(db, mod.id, { filters: { region: r } }),
      claimNextItem(db, other.id, { filters: { region: r } }),
    ]);
    expect(new Set([x, y])).toEqual(new Set([a.itemId, b.itemId]));
    const third = await makeUser(db, "moderator");
    expect(await claimNextItem(db, third.id, { filters: { region: r } })).toBeNull();
  });

  it("an expired claim can be taken; a skipped item is not handed back to the same moderator", async () => {
    const r = region();
    const a = await makeItem({ region: r, priority: 90 });
    await claimItem(db, a.itemId, other.id);
    await db.update(reviewItems).set({ claimExpiresAt: new Date(Date.now() - 1000) }).where(eq(reviewItems.id, a.itemId));
    expect(await claimNextItem(db, mod.id, { filters: { region: r } })).toBe(a.itemId);
    await recordDecision(db, mod, { itemId: a.itemId, action: "skip" });
    expect(await claimNextItem(db, mod.id, { filters: { region: r } })).toBeNull();
    expect(await claimNextItem(db, other.id, { filters: { region: r } })).toBe(a.itemId);
  });
});

/** `hash` with its last `bits` bits flipped: that many bits away, the same PDQ cluster for small counts. */
function flip(hash: string, bits = 1): string {
  const n = BigInt(`0x${hash}`) ^ ((1n << BigInt(bits)) - 1n);
  return n.toString(16).padStart(64, "0");
}

describe("hash bank marks and cluster keys", () => {
  it("only the images the moderator marked go into the bank; none marked, none added", async () => {
    const it1 = await makeItem({ scores: { firearm: 0.9 }, images: [{}, {}, {}] });
    const out = await recordDecision(db, mod, { itemId: it1.itemId, action: "confirm", hashBankImages: [it1.images[1].sha256] });
    expect(out.hashEntryIds).toHaveLength(1);
    const entries = await db.select().from(hashBankEntries).where(eq(hashBankEntries.imageSha256, it1.images[1].sha256));
    expect(entries.map((e) => e.pdqHash)).toEqual([it1.images[1].pdqHash]);
    for (const other of [it1.images[0], it1.images[2]]) {
      expect(await db.select().from(hashBankEntries).where(eq(hashBankEntries.pdqHash, other.pdqHash))).toHaveLength(0);
    }
    const [audit] = await rowsOf.audit(it1.itemId);
    expect((audit.data as { hashBankImages: string[] }).hashBankImages).toEqual([it1.images[1].sha256]);

    const unmarked = await makeItem({ scores: { firearm: 0.9 }, images: [{}, {}] });
    expect((await recordDecision(db, mod, { itemId: unmarked.itemId, action: "confirm", hashBankImages: [] })).hashEntryIds).toEqual([]);
    for (const img of unmarked.images) expect(await db.select().from(hashBankEntries).where(eq(hashBankEntries.pdqHash, img.pdqHash))).toHaveLength(0);
  });

  it("refuses, writing nothing, an image of another listing, a featureless image, or marks on anything but a confirm", async () => {
    const elsewhere = await makeItem({ withItem: false });
    const it1 = await makeItem({ scores: { firearm: 0.9 }, images: [{}, { quality: 30 }] });
    const attempts: Array<[string, Parameters<typeof recordDecision>[2]]> = [
      ["another listing's image", { itemId: it1.itemId, action: "confirm", hashBankImages: [elsewhere.images[0].sha256] }],
      ["a featureless image", { itemId: it1.itemId, action: "confirm", hashBankImages: [it1.images[0].sha256, it1.images[1].sha256] }],
      ["marks on a reversal", { itemId: it1.itemId, action: "reverse", hashBankImages: [it1.images[0].sha256] }],
    ];
    for (const [why, input] of attempts) {
      expect(await codeOf(recordDecision(db, mod, input)), why).toBe("BAD_INPUT");
    }
    expect(await rowsOf.actions(it1.itemId)).toHaveLength(0);
    expect(await rowsOf.decisions(it1.versionId)).toHaveLength(0);
    expect((await rowsOf.item(it1.itemId)).status).toBe("open");
    for (const img of [...it1.images, ...elsewhere.images]) expect(await db.select().from(hashBankEntries).where(eq(hashBankEntries.pdqHash, img.pdqHash))).toHaveLength(0);
  });

  it("a featureless hash is never a dataset cluster key", async () => {
    const mixed = await makeItem({ scores: { firearm: 0.99 }, autoOutcome: "block", images: [{ quality: 10 }, { quality: 80 }] });
    await recordDecision(db, mod, { itemId: mixed.itemId, action: "reverse" });
    expect((await rowsOf.dataset(mixed.versionId)).map((d) => d.clusterKey)).toEqual([mixed.images[1].pdqHash]);

    const flat = await makeItem({ scores: { firearm: 0.99 }, autoOutcome: "block", images: [{ quality: 0 }, { quality: 49 }] });
    await recordDecision(db, mod, { itemId: flat.itemId, action: "reverse" });
    expect((await rowsOf.dataset(flat.versionId)).map((d) => d.clusterKey)).toEqual([null]);
  });
});

describe("bulk and appeals", () => {
  it("a bulk action decides this item and exactly the near-duplicates picked, with an audit entry per item", async () => {
    const hash = randomHash();
    const a = await makeItem({ pdqHash: hash, scores: { firearm: 0.7 } });
    const b = await makeItem({ pdqHash: flip(hash, 1), scores: { firearm: 0.7 } });
    // A near-duplicate the moderator did not pick (or that arrived after they looked): untouched.
    const c = await makeItem({ pdqHash: flip(hash, 2), scores: { firearm: 0.7 } });
    expect((await findNearDuplicates(db, a.itemId, mod.id)).map((d) => d.itemId).sort()).toEqual([b.itemId, c.itemId].sort());

    const out = await bulkDecide(db, mod, { itemId: a.itemId, action: "confirm", itemIds: [b.itemId], bulkId: randomUUID() });
    expect(out.results.map((r) => r.itemId).sort()).toEqual([a.itemId, b.itemId].sort());
    expect(out.skipped).toEqual([]);
    for (const it1 of [a, b]) {
      expect((await rowsOf.item(it1.itemId)).status).toBe("closed");
      expect((await rowsOf.audit(it1.itemId)).map((x) => x.action)).toEqual(["review.confirm"]);
    }
    const [bAudit] = await rowsOf.audit(b.itemId);
    expect((bAudit.data as { bulkOf: string }).bulkOf).toBe(a.itemId);
    expect((await rowsOf.item(c.itemId)).status).toBe("open");
    expect(await rowsOf.actions(c.itemId)).toHaveLength(0);
  });

  it("skips picked items that are not near-duplicates, no longer open, or held by another moderator; a retry writes nothing", async () => {
    const hash = randomHash();
    const a = await makeItem({ pdqHash: hash, scores: { firearm: 0.7 } });
    const near = await makeItem({ pdqHash: flip(hash, 3), scores: { firearm: 0.7 } });
    const far = await makeItem({ pdqHash: flip(hash, 40), scores: { firearm: 0.7 } });
    const decided = await makeItem({ pdqHash: flip(hash, 1), scores: { firearm: 0.7 } });
    await recordDecision(db, other, { itemId: decided.itemId, action: "reverse" });
    const held = await makeItem({ pdqHash: flip(hash, 2), scores: { firearm: 0.7 } });
    expect(await claimItem(db, held.itemId, other.id)).toBe(true);

    const input = { itemId: a.itemId, action: "confirm" as const, itemIds: [near.itemId, far.itemId, decided.itemId, held.itemId, randomUUID()], bulkId: randomUUID() };
    const out = await bulkDecide(db, mod, input);
    expect(out.results.map((r) => r.itemId).sort()).toEqual([a.itemId, near.itemId].sort());
    expect(Object.fromEntries(out.skipped.map((x) => [x.itemId, x.reason]))).toEqual({
      [far.itemId]: "not_near_duplicate",
      [decided.itemId]: "not_open",
      [held.itemId]: "claimed_by_other",
      [input.itemIds[4]]: "not_found",
    });
    expect((await rowsOf.item(far.itemId)).status).toBe("open");
    expect((await rowsOf.item(held.itemId)).status).toBe("open");
    expect((await rowsOf.decisions(decided.versionId)).map((d) => d.outcome)).toEqual(["allow"]);

    const again = await bulkDecide(db, mod, input);
    expect(again.results.map((r) => [r.itemId, r.replayed])).toEqual(out.results.map((r) => [r.itemId, true]));
    for (const it1 of [a, near]) {
      expect(await rowsOf.actions(it1.itemId)).toHaveLength(1);
      expect(await rowsOf.decisions(it1.versionId)).toHaveLength(1);
      expect(await rowsOf.audit(it1.itemId)).toHaveLength(1);
    }
  });

  it("featureless images make no near-duplicates", async () => {
    const hash = randomHash();
    const a = await makeItem({ images: [{ pdqHash: hash, quality: 20 }] });
    const b = await makeItem({ images: [{ pdqHash: hash, quality: 20 }] });
    expect(await findNearDuplicates(db, a.itemId, mod.id)).toEqual([]);
    const out = await bulkDecide(db, mod, { itemId: a.itemId, action: "reverse", itemIds: [b.itemId], bulkId: randomUUID() });
    expect(out.skipped).toEqual([{ itemId: b.itemId, reason: "not_near_duplicate" }]);
    expect((await rowsOf.item(b.itemId)).status).toBe("open");
  });

  it("an appeal on an auto-blocked listing creates a boosted review item; confirming upholds it", async () => {
    const blocked = await makeItem({ scores: { firearm: 0.97 }, autoOutcome: "block", withItem: false });
    const [appeal] = await db.insert(appeals).values({ listingVersionId: blocked.versionId, sellerId: blocked.sellerId, message: "This is a replica" }).returning();
    await syncAppealReviews(db);
    await syncAppealReviews(db); // twice: still one item
    const items = await db.select().from(reviewItems).where(eq(reviewItems.listingVersionId, blocked.versionId));
    expect(items).toHaveLength(1);
    expect(items[0].reasons).toEqual(["appeal"]);
    expect((items[0].priorityFactors as { appeal: number }).appeal).toBe(1);
    await recordDecision(db, mod, { itemId: items[0].id, action: "confirm" });
    expect((await db.select().from(appeals).where(eq(appeals.id, appeal.id)))[0].status).toBe("upheld");
  });
});
