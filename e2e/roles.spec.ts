import { expect, test } from "@playwright/test";
import { demoCredentials, loginAs } from "./demo";

const LANDINGS = [
  { role: "moderator", path: "/queue", heading: "Review queue" },
  { role: "policy_lead", path: "/policies", heading: "Policies" },
  { role: "seller", path: "/seller", heading: "My listings" },
  { role: "admin", path: "/admin", heading: "Admin" },
];

for (const { role, path, heading } of LANDINGS) {
  test(`${role} logs in and lands on ${path}`, async ({ page }) => {
    await loginAs(page, role);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await expect(page.getByTestId("whoami")).toContainText(role.replace("_", " "));
  });
}

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(demoCredentials().users[0].email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password" })).toHaveText("Email or password is wrong");
});

test("pages need a login", async ({ page }) => {
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/login$/);
});

test("the upload flow calls listing.predict over HTTP with the demo token", async ({ request }) => {
  const { serviceToken } = demoCredentials();
  const body = { json: { listingId: "e2e-http-1", sellerId: "e2e-seller", title: "Glock 19 with two mags", description: "9mm, cash only" } };
  const res = await request.post("/api/trpc/listing.predict", { headers: { Authorization: `Bearer ${serviceToken}` }, data: body });
  expect(res.status()).toBe(200);
  const out = (await res.json()).result.data.json;
  expect(out.listingId).toBe("e2e-http-1");
  expect(["block", "review"]).toContain(out.decision);
  expect(out.reasons.length).toBeGreaterThan(0);

  const anonymous = await request.post("/api/trpc/listing.predict", { data: body });
  expect(anonymous.status()).toBe(401);

  const bad = await request.post("/api/trpc/listing.predict", {
    headers: { Authorization: `Bearer ${serviceToken}` },
    data: { json: { listingId: "has spaces", sellerId: "s", title: "" } },
  });
  expect(bad.status()).toBe(400);
  const error = (await bad.json()).error.json;
  expect(error.message).toBe("Invalid input: listingId may contain letters, digits and _ . : - only; title is required");
  expect(Object.keys(error.data.fieldErrors).sort()).toEqual(["listingId", "title"]);

  const health = await (await request.get("/api/health")).json();
  expect(health.db.status).toBe("ok");
  expect(health.models).toHaveProperty("mobilenetv2-12-int8");
});
