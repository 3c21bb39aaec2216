/**
 * The occlusion tool in Chromium, as a moderator, with no network beyond this app: onnxruntime-web
 * (served by /api/ort) runs the image encoder and fusion head (served by /api/models) on the
 * server's 224×224 crop. The unmasked in-browser score must match the stored per-image score, and
 * brushing over the centre of the image must change it.
 */
import { expect, test } from "@playwright/test";
import pg from "pg";
import { demoUser, e2eDatabaseUrl, watchCspViolations } from "./demo";


/** An open review item whose listing the real model scored with at least one image (seeded by the cascade). */
async function scoredItemWithImage(): Promise<string> {
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    const scored = `p.modality_scores is not null and jsonb_array_length(coalesce(p.modality_scores->'perImage', '[]'::jsonb)) > 0 and p.text_embedding is not null
      and exists (select 1 from listing_version_images i where i.listing_version_id = p.listing_version_id and i.position = 0)`;
    const open = await db.query(
      `select ri.id from review_items ri join predictions p on p.id = ri.prediction_id where ri.status = 'open' and ${scored} order by ri.created_at limit 1`,
    );
    if (open.rows[0]) return open.rows[0].id;
    // none open (another spec decided them): open a fresh item on a scored prediction
    const p = await db.query(`select p.id, p.listing_version_id from predictions p where ${scored} order by p.created_at limit 1`);
    if (!p.rows[0]) throw new Error("no prediction with image scores: the demo seed ran without the model?");
    const r = await db.query(
      `insert into review_items (listing_version_id, prediction_id, reasons, priority, priority_factors, sla_due_at)
       values ($1, $2, '{model_score_review}', 0.5, '{"severity":0.3,"uncertainty":0.2,"reach":0,"failOpen":0,"appeal":0}', now() + interval '4 hours') returning id`,
      [p.rows[0].listing_version_id, p.rows[0].id],
    );
    return r.rows[0].id;
  } finally {
    await db.end();
  }
}

test("occlusion: the in-browser score matches the stored one and changes under the brush, offline", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // onnxruntime-web compiles WebAssembly and loads its runtime at run time: all under the page CSP.
  const cspViolations = await watchCspViolations(page);
  const external: string[] = [];
  await page.route("**/*", (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === "127.0.0.1" || host === "localhost") return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  const ortRequests: string[] = [];
  page.on("requestfinished", (r) => {
    if (/\/api\/(ort|models)\//.test(r.url())) ortRequests.push(r.url());
  });

  const u = demoUser("moderator");
  const res = await page.request.post("/api/trpc/auth.login", { data: { json: { email: u.email, password: u.password } } });
  expect(res.status()).toBe(200);
  const itemId = await scoredItemWithImage();
  await page.goto(`/review/${itemId}`);
  await expect(page.getByTestId("claim-status")).toContainText("Claimed by you");

  const viewer = page.getByTestId("image-viewer").first();
  await viewer.getByTestId("occlude-toggle").click();
  const tool = viewer.getByTestId("occlusion-tool");
  await expect(tool).toHaveAttribute("data-state", "ready", { timeout: 90_000 });
  await expect(tool).toHaveAttribute("data-source", "server-crop");
  expect(ortRequests.some((u) => u.endsWith("/api/ort/ort-wasm-simd-threaded.wasm"))).toBe(true);
  expect(ortRequests.some((u) => u.includes("/api/models/mobilenetv2-12-int8-features"))).toBe(true);

  const rows = async () =>
    tool.getByTestId("occlusion-row").evaluateAll((els) =>
      els.map((el) => ({
        category: el.getAttribute("data-category")!,
        stored: Number(el.getAttribute("data-stored")),
        before: Number(el.getAttribute("data-before")),
        after: Number(el.getAttribute("data-after")),
      })),
    );
  const initial = await rows();
  expect(initial).toHaveLength(6);
  for (const r of initial) expect(Math.abs(r.before - r.stored), `${r.category}: browser ${r.before} vs stored ${r.stored}`).toBeLessThan(0.05);

  // Brush a thick stroke back and forth over the image centre.
  await tool.getByLabel("brush size").fill("0.2");
  const box = (await tool.locator("canvas").first().boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx - box.width * 0.25, cy - box.height * 0.15);
  await page.mouse.down();
  for (const [dx, dy] of [[0.25, -0.15], [-0.25, 0], [0.25, 0], [-0.25, 0.15], [0.25, 0.15]]) {
    await page.mouse.move(cx + box.width * dx, cy + box.height * dy, { steps: 4 });
  }
  await page.mouse.up();
  await expect(tool).toHaveAttribute("data-strokes", "1");
  await expect
    .poll(async () => Math.max(...(await rows()).map((r) => Math.abs(r.after - r.before))), { timeout: 30_000 })
    .toBeGreaterThan(0.001);
  // the change is shown: a before → after cell with different numbers
  const changed = (await rows()).sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before))[0];
  await expect(tool.locator(`[data-category="${changed.category}"]`)).toContainText(`${changed.before.toFixed(3)} → ${changed.after.toFixed(3)}`);

  // settle, then measure one more update on its own
  const updates = Number(await tool.getAttribute("data-updates"));
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 30, box.y + 30, { steps: 1 });
  await page.mouse.up();
  await expect.poll(async () => Number(await tool.getAttribute("data-updates")), { timeout: 30_000 }).toBeGreaterThan(updates);
  const ms = Number(await tool.getAttribute("data-last-ms"));
  testInfo.annotations.push({ type: "occlusion update (ms)", description: String(ms) });
  console.log(`[occlusion] in-browser update ${ms} ms; ${changed.category} ${changed.before.toFixed(3)} → ${changed.after.toFixed(3)} (stored ${changed.stored})`);
  await testInfo.attach("occlusion", { body: await viewer.screenshot(), contentType: "image/png" });

  await tool.getByTestId("occlusion-reset").click();
  await expect(tool).toHaveAttribute("data-strokes", "0");
  expect(external, "requests to hosts other than this app").toEqual([]);
  expect(cspViolations).toEqual([]);
});
