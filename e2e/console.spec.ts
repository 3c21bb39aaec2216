/**
 * The moderator console in Chromium, as moderators: queue order follows the priority rule, two
 * moderators never claim the same item, the heatmap layer on the Konva stage carries the stored
 * grid, evidence highlights the exact characters, every shortcut does its action, a reversal of
 * an automatic block writes the hard-negative dataset entry and the audit row (read from Postgres),
 * only the images a moderator marked go into the hash bank, and a bulk decision touches exactly the
 * near-duplicates ticked.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import pg from "pg";
import { hashPassword } from "@/server/auth/password";
import { PRIORITY_WEIGHTS, priorityOf, WAIT_CAP, WAIT_WEIGHT } from "@/server/policy/review-priority";
import { makeJpeg } from "@/server/test/factories";
import { demoCredentials, demoUser, e2eDatabaseUrl } from "./demo";

let db: pg.Client;
const second = { email: `mod2-${randomUUID().slice(0, 8)}@test.sightline`, password: "second moderator pw", id: "" };

test.beforeAll(async () => {
  db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  const { rows } = await db.query(
    `insert into users (email, name, role, password_hash) values ($1, 'Second Moderator', 'moderator', $2) returning id`,
    [second.email, await hashPassword(second.password)],
  );
  second.id = rows[0].id;
});
test.afterAll(async () => db?.end());

/**
 * Logs in through the auth.login procedure (non-streamed, so its Set-Cookie arrives) with the
 * page's own cookie jar, then opens the queue. The login form itself is covered by roles.spec.ts.
 */
async function loginWith(page: Page, email: string, password: string) {
  const res = await page.request.post("/api/trpc/auth.login", { data: { json: { email, password } } });
  expect(res.status()).toBe(200);
  await page.goto("/queue");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
}

async function loginAs(page: Page, role: string) {
  const u = demoUser(role);
  await loginWith(page, u.email, u.password);
}

interface SeedSpec {
  title: string;
  description?: string;
  scores?: Record<string, number>;
  autoOutcome?: "allow" | "block" | "review";
  evidence?: unknown[];
  gradcam?: unknown;
  withImage?: boolean;
  withItem?: boolean;
  appeal?: boolean;
  factors?: Record<string, number>;
  /** How long ago the item was created (against a 4 h SLA). */
  ageHours?: number;
}

/** A listing version with prediction, automatic decision and (by default) an open review item. */
async function seedItem(spec: SeedSpec) {
  const tag = randomUUID().slice(0, 8);
  const sellerId = `e2e-seller-${tag}`;
  const listingId = `e2e-listing-${tag}`;
  await db.query(`insert into sellers (id, active_listings) values ($1, 3)`, [sellerId]);
  await db.query(`insert into listings (id, seller_id, current_version) values ($1, $2, 1)`, [listingId, sellerId]);
  const v = await db.query(
    `insert into listing_versions (listing_id, version, content_hash, title, description, language, price, category) values ($1, 1, $2, $3, $4, 'en', 99, 'other') returning id`,
    [listingId, randomUUID(), spec.title, spec.description ?? "nothing to see"],
  );
  const versionId: string = v.rows[0].id;
  let image: { sha256: string; width: number; height: number } | null = null;
  if (spec.withImage) {
    image = (await db.query(`select sha256, width, height from images order by sha256 limit 1`)).rows[0] ?? null;
    if (image) await db.query(`insert into listing_version_images (listing_version_id, position, image_sha256) values ($1, 0, $2)`, [versionId, image.sha256]);
  }
  const scores = { firearm: 0, firearm_part: 0, ammunition: 0, replica: 0, airsoft_paintball: 0, toy: 0, ...spec.scores };
  const p = await db.query(
    `insert into predictions (listing_version_id, model_version, policy_version, scores, stage_timings, reason_codes, evidence, gradcam, latency_ms)
     values ($1, 'e2e', 1, $2, '[]', '{model_score_review}', $3, $4, 5) returning id`,
    [versionId, JSON.stringify(scores), JSON.stringify({ reasons: [{ code: "model_score_review", message: "seeded" }], text: spec.evidence ?? [], hashMatches: [] }), spec.gradcam ? JSON.stringify(spec.gradcam) : null],
  );
  await db.query(`insert into decisions (listing_version_id, outcome, source) values ($1, $2, 'auto')`, [versionId, spec.autoOutcome ?? "review"]);
  let itemId: string | null = null;
  if (spec.withItem !== false) {
    const factors = { severity: 0.3, uncertainty: 0.2, reach: 0.1, failOpen: 0, appeal: 0, ...spec.factors };
    const age = spec.ageHours ?? 0;
    const r = await db.query(
      `insert into review_items (listing_version_id, prediction_id, reasons, priority, priority_factors, created_at, sla_due_at)
       values ($1, $2, '{model_score_review}', $3, $4, now() - make_interval(secs => $5), now() - make_interval(secs => $5) + interval '4 hours') returning id`,
      [versionId, p.rows[0].id, priorityOf(factors), JSON.stringify(factors), age * 3600],
    );
    itemId = r.rows[0].id;
  }
  if (spec.appeal) await db.query(`insert into appeals (listing_version_id, seller_id, message) values ($1, $2, 'This is a display replica, please look again')`, [versionId, sellerId]);
  return { itemId, versionId, listingId, image };
}

