/**
 * The policy lead lowers the firearm block threshold, watches the preview replay recent listings,
 * publishes with a note, and the new version is active: in the page and in the database.
 */
import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl, loginAs } from "./demo";

let db: pg.Client;

test.beforeAll(async () => {
  // Refuse to publish policies into anything but the local e2e database.
  expect(new URL(e2eDatabaseUrl()).hostname).toBe("127.0.0.1");
  db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
});
test.afterAll(async () => db?.end());

test("a policy lead previews a lower firearm block threshold and publishes it", async ({ page }) => {
  await loginAs(page, "policy_lead");
  await expect(page.getByRole("heading", { name: "Policies" })).toBeVisible();
  const versionText = await page.getByTestId("policy-version").textContent();
  const before = Number(/version (\d+)/.exec(versionText ?? "")?.[1]);
  expect(before).toBeGreaterThan(0);

  // The preview has replayed the demo listings under the active policy: nothing changes yet.
  const preview = page.getByTestId("policy-preview");
  await expect(preview.getByTestId("preview-changed")).toHaveText("0");
  const blocksBefore = Number(await preview.getByTestId("preview-block-active").textContent());

  const input = page.getByLabel("firearm block threshold (%)", { exact: true });
  const was = await input.inputValue();
  const target = "40";
  expect(Number(was)).toBeGreaterThan(Number(target));
  await input.fill(target);

  // Debounced replay: some listings the active policy reviews are now blocked.
  await expect(preview.getByTestId("preview-changed")).not.toHaveText("0");
  await expect(preview.getByTestId("preview-examples")).toContainText("→ block");
  expect(Number(await preview.getByTestId("preview-block-draft").textContent())).toBeGreaterThan(blocksBefore);
  await expect(preview.getByTestId("preview-labelled")).toContainText("labelled");

  const { rows: maxRows } = await db.query(`select max(version)::int as v from policies`);
  const next = maxRows[0].v + 1;
  await page.getByRole("button", { name: "Publish…" }).click();
  await expect(page.getByTestId("publish-changes")).toContainText(`firearm block: ${was}% → ${target}%`);
  await page.getByLabel("Note (why)").fill("e2e: firearm block lowered");
  await page.getByRole("button", { name: "Confirm publish" }).click();

  const published = page.getByRole("status").filter({ hasText: `Published version ${next}` });
  await expect(published).toBeVisible();
  await expect(page.getByTestId("policy-version")).toHaveText(`Active policy: version ${next}`);
  // The confirmation outlives the page refresh that brings the new version in.
  await expect(published).toBeVisible();
  await expect(page.getByTestId("active-policy")).toContainText(`${target}%`);
  await expect(page.getByTestId("policy-history")).toContainText("e2e: firearm block lowered");

  const { rows } = await db.query(`select version, thresholds from policies where active`);
  expect(rows).toHaveLength(1);
  expect(rows[0].version).toBe(next);
  expect(rows[0].thresholds.firearm.block).toBeCloseTo(Number(target) / 100);
  const audit = await db.query(
    `select data from audit_log where action = 'policy.published' and entity_type = 'policy' order by id desc limit 1`,
  );
  expect(audit.rows[0].data).toMatchObject({ version: next, previousVersion: before, note: "e2e: firearm block lowered" });
  expect(audit.rows[0].data.diff).toContainEqual({ scope: "default", category: "firearm", field: "block", from: Number(was) / 100, to: Number(target) / 100 });

  // Roll back to the version we started from (which also leaves the demo policy as it was).
  await page.getByRole("button", { name: `Roll back to v${before}` }).click();
  await page.getByRole("button", { name: `Confirm roll back to v${before}` }).click();
  await expect(page.getByTestId("policy-version")).toHaveText(`Active policy: version ${before}`);
  await expect(page.getByLabel("firearm block threshold (%)", { exact: true })).toHaveValue(was);
  const after = await db.query(`select version from policies where active`);
  expect(after.rows.map((r) => r.version)).toEqual([before]);
});
