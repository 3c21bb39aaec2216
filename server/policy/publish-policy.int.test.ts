/**
 * Publishing and rolling back policies against a real Postgres: exactly one active version,
 * an audit row with the diff for each change, the cache forgotten; and a preview that replays
 * stored predictions with their human labels.
 */
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { findActivePolicy } from "@/db/queries/policies";
import { auditLog, listingVersions, listings, moderatorActions, policies, predictions, reviewItems, sellers } from "@/db/schema";
import { AppError } from "@/server/errors/app-error";
import { makeUser, uid } from "@/server/test/factories";
import { zeroScores } from "@/server/taxonomy";
import { activePolicy } from "./active-policy";
import { previewPolicy } from "./preview-policy";
import { publishPolicy, rollbackPolicy } from "./publish-policy";
import { DEFAULT_THRESHOLDS } from "./thresholds";

let db: Db;
let lead: { id: string };
beforeAll(async () => {
  db = createDb(inject("databaseUrl"), 4);
  lead = await makeUser(db, "policy_lead");
});
afterAll(async () => {
  // Leave the default thresholds in force for the suites that run after this one.
  // (A draft equal to the active policy is refused, which is fine here.)
  await publishPolicy(db, lead, { draft: { thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} }, note: "test: restore defaults" }).catch(() => {});
  await db.$client.end();
});

const firearmBlock = (block: number) => ({ thresholds: { ...DEFAULT_THRESHOLDS, firearm: { block, review: 0.4 } }, regionOverrides: {} });
const activeRows = () => db.select().from(policies).where(eq(policies.active, true));
const errorOf = (p: Promise<unknown>) => p.then(() => { throw new Error("expected an error"); }, (e: unknown) => e as AppError);
const currentVersion = async () => (await findActivePolicy(db))?.version ?? 0;
// Distinct thresholds per call, so no draft equals the policy it replaces.
let step = 0;
const nextBlock = () => 0.5 + (++step % 40) / 100;

describe("publishPolicy", () => {
  it("creates the next version, makes it the only active one, audits the diff and takes effect at once", async () => {
    const before = await currentVersion();
    await activePolicy(db); // warm the cache: publishing must invalidate it
    const block = nextBlock();
    const out = await publishPolicy(db, lead, { draft: firearmBlock(block), note: "lower firearm block", baseVersion: before });
    expect(out.version).toBeGreaterThan(before);

    const active = await activeRows();
    expect(active).toHaveLength(1);
    expect(active[0].version).toBe(out.version);
    expect(active[0].name).toBe("lower firearm block");
    expect((await activePolicy(db)).thresholds.firearm.block).toBe(block);

    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityType, "policy"), eq(auditLog.entityId, out.id)));
    expect(audit.action).toBe("policy.published");
    expect(audit.actorId).toBe(lead.id);
    const data = audit.data as { version: number; previousVersion: number | null; note: string; diff: Array<Record<string, unknown>> };
    expect(data.version).toBe(out.version);
    expect(data.note).toBe("lower firearm block");
    expect(data.diff).toContainEqual(expect.objectContaining({ scope: "default", category: "firearm", field: "block", to: block }));
  });

  it("refuses invalid drafts with field errors, a stale base version, and a draft that changes nothing", async () => {
    const before = await currentVersion();
    const bad = await errorOf(publishPolicy(db, lead, { draft: firearmBlock(0.2), note: "" }));
    expect(bad.code).toBe("BAD_INPUT");
    expect(bad.fieldErrors?.["thresholds.firearm.block"]?.[0]).toMatch(/must be ≥ review/);
    const outOfRange = await errorOf(publishPolicy(db, lead, { draft: firearmBlock(1.5), note: "" }));
    expect(outOfRange.code).toBe("BAD_INPUT");

    const stale = await errorOf(publishPolicy(db, lead, { draft: firearmBlock(nextBlock()), note: "", baseVersion: before - 1 }));
    expect(stale.code).toBe("CONFLICT");

    const current = (await findActivePolicy(db))!;
    const same = await errorOf(publishPolicy(db, lead, { draft: { thresholds: current.thresholds, regionOverrides: current.regionOverrides }, note: "" }));
    expect(same.code).toBe("BAD_INPUT");
    expect(await currentVersion()).toBe(before);
  });

  it("two concurrent publishes from the same base: one wins, one conflicts, one active version", async () => {
    const base = await currentVersion();
    const results = await Promise.allSettled([
      publishPolicy(db, lead, { draft: firearmBlock(nextBlock()), note: "a", baseVersion: base }),
      publishPolicy(db, lead, { draft: firearmBlock(nextBlock()), note: "b", baseVersion: base }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
    expect(await activeRows()).toHaveLength(1);
  });
});

describe("rollbackPolicy", () => {
  it("re-activates an earlier version in one step and audits it", async () => {
    const first = await publishPolicy(db, lead, { draft: firearmBlock(nextBlock()), note: "first" });
    const second = await publishPolicy(db, lead, { draft: firearmBlock(nextBlock()), note: "second" });
    expect(await currentVersion()).toBe(second.version);

    const out = await rollbackPolicy(db, lead, { version: first.version, note: "too many blocks" });
    expect(out.version).toBe(first.version);
    const active = await activeRows();
    expect(active.map((p) => p.version)).toEqual([first.version]);
    expect((await activePolicy(db)).version).toBe(first.version);

    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "policy.rolled_back"), eq(auditLog.entityId, first.id)))
      .orderBy(desc(auditLog.id));
    expect(audit.data).toMatchObject({ version: first.version, previousVersion: second.version, note: "too many blocks" });

    expect((await errorOf(rollbackPolicy(db, lead, { version: first.version }))).code).toBe("CONFLICT");
    expect((await errorOf(rollbackPolicy(db, lead, { version: 9_999_999 }))).code).toBe("NOT_FOUND");
  });
});