async function openItem(page: Page, itemId: string) {
  await page.goto(`/review/${itemId}`);
  await expect(page.getByTestId("claim-status")).toContainText("Claimed by you");
}

test("the queue is ordered by the priority rule and says why", async ({ page }, testInfo) => {
  // Alongside the cascade-made demo items: an old item past its SLA, a fail-open one, and a plain one.
  const late = await seedItem({ title: "Queue: waited 8 h", factors: { severity: 0.3 }, ageHours: 8 });
  const failOpen = await seedItem({ title: "Queue: fail-open", factors: { severity: 0.2, failOpen: 1 } });
  const plain = await seedItem({ title: "Queue: plain", factors: { severity: 0.2, uncertainty: 0, reach: 0 } });
  await loginAs(page, "moderator");
  await expect(page.getByTestId("queue-row").first()).toBeVisible();
  const rows = await page.getByTestId("queue-row").evaluateAll((els) =>
    els.map((el) => ({
      priority: Number(el.getAttribute("data-priority")),
      stored: Number(el.getAttribute("data-stored-priority")),
      waited: Number(el.getAttribute("data-waited")),
      factors: JSON.parse(el.getAttribute("data-factors") ?? "{}") as Record<string, number>,
    })),
  );
  expect(rows.length).toBeGreaterThan(1);
  for (const [i, r] of rows.entries()) {
    // stored = Σ weight × factor; effective = stored + WAIT_WEIGHT × min(cap, waited / SLA)
    const sum = Object.entries(PRIORITY_WEIGHTS).reduce((acc, [k, w]) => acc + w * (r.factors[k] ?? 0), 0);
    expect(r.stored).toBeCloseTo(sum, 1);
    expect(r.priority).toBeCloseTo(r.stored + WAIT_WEIGHT * Math.min(WAIT_CAP, r.waited), 1);
    if (i > 0) expect(rows[i - 1].priority).toBeGreaterThanOrEqual(r.priority - 1e-6);
  }
  await expect(page.getByTestId("priority-why").first()).toBeVisible();
  // Where the seeded items must sit, by the rule (weights × factors + wait against the SLA):
  const ids = await page.getByTestId("queue-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-item-id")));
  const pos = (id: string | null) => ids.indexOf(id);
  const expectedOrder = [
    { id: late.itemId, p: priorityOf({ severity: 0.3, uncertainty: 0.2, reach: 0.1, failOpen: 0, appeal: 0 }) + WAIT_WEIGHT * WAIT_CAP },
    { id: failOpen.itemId, p: priorityOf({ severity: 0.2, uncertainty: 0.2, reach: 0.1, failOpen: 1, appeal: 0 }) },
    { id: plain.itemId, p: priorityOf({ severity: 0.2, uncertainty: 0, reach: 0, failOpen: 0, appeal: 0 }) },
  ].sort((a, b) => b.p - a.p);
  for (let i = 1; i < expectedOrder.length; i++) expect(pos(expectedOrder[i - 1].id)).toBeLessThan(pos(expectedOrder[i].id));
  await expect(page.getByTestId("queue-row").filter({ hasText: "Queue: waited 8 h" }).getByTestId("sla-breached")).toBeVisible();
  await expect(page.getByTestId("queue-row").filter({ hasText: "Queue: plain" }).getByTestId("sla-breached")).toHaveCount(0);
  const open = Number(await page.getByTestId("count-open").textContent());
  const { rows: dbOpen } = await db.query(`select count(*)::int as n from review_items where status = 'open'`);
  expect(open).toBe(dbOpen[0].n);
  await testInfo.attach("queue", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
});

