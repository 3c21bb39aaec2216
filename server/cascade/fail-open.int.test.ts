/**
 * Fail-open with the real model: when it is too slow for its budget, or not loaded at all, the
 * listing is allowed AND a high-priority review item says why. Never silent.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { reviewItems } from "@/db/schema";
import { encoderWorkers } from "@/server/inference/encoder-workers";
import { makeJpeg, uid } from "@/server/test/factories";
import { loadScorer } from "./model-scorer";
import { predictListing } from "./predict-listing";

let db: Db;
beforeAll(() => {
  db = createDb(inject("databaseUrl"), 2);
});
afterAll(() => db.$client.end());

async function input() {
  return {
    listingId: uid("fo"),
    sellerId: uid("s"),
    title: "Beretta 92FS pistol",
    description: "two magazines, 9mm",
    images: [{ contentType: "image/jpeg" as const, data: (await makeJpeg(5)).toString("base64") }],
  };
}

async function reviewItemOf(id: string | null) {
  expect(id).not.toBeNull();
  const [item] = await db.select().from(reviewItems).where(eq(reviewItems.id, id!));
  return item;
}

describe("fail-open", () => {
  it("a model slower than its budget: allow + high-priority review (inference_unavailable)", async () => {
    const scorer = await loadScorer();
    expect(scorer, "the real model must load for this test").not.toBeNull();
    // The real encoder cannot answer in 1 ms: the budget, not a fake delay, trips.
    const out = await predictListing(db, await input(), { scorer, modelBudgetMs: 1 });
    expect(out.decision).toBe("allow");
    expect(out.reasons.map((r) => r.code)).toContain("inference_unavailable");
    expect(out.reasons[0].message).toMatch(/budget/);
    const item = await reviewItemOf(out.reviewItemId);
    expect(item.reasons).toEqual(["inference_unavailable"]);
    expect((item.priorityFactors as { failOpen: number }).failOpen).toBe(1);
  });

  it("no model loaded: allow + review, and the same with a normal budget when it is back", async () => {
    const down = await predictListing(db, await input(), { scorer: null });
    expect(down.decision).toBe("allow");
    expect(down.reasons.map((r) => r.code)).toEqual(["inference_unavailable"]);
    const item = await reviewItemOf(down.reviewItemId);
    expect(item.priority).toBeGreaterThanOrEqual(40);

    const up = await predictListing(db, await input(), { scorer: await loadScorer(), modelBudgetMs: 10_000 });
    expect(up.reasons.map((r) => r.code)).not.toContain("inference_unavailable");
    expect(up.stageTimings.map((t) => t.stage)).toContain("decide");
  });

  // Last in this file: the encoder's threads stay closed for the rest of this test process.
  it("the encoder's worker threads gone: allow + review, with the real failure as the reason", async () => {
    const scorer = await loadScorer();
    await encoderWorkers().close();
    const out = await predictListing(db, await input(), { scorer, modelBudgetMs: 10_000 });
    expect(out.decision).toBe("allow");
    expect(out.reasons.map((r) => r.code)).toEqual(["inference_unavailable"]);
    expect(out.reasons[0].message).toMatch(/image encoder pool is closed/);
    expect((await reviewItemOf(out.reviewItemId)).reasons).toEqual(["inference_unavailable"]);
  });
});