describe("previewPolicy", () => {
  it("replays stored predictions: a 0.8 firearm listing moves from review to block, labelled by a moderator", async () => {
    await publishPolicy(db, lead, { draft: { thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} }, note: "defaults" }).catch(() => {});
    const sellerId = uid("s");
    const listingId = uid("pv");
    await db.insert(sellers).values({ id: sellerId });
    await db.insert(listings).values({ id: listingId, sellerId, currentVersion: 1 });
    const [version] = await db
      .insert(listingVersions)
      .values({ listingId, version: 1, contentHash: uid("h"), title: "Preview pistol", description: "" })
      .returning();
    await db.insert(predictions).values({
      listingVersionId: version.id,
      modelVersion: "test",
      policyVersion: 1,
      scores: { ...zeroScores(), firearm: 0.8 },
      modalityScores: { image: { ...zeroScores(), firearm: 0.8 }, text: { ...zeroScores(), firearm: 0.7 }, perImage: [] },
      stageTimings: [],
      reasonCodes: ["model_score_review"],
      evidence: { reasons: [], text: [], hashMatches: [] },
      latencyMs: 10,
    });
    const [item] = await db
      .insert(reviewItems)
      .values({ listingVersionId: version.id, reasons: ["model_score_review"], priority: 0.5, priorityFactors: {}, slaDueAt: new Date(Date.now() + 3_600_000) })
      .returning();
    const mod = await makeUser(db, "moderator");
    await db.insert(moderatorActions).values({ reviewItemId: item.id, userId: mod.id, action: "confirm" });

    const out = await previewPolicy(db, firearmBlock(0.75));
    const mine = out.changed.examples.find((c) => c.listingId === listingId);
    expect(mine).toMatchObject({ from: "review", to: "block", title: "Preview pistol" });
    expect(out.changed.transitions["review→block"]).toBeGreaterThanOrEqual(1);
    expect(out.counts.draft.block).toBeGreaterThan(out.counts.active.block);
    expect(out.labelled.n).toBeGreaterThanOrEqual(1);
    expect(out.labelled.draft.tp).toBeGreaterThan(out.labelled.active.tp);
    expect(out.window).toMatchObject({ days: 30, limit: 50_000, capped: false });
  });
});
