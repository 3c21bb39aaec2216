/**
 * The seller's page in Chromium: a blocked listing's reasons in plain words (no scores, thresholds
 * or hash distances), one appeal, and no second one offered.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl, loginAs } from "./demo";

let db: pg.Client;
test.beforeAll(async () => {
  db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
});
test.afterAll(async () => db?.end());

/** A blocked listing of the demo seller, with the reasons the cascade writes for moderators. */
async function seedBlocked(title: string) {
  const listingId = `e2e-sl-${randomUUID().slice(0, 8)}`;
  const { rows: sellers } = await db.query(`select seller_id from users where role = 'seller' and seller_id is not null limit 1`);
  await db.query(`insert into listings (id, seller_id, current_version) values ($1, $2, 1)`, [listingId, sellers[0].seller_id]);
  const v = await db.query(`insert into listing_versions (listing_id, version, content_hash, title, description) values ($1, 1, $2, $3, 'd') returning id`, [listingId, randomUUID(), title]);
  // Every category, as the cascade stores them: the appeal's review item is ranked from these.
  const scores = { firearm: 0.96, firearm_part: 0.1, ammunition: 0.02, replica: 0.05, airsoft_paintball: 0.01, toy: 0.01 };
  const reasons = [
    { code: "hash_bank_match", category: "firearm", message: 'Image 1 matches "known-bad firearms" entry (PDQ distance 4)' },
    { code: "model_score_block", category: "firearm", message: "firearm 96% ≥ block threshold 90%" },
  ];
  await db.query(
    `insert into predictions (listing_version_id, model_version, policy_version, scores, stage_timings, reason_codes, evidence, latency_ms) values ($1, 'e2e-model-9', 1, $2, '[]', '{hash_bank_match,model_score_block}', $3, 5)`,
    [v.rows[0].id, JSON.stringify(scores), JSON.stringify({ reasons, text: [], hashMatches: [] })],
  );
  await db.query(`insert into decisions (listing_version_id, outcome, source) values ($1, 'block', 'auto')`, [v.rows[0].id]);
  return { listingId, versionId: v.rows[0].id as string };
}

test("a seller reads plain reasons for a block and files one appeal", async ({ page }) => {
  const title = `Seller view ${randomUUID().slice(0, 6)}`;
  const seeded = await seedBlocked(title);
  await loginAs(page, "seller");
  const card = page.locator(`[data-testid="seller-listing"][data-version-id="${seeded.versionId}"]`);
  await expect(card).toContainText(title);
  const reasons = card.getByTestId("seller-reasons");
  await expect(reasons).toContainText("A photo matches an image we have already confirmed shows a prohibited item.");
  await expect(reasons).toContainText("The photos and text appear to offer a firearm.");
  expect(await reasons.textContent()).not.toMatch(/\d|%|threshold|distance|PDQ|model/i);

  await card.getByRole("button", { name: "Appeal this decision" }).click();
  await card.getByLabel("Appeal message").fill("This is a display replica, please look again");
  await card.getByRole("button", { name: "Send appeal" }).click();
  await expect(card.getByTestId("appeal-status")).toHaveText("appeal open");
  await expect(card.getByRole("button", { name: "Appeal this decision" })).toHaveCount(0);
  const { rows } = await db.query(`select status, message from appeals where listing_version_id = $1`, [seeded.versionId]);
  expect(rows).toEqual([{ status: "open", message: "This is a display replica, please look again" }]);
});
