/**
 * Fail-open with the real model: when it is too slow for its budget, not loaded, or its workers
 * are gone (and when stage 1's photo hashing misses its own budget), the listing gets what the
 * rules alone decide (block, review, or allow when nothing points at it) AND a high-priority review
 * item that says why. Never silent, never weaker than the rules.
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

let photoSeed = 100;
async function input(title: string, description = "", px = 640) {
  return {
    listingId: uid("fo"),
    sellerId: uid("s"),
    title,
    description,
    // A new picture each time: no PDQ memo answers for it.
    images: [{ contentType: "image/jpeg" as const, data: (await makeJpeg(photoSeed++, px)).toString("base64") }],
  };
}
const FIREARM = ["Beretta 92FS pistol", "two magazines, 9mm"] as const;
const WEAK = ["holster for Glock 19"] as const; // the rules put firearm at 0.475: review, not block
const CLEAN = ["Blue ceramic vase", "hand painted, 30 cm"] as const;

async function reviewItemOf(id: string | null) {
  expect(id, "every fail-open answer has a review item").not.toBeNull();
  const [item] = await db.select().from(reviewItems).where(eq(reviewItems.id, id!));
  return item;
}

describe("fail-open keeps the rules' verdict", () => {
  it("the model slower than its budget: text rules that reach the block threshold block, with a priority review", async () => {
    const scorer = await loadScorer();
    expect(scorer, "the real model must load for this test").not.toBeNull();
    // The real encoder cannot answer in 1 ms: the budget, not a fake delay, trips.
    const out = await predictListing(db, await input(...FIREARM), { scorer, modelBudgetMs: 1 });
    expect(out.decision).toBe("block");
    expect(out.reasons[0].code).toBe("inference_unavailable");
    expect(out.reasons[0].message).toMatch(/model stage exceeded its 1 ms budget/);
    const rule = out.reasons.find((r) => r.code === "rule_score_block");
    expect(rule?.category).toBe("firearm");
    expect(rule?.message).toMatch(/text rules \(.*model:beretta-92fs.*\) put firearm at 95% ≥ block threshold 85%/);
    expect(out.scores.firearm).toBeCloseTo(0.95);
    const item = await reviewItemOf(out.reviewItemId);
    expect(item.reasons[0]).toBe("inference_unavailable");
    expect((item.priorityFactors as { failOpen: number }).failOpen).toBe(1);
  });

  it("text rules below the block threshold: review at high priority, not allow", async () => {
    const out = await predictListing(db, await input(...WEAK), { scorer: await loadScorer(), modelBudgetMs: 1 });
    expect(out.decision).toBe("review");
    expect(out.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["inference_unavailable", "rule_score_review"]));
    const item = await reviewItemOf(out.reviewItemId);
    expect(item.reasons).toEqual(expect.arrayContaining(["inference_unavailable", "rule_score_review"]));
    expect((item.priorityFactors as { severity: number; failOpen: number })).toMatchObject({ severity: 1, failOpen: 1 });
  });

  it("nothing in the rules: allow + high-priority review (inference_unavailable)", async () => {
    const out = await predictListing(db, await input(...CLEAN), { scorer: await loadScorer(), modelBudgetMs: 1 });
    expect(out.decision).toBe("allow");
    expect(out.reasons.map((r) => r.code)).toEqual(["inference_unavailable"]);
    const item = await reviewItemOf(out.reviewItemId);
    expect(item.reasons).toEqual(["inference_unavailable"]);
    expect(item.priority).toBeGreaterThanOrEqual(40);
  });

  it("no model loaded: the same, and the model decides again once it is back", async () => {
    const down = await predictListing(db, await input(...FIREARM), { scorer: null });
    expect(down.decision).toBe("block");
    expect(down.reasons[0]).toMatchObject({ code: "inference_unavailable", message: "The model is not loaded" });
    expect((await reviewItemOf(down.reviewItemId)).reasons[0]).toBe("inference_unavailable");

    const clean = await predictListing(db, await input(...CLEAN), { scorer: null });
    expect(clean.decision).toBe("allow");
    expect(clean.reasons.map((r) => r.code)).toEqual(["inference_unavailable"]);

    const up = await predictListing(db, await input(...CLEAN), { scorer: await loadScorer(), modelBudgetMs: 10_000 });
    expect(up.reasons.map((r) => r.code)).not.toContain("inference_unavailable");
    expect(up.stageTimings.map((t) => t.stage)).toContain("decide");
  });

  it("photo hashing past stage 1's budget: the rules' verdict + review, without waiting for the model", async () => {
    const scorer = await loadScorer();
    // Hashing starts during intake; a new 3000 px photo is not decoded and hashed by the time
    // stage 1 starts, nor 1 ms later: the budget, not a fake delay, trips.
    const out = await predictListing(db, await input(...FIREARM, 3000), { scorer, fastSignalsBudgetMs: 1, modelBudgetMs: 10_000 });
    expect(out.decision).toBe("block");
    expect(out.reasons[0].code).toBe("stage_error");
    expect(out.reasons[0].message).toMatch(/fast signals \(photo hashing\) exceeded its 1 ms budget/);
    expect(out.stageTimings.map((t) => t.stage)).toEqual(["fast_signals"]);
    expect((await reviewItemOf(out.reviewItemId)).reasons[0]).toBe("stage_error");

    const clean = await predictListing(db, await input(...CLEAN, 3000), { scorer, fastSignalsBudgetMs: 1, modelBudgetMs: 10_000 });
    expect(clean.decision).toBe("allow");
    expect(clean.reasons.map((r) => r.code)).toEqual(["stage_error"]);
  });

  // Last in this file: the encoder's threads stay closed for the rest of this test process.
  it("the encoder's worker threads gone: the rules' verdict + review, with the real failure as the reason", async () => {
    const scorer = await loadScorer();
    await encoderWorkers().close();
    const out = await predictListing(db, await input(...CLEAN), { scorer, modelBudgetMs: 10_000 });
    expect(out.decision).toBe("allow");
    expect(out.reasons.map((r) => r.code)).toEqual(["inference_unavailable"]);
    expect(out.reasons[0].message).toMatch(/image encoder pool is closed/);
    expect((await reviewItemOf(out.reviewItemId)).reasons).toEqual(["inference_unavailable"]);

    const armed = await predictListing(db, await input(...FIREARM), { scorer, modelBudgetMs: 10_000 });
    expect(armed.decision).toBe("block");
    expect(armed.reasons[0].code).toBe("inference_unavailable");
  });
});
