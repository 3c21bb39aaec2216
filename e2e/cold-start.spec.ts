/**
 * After a cold `npm start` (the e2e server starts from an empty data dir): the demo was seeded
 * only once every model session and worker had run, so no seeded listing failed open, each photo
 * has its stored Grad-CAM, and the first item a moderator opens shows the heatmap. /api/health
 * tells anonymous callers only whether it works. Runs first (alphabetical), before other specs
 * add their own items.
 */
import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl, loginAs } from "./demo";

test("seeded demo listings carry the model's output, never a fail-open", async () => {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    const { rows } = await db.query<{ listing_id: string; fail_open: boolean; gradcam: unknown[] | null; photos: number; reasons: string[]; model_ran: boolean }>(
      `select v.listing_id, p.fail_open, p.gradcam, p.reason_codes as reasons,
              p.stage_timings @> '[{"stage": "model"}]'::jsonb as model_ran,
              (select count(*)::int from listing_version_images i where i.listing_version_id = v.id) as photos
       from listing_versions v join predictions p on p.listing_version_id = v.id
       where v.listing_id like 'demo-%'`,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      expect(r.fail_open, `${r.listing_id} failed open`).toBe(false);
      expect(r.reasons, r.listing_id).not.toContain("inference_unavailable");
      // A hash-bank match decides in stage 1, before the model (the fast path): no Grad-CAM there.
      if (r.photos > 0 && !r.reasons.includes("hash_bank_match")) expect(r.gradcam, `${r.listing_id} has no stored Grad-CAM`).toHaveLength(r.photos);
      if (!r.reasons.includes("hash_bank_match")) expect(r.model_ran, r.listing_id).toBe(true);
    }
    // Queue items with photos: at least one heatmap grid each, for the moderator to look at.
    const queue = await db.query<{ listing_id: string; gradcam: Array<Record<string, unknown>> }>(
      `select v.listing_id, p.gradcam from review_items r
       join listing_versions v on v.id = r.listing_version_id join predictions p on p.id = r.prediction_id
       where v.listing_id like 'demo-%' and p.gradcam is not null and jsonb_array_length(p.gradcam) > 0`,
    );
    expect(queue.rows.length).toBeGreaterThan(0);
    for (const q of queue.rows) expect(q.gradcam.some((g) => Object.keys(g).length > 0), `${q.listing_id} has no heatmap grid`).toBe(true);
  } finally {
    await db.end();
  }
});

test("the first queue item with a photo shows its heatmap", async ({ page }) => {
  await loginAs(page, "moderator");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  const { rows } = await db
    .query<{ id: string }>(
      `select r.id from review_items r join predictions p on p.id = r.prediction_id
       where r.status = 'open' and p.gradcam is not null and jsonb_array_length(p.gradcam) > 0
       order by r.priority desc limit 1`,
    )
    .finally(() => db.end());
  expect(rows).toHaveLength(1);
  await page.goto(`/review/${rows[0].id}`);
  await expect(page.getByText("FAIL-OPEN")).toHaveCount(0);
  const heatmap = () =>
    page.evaluate(() => {
      const K = (window as unknown as { Konva?: { stages: Array<{ findOne: (s: string) => { getAttr: (k: string) => unknown } | undefined }> } }).Konva;
      const heat = K?.stages.map((s) => s.findOne(".heatmap")).find(Boolean);
      return heat ? { w: heat.getAttr("gridW"), h: heat.getAttr("gridH") } : null;
    });
  await expect.poll(heatmap).toEqual({ w: 7, h: 7 });
});

test("/api/health: anonymous callers learn the status, not paths or error texts; staff see the details", async ({ page, request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const text = await res.text();
  const anonymous = JSON.parse(text);
  expect(anonymous).toMatchObject({ status: "ok", db: { status: "ok" }, modelStage: { status: "ready" } });
  expect(text).not.toContain(process.cwd());
  expect(text).not.toMatch(/"(error|path|lastStop)"/);
  expect(anonymous).not.toHaveProperty("workers");

  await loginAs(page, "moderator");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  const staff = await (await page.request.get("/api/health")).json();
  expect(staff.workers.map((w: { name: string }) => w.name)).toEqual(["image", "image encoder"]);
  expect(staff.workers[1]).toMatchObject({ timeouts: 0, lastStop: null });
  expect(staff.modelStage.warmUpMs).toBeGreaterThan(0);
});
