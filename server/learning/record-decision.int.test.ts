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
import { bulkDecide } from "./bulk-decide";
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
  const sha = randomHash();
  await db.insert(images).values({ sha256: sha, mime: "image/jpeg", width: 10, height: 10, bytes: 100, pdqHash: spec.pdqHash ?? randomHash(), pdqQuality: 100 });
  await db.insert(listingVersionImages).values({ listingVersionId: version.id, position: 0, imageSha256: sha });
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
  return { itemId, versionId: version.id, sellerId, pdqHash: (await db.select().from(images).where(eq(images.sha256, sha)))[0].pdqHash };
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
    const out = await recordDecision(db, mod, { itemId: it1.itemId, action: "confirm", categories: ["firearm_part"], addToHashBank: true });
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
    const out = await recordDecision(db, mod, { itemId: it1.itemId, action: "confirm", addToHashBank: true });
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

describe("bulk and appeals", () => {
  it("a bulk action decides every open near-duplicate, with an audit entry per item", async () => {
    const hash = randomHash();
    // One bit away: the same PDQ cluster.
    const flipped = hash.slice(0, 63) + ((parseInt(hash[63], 16) ^ 1).toString(16));
    const a = await makeItem({ pdqHash: hash, scores: { firearm: 0.7 } });
    const b = await makeItem({ pdqHash: flipped, scores: { firearm: 0.7 } });
    const out = await bulkDecide(db, mod, { itemId: a.itemId, action: "confirm" });
    expect(out.results.map((r) => r.itemId).sort()).toEqual([a.itemId, b.itemId].sort());
    for (const it1 of [a, b]) {
      expect((await rowsOf.item(it1.itemId)).status).toBe("closed");
      expect((await rowsOf.audit(it1.itemId)).map((x) => x.action)).toEqual(["review.confirm"]);
    }
    const [bAudit] = await rowsOf.audit(b.itemId);
    expect((bAudit.data as { bulkOf: string }).bulkOf).toBe(a.itemId);
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