test("two moderators claiming next never get the same item", async ({ browser }: { browser: Browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pa = await a.newPage();
  const pb = await b.newPage();
  await loginAs(pa, "moderator");
  await loginWith(pb, second.email, second.password);
  await pa.getByTestId("claim-next").click();
  await expect(pa).toHaveURL(/\/review\/[0-9a-f-]{36}$/);
  await pb.keyboard.press("n");
  await expect(pb).toHaveURL(/\/review\/[0-9a-f-]{36}$/);
  const ida = pa.url().split("/").pop()!;
  const idb = pb.url().split("/").pop()!;
  expect(ida).not.toBe(idb);
  const { rows } = await db.query(`select id, claimed_by, claim_expires_at > now() as active from review_items where id = any($1)`, [[ida, idb]]);
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  expect(byId[idb].claimed_by).toBe(second.id);
  expect(byId[ida].active).toBe(true);

  // The second moderator opening the first one's item sees who holds it and cannot act.
  await pb.goto(`/review/${ida}`);
  await expect(pb.getByTestId("claim-status")).toContainText("Claimed by Mo Derator");
  await expect(pb.getByTestId("action-confirm")).toBeDisabled();
  await a.close();
  await b.close();
});

test("the heatmap layer carries the stored grid, and evidence highlights the exact characters", async ({ page }, testInfo) => {
  const grid = { w: 7, h: 7, values: Array.from({ length: 49 }, (_, i) => Math.round((i / 48) * 1000) / 1000), max: 2.5 };
  const title = "Selling G.l.0.c.k 19 today";
  const description = "9mm ammo included, not a toy";
  const evidence = [
    { field: "title", start: 8, end: 17, text: "G.l.0.c.k", normalised: "glock", kind: "lexicon", category: "firearm", rule: "make:glock", weight: 0.9, language: "en" },
    { field: "description", start: 0, end: 3, text: "9mm", normalised: "9mm", kind: "pattern", category: "ammunition", rule: "caliber:9mm", weight: 0.8 },
    { field: "description", start: 25, end: 28, text: "toy", normalised: "toy", kind: "negative", category: "toy", rule: "neg:toy", weight: 0.5 },
    { field: "title", start: 8, end: 20, text: "G.l.0.c.k 19", normalised: "g.l.0.c.k 19", kind: "attribution", category: "firearm", weight: 0.12 },
  ];
  const seeded = await seedItem({ title, description, scores: { firearm: 0.6, ammunition: 0.3 }, evidence, gradcam: [{ firearm: grid }], withImage: true });
  test.skip(!seeded.image, "no images in the e2e database");
  await loginAs(page, "moderator");
  await openItem(page, seeded.itemId!);

  await expect(page.locator("canvas").first()).toBeVisible();
  const read = () =>
    page.evaluate(() => {
      const K = (window as unknown as { Konva: { stages: Array<{ findOne: (s: string) => { getAttr: (k: string) => unknown; isVisible: () => boolean; opacity: () => number } | undefined }> } }).Konva;
      const stage = K.stages.find((s) => s.findOne(".heatmap"));
      const heat = stage?.findOne(".heatmap");
      const layer = stage?.findOne(".heatmap-layer");
      return heat && layer
        ? { values: heat.getAttr("gridValues"), w: heat.getAttr("gridW"), h: heat.getAttr("gridH"), category: heat.getAttr("category"), visible: layer.isVisible(), opacity: layer.opacity() }
        : null;
    });
  await expect.poll(read).not.toBeNull();
  const heat = (await read())!;
  expect(heat).toMatchObject({ w: 7, h: 7, category: "firearm", visible: true, opacity: 0.5 });
  expect(heat.values).toEqual(grid.values);

  // h toggles the overlay; w reveals the (blurred by default) images.
  await page.keyboard.press("h");
  await expect.poll(async () => (await read())?.visible).toBe(false);
  await page.keyboard.press("h");
  await expect.poll(async () => (await read())?.visible).toBe(true);
  await page.mouse.move(0, 0);
  await expect(page.getByTestId("image-blur").first()).toHaveAttribute("data-revealed", "false");
  await page.keyboard.press("w");
  await expect(page.getByTestId("image-blur").first()).toHaveAttribute("data-revealed", "true");

  // Each span's characters, exactly: join the segments that carry its index.
  const spanText = (index: number) =>
    page.getByTestId("listing-text").locator(`mark[data-spans]`).evaluateAll(
      (els, i) => els.filter((e) => (e.getAttribute("data-spans") ?? "").split(",").includes(String(i))).map((e) => e.textContent).join(""),
      index,
    );
  expect(await spanText(0)).toBe("G.l.0.c.k");
  expect(await spanText(1)).toBe("9mm");
  expect(await spanText(2)).toBe("toy");
  expect(await spanText(3)).toBe("G.l.0.c.k 19");
  const glock = page.getByTestId("listing-text").locator('mark[data-kind="lexicon"]');
  await expect(glock).toHaveText("G.l.0.c.k");
  await expect(glock).toHaveAttribute("data-normalised", "glock");
  await expect(page.getByTestId("listing-text").locator('mark[data-kind="negative"]')).toHaveText("toy");
  await expect(page.getByTestId("evidence-normalised").first()).toHaveText("glock");
  await testInfo.attach("item view", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
});

test("every action shortcut does its action, and u undoes", async ({ page }) => {
  await loginAs(page, "moderator");
  const expected: Array<{ key: string; action: string; outcome: string | null; tags: string[] }> = [
    { key: "b", action: "confirm", outcome: "block", tags: [] },
    { key: "a", action: "reverse", outcome: "allow", tags: [] },
    { key: "t", action: "tag_airsoft", outcome: "allow", tags: ["airsoft"] },
    { key: "y", action: "tag_toy", outcome: "allow", tags: ["toy"] },
    { key: "e", action: "escalate", outcome: null, tags: [] },
    { key: "s", action: "skip", outcome: null, tags: [] },
  ];
  for (const x of expected) {
    const seeded = await seedItem({ title: `Shortcut ${x.key} listing`, scores: { firearm: 0.5 } });
    await openItem(page, seeded.itemId!);
    await page.keyboard.press(x.key);
    await expect(page.getByTestId("undo")).toBeVisible();
    const acts = await db.query(`select action from moderator_actions where review_item_id = $1`, [seeded.itemId]);
    expect(acts.rows.map((r) => r.action)).toEqual([x.action]);
    const dec = await db.query(`select outcome, tags from decisions where listing_version_id = $1 and source = 'moderator'`, [seeded.versionId]);
    expect(dec.rows.map((r) => r.outcome)).toEqual(x.outcome ? [x.outcome] : []);
    if (x.outcome) expect(dec.rows[0].tags).toEqual(x.tags);
    const item = await db.query(`select status, claimed_by, reasons from review_items where id = $1`, [seeded.itemId]);
    expect(item.rows[0].status).toBe(x.outcome ? "closed" : "open");
    if (x.action === "escalate") expect(item.rows[0].reasons).toContain("escalated");
    if (x.action === "skip") expect(item.rows[0].claimed_by).toBeNull();

    if (x.key === "b") {
      await page.keyboard.press("u");
      await expect(page.getByTestId("toast")).toContainText("Undone");
      expect((await db.query(`select 1 from moderator_actions where review_item_id = $1`, [seeded.itemId])).rowCount).toBe(0);
      expect((await db.query(`select status from review_items where id = $1`, [seeded.itemId])).rows[0].status).toBe("open");
      const audit = await db.query(`select action from audit_log where entity_type = 'review_item' and entity_id = $1 order by id`, [seeded.itemId]);
      expect(audit.rows.map((r) => r.action)).toEqual(["review.confirm", "review.undo"]);
    }
  }

  // n/j claim the next item; p/k go back to the previous one.
  const start = await seedItem({ title: "Navigation start", scores: { firearm: 0.5 } });
  await openItem(page, start.itemId!);
  for (const [fwd, back] of [["n", "p"], ["j", "k"]]) {
    await page.keyboard.press(fwd);
    await expect(page).not.toHaveURL(new RegExp(`${start.itemId}$`));
    await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("review-view")).toBeVisible();
    await page.keyboard.press(back);
    await expect(page).toHaveURL(new RegExp(`${start.itemId}$`));
    await expect(page.getByTestId("claim-status")).toContainText("Claimed by you");
  }
});

test("an appeal brings an auto-blocked listing to the queue; reversing it writes the hard negative and the audit row", async ({ page }) => {
  const seeded = await seedItem({ title: `Appealed replica ${randomUUID().slice(0, 6)}`, scores: { firearm: 0.97 }, autoOutcome: "block", withItem: false, appeal: true, withImage: true });
  await loginAs(page, "moderator");
  const row = page.getByTestId("queue-row").filter({ hasText: "Appealed replica" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("appeal");
  const itemId = await row.getAttribute("data-item-id");
  await openItem(page, itemId!);
  await page.keyboard.press("a");
  await expect(page.getByTestId("undo")).toBeVisible();

  const entries = await db.query(`select kind, reason, labels, cluster_key, source_action_id from dataset_entries where listing_version_id = $1`, [seeded.versionId]);
  expect(entries.rows).toHaveLength(1);
  expect(entries.rows[0]).toMatchObject({ kind: "hard_negative", reason: "reversal_of_auto_block", labels: [] });
  if (seeded.image) {
    const { rows } = await db.query(`select pdq_hash from images where sha256 = $1`, [seeded.image.sha256]);
    expect(entries.rows[0].cluster_key).toBe(rows[0].pdq_hash || null);
  }
  const audit = await db.query(`select action, actor_type, data from audit_log where entity_type = 'review_item' and entity_id = $1 and action = 'review.reverse'`, [itemId]);
  expect(audit.rows).toHaveLength(1);
  expect(audit.rows[0].data.actionId).toBe(entries.rows[0].source_action_id);
  const appeal = await db.query(`select status from appeals where listing_version_id = $1`, [seeded.versionId]);
  expect(appeal.rows[0].status).toBe("overturned");
  const decision = await db.query(`select outcome from decisions where listing_version_id = $1 order by created_at desc limit 1`, [seeded.versionId]);
  expect(decision.rows[0].outcome).toBe("allow");
});

/**
 * A listing through the real upload flow (listing.predict over HTTP: stored blobs, real PDQ hashes),
 * with an open review item: the cascade's own, or one added as an audit sample would be.
 */
async function uploadForReview(request: APIRequestContext, title: string, photos: Buffer[]) {
  const listingId = `e2e-up-${randomUUID().slice(0, 8)}`;
  const res = await request.post("/api/trpc/listing.predict", {
    headers: { Authorization: `Bearer ${demoCredentials().serviceToken}` },
    data: { json: { listingId, sellerId: `e2e-seller-${listingId}`, title, description: "see photos", images: photos.map((p) => ({ contentType: "image/jpeg", data: p.toString("base64") })) } },
  });
  expect(res.status()).toBe(200);
  const out = (await res.json()).result.data.json as { reviewItemId: string | null };
  const { rows } = await db.query(
    `select v.id as version_id, p.id as prediction_id from listing_versions v join predictions p on p.listing_version_id = v.id where v.listing_id = $1`,
    [listingId],
  );
  const { version_id: versionId, prediction_id: predictionId } = rows[0];
  let itemId = out.reviewItemId;
  if (!itemId) {
    const factors = { severity: 0.3, uncertainty: 0.2, reach: 0, failOpen: 0, appeal: 0 };
    const r = await db.query(
      `insert into review_items (listing_version_id, prediction_id, reasons, priority, priority_factors, sla_due_at) values ($1, $2, '{model_score_review}', $3, $4, now() + interval '4 hours') returning id`,
      [versionId, predictionId, priorityOf(factors), JSON.stringify(factors)],
    );
    itemId = r.rows[0].id as string;
  }
  const images = await db.query(
    `select i.sha256, i.pdq_hash, i.pdq_quality, lvi.position from listing_version_images lvi join images i on i.sha256 = lvi.image_sha256 where lvi.listing_version_id = $1 order by lvi.position`,
    [versionId],
  );
  return { itemId, versionId, images: images.rows as Array<{ sha256: string; pdq_hash: string; pdq_quality: number; position: number }> };
}

const photoSeed = () => 1000 + Math.floor(Math.random() * 1e6);

test("only the images a moderator marked go into the hash bank; a featureless one cannot be marked", async ({ page }) => {
  const flat = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#888888" } }).jpeg().toBuffer();
  // Consecutive seeds: two independent draws can repeat the same picture (makeJpeg's shapes cycle
  // every 1,800 seeds), and two copies of one image share one mark.
  const seed = photoSeed();
  const up = await uploadForReview(page.request, `Hash-bank marks ${randomUUID().slice(0, 6)}`, [await makeJpeg(seed), await makeJpeg(seed + 1), flat]);
  expect(up.images.map((i) => i.pdq_quality >= 50)).toEqual([true, true, false]);
  expect(up.images[0].sha256).not.toBe(up.images[1].sha256);
  await loginAs(page, "moderator");
  await openItem(page, up.itemId);

  const marks = page.getByTestId("hash-bank-mark");
  await expect(marks).toHaveCount(3);
  await expect(marks.nth(2).getByRole("checkbox")).toBeDisabled();
  await expect(marks.nth(2)).toContainText("too featureless");
  await page.keyboard.press("2"); // mark image #2 from the keyboard
  await page.keyboard.press("3"); // a featureless image: the key does nothing
  await expect(marks.nth(1).getByRole("checkbox")).toBeChecked();
  await expect(marks.nth(0).getByRole("checkbox")).not.toBeChecked();
  await expect(marks.nth(2).getByRole("checkbox")).not.toBeChecked();
  await expect(page.getByTestId("hash-bank-summary")).toHaveText("1 image marked for the hash bank (added on confirm)");
  await page.keyboard.press("b");
  await expect(page.getByTestId("undo")).toBeVisible();

  const entries = await db.query(`select image_sha256, pdq_hash from hash_bank_entries where note like $1 and removed_at is null`, [`%${up.itemId}%`]);
  expect(entries.rows).toEqual([{ image_sha256: up.images[1].sha256, pdq_hash: up.images[1].pdq_hash }]);
  // Leave no test photo in the bank the other specs upload against.
  await db.query(`update hash_bank_entries set removed_at = now(), changed_at = now() where note like $1`, [`%${up.itemId}%`]);
});

test("a bulk decision touches this item and exactly the near-duplicates ticked, not one that arrived later", async ({ page }) => {
  const photo = await makeJpeg(photoSeed());
  const title = `Bulk dup ${randomUUID().slice(0, 6)}`;
  const anchor = await uploadForReview(page.request, `${title} anchor`, [photo]);
  const ticked = await uploadForReview(page.request, `${title} ticked`, [photo]);
  const unticked = await uploadForReview(page.request, `${title} unticked`, [photo]);
  expect(anchor.images[0].pdq_quality).toBeGreaterThanOrEqual(50);
  await loginAs(page, "moderator");
  await openItem(page, anchor.itemId);

  const dups = page.getByTestId("near-duplicates");
  await expect(dups.getByTestId("dup-pick")).toHaveCount(2);
  const late = await uploadForReview(page.request, `${title} late`, [photo]);
  const tick = dups.locator(`[data-testid="dup-pick"][data-item-id="${ticked.itemId}"]`);
  await tick.focus();
  await page.keyboard.press("Space");
  await expect(tick).toBeChecked();
  await dups.getByTestId("bulk-confirm").click();
  await expect(page.getByTestId("toast")).toContainText("Applied to 2 items");

  const { rows } = await db.query(`select id, status from review_items where id = any($1)`, [[anchor.itemId, ticked.itemId, unticked.itemId, late.itemId]]);
  const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
  expect(status).toEqual({ [anchor.itemId]: "closed", [ticked.itemId]: "closed", [unticked.itemId]: "open", [late.itemId]: "open" });
  const audit = await db.query(`select entity_id, data->>'bulkOf' as bulk_of from audit_log where action = 'review.confirm' and entity_id = any($1)`, [[anchor.itemId, ticked.itemId]]);
  expect(Object.fromEntries(audit.rows.map((r) => [r.entity_id, r.bulk_of]))).toEqual({ [anchor.itemId]: null, [ticked.itemId]: anchor.itemId });
});
