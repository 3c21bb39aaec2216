/**
 * Re-scoring a fail-open listing with the real model on the real database: the model's scores,
 * evidence and Grad-CAM replace the placeholder once, the queue item follows the model, and a
 * person's decision is never overwritten.
 */
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { auditLog, decisions, predictions, reviewItems } from "@/db/schema";
import { makeJpeg, uid } from "@/server/test/factories";
import { loadScorer } from "./model-scorer";
import type { Scorer } from "./model-stage";
import { predictListing } from "./predict-listing";
import { rescoreFailedOpen } from "./rescore-version";

let db: Db;
let scorer: Scorer | null;
beforeAll(async () => {
  db = createDb(inject("databaseUrl"), 2);
  scorer = await loadScorer();
  expect(scorer, "the real model must load for this test").not.toBeNull();
});
afterAll(() => db.$client.end());

async function failedOpen(title: string, description: string) {
  const out = await predictListing(
    db,
    { listingId: uid("rs"), sellerId: uid("s"), title, description, images: [{ contentType: "image/jpeg", data: (await makeJpeg(7)).toString("base64") }] },
    { scorer: null },
  );
  expect(out.reasons.map((r) => r.code)).toContain("inference_unavailable");
  const [row] = await db.select().from(predictions).where(eq(predictions.id, (await predictionOf(out.listingId)).id));
  expect(row.failOpen).toBe(true);
  return { out, versionId: row.listingVersionId };
}

async function predictionOf(listingId: string) {
  const rows = await db.query.listingVersions.findMany({ where: (v, { eq }) => eq(v.listingId, listingId) });
  const [p] = await db.select().from(predictions).where(eq(predictions.listingVersionId, rows[0].id));
  return p;
}

async function latestDecision(versionId: string) {
  const [d] = await db.select().from(decisions).where(eq(decisions.listingVersionId, versionId)).orderBy(desc(decisions.createdAt)).limit(1);
  return d;
}

describe("rescoreFailedOpen", () => {
  it("puts the model's scores, evidence and Grad-CAM in place of a fail-open, once", async () => {
    const { out, versionId } = await failedOpen("Glock 19 Gen 5 pistol", "9mm, two magazines, cash only");
    const result = await rescoreFailedOpen(db, versionId, { scorer });
    expect(result.kind).toBe("applied");

    const p = await predictionOf(out.listingId);
    expect(p.failOpen).toBe(false);
    expect(p.modelVersion).not.toBe("rules-only");
    expect(p.reasonCodes).not.toContain("inference_unavailable");
    const gradcam = p.gradcam as Array<Record<string, unknown>>;
    expect(gradcam).toHaveLength(1);
    expect(Object.keys(gradcam[0])).toContain("firearm");
    expect((p.scores as { firearm: number }).firearm).toBeGreaterThan(0.5);
    expect(p.imageEmbeddings).not.toBeNull();

    const decision = await latestDecision(versionId);
    expect(decision.source).toBe("auto");
    expect(["block", "review"]).toContain(decision.outcome);
    const open = await db.select().from(reviewItems).where(and(eq(reviewItems.listingVersionId, versionId), eq(reviewItems.status, "open")));
    for (const item of open) expect(item.reasons).not.toContain("inference_unavailable");
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, versionId), eq(auditLog.action, "prediction.rescored")));
    expect(audit).toHaveLength(1);

    // Idempotent: a second sweep finds nothing to do and writes nothing.
    expect((await rescoreFailedOpen(db, versionId, { scorer })).kind).toBe("not_failed_open");
    expect(await db.select().from(auditLog).where(and(eq(auditLog.entityId, versionId), eq(auditLog.action, "prediction.rescored")))).toHaveLength(1);
  });

  it("closes the fail-open review item when the model finds nothing for a person", async () => {
    const { out, versionId } = await failedOpen("Vintage leather armchair", "Some wear on the arms, smoke-free home.");
    const result = await rescoreFailedOpen(db, versionId, { scorer });
    expect(result).toMatchObject({ kind: "applied", outcome: "allow", closedReviewItem: true });
    const [item] = await db.select().from(reviewItems).where(eq(reviewItems.id, out.reviewItemId!));
    expect(item.status).toBe("closed");
    expect((await latestDecision(versionId)).outcome).toBe("allow");
  });

  it("never replaces a moderator's decision", async () => {
    const { versionId } = await failedOpen("Remington 870 12 gauge", "pump shotgun");
    await db.insert(decisions).values({ listingVersionId: versionId, outcome: "allow", source: "moderator", note: "checked by hand" });
    const result = await rescoreFailedOpen(db, versionId, { scorer });
    expect(result).toMatchObject({ kind: "applied", decided: false, outcome: "allow" });
    expect(await latestDecision(versionId)).toMatchObject({ source: "moderator", outcome: "allow" });
  });

  it("writes nothing while the model is still unavailable", async () => {
    const { out, versionId } = await failedOpen("Beretta 92FS", "");
    expect((await rescoreFailedOpen(db, versionId, { scorer: null })).kind).toBe("still_failing");
    expect((await predictionOf(out.listingId)).failOpen).toBe(true);
  });
});
