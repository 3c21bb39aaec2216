/**
 * Security headers and the console under its Content-Security-Policy: every role's pages render
 * and run with no violation, the nonce is fresh per response and is the one on Next's scripts, and
 * a login from another site's page is refused.
 */
import { expect, test } from "@playwright/test";
import { demoUser, loginAs, watchCspViolations } from "./demo";

test("pages carry a per-request CSP nonce that their scripts use, and the static headers", async ({ page }) => {
  const violations = await watchCspViolations(page);
  const first = (await page.goto("/login"))!;
  const csp = first.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain(" 'unsafe-eval'"); // 'wasm-unsafe-eval' only
  expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => ({ nonce: (e as HTMLScriptElement).nonce, src: (e as HTMLScriptElement).src })));
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s.nonce, s.src || "inline script").toBe(nonce);

  // The policy is enforced (and the watcher the other tests rely on sees it): an injected inline
  // script without the nonce does not run.
  expect(violations).toEqual([]);
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.head.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations[0]).toMatch(/script-src/);

  const second = (await page.goto("/login"))!;
  expect(/'nonce-([^']+)'/.exec(second.headers()["content-security-policy"])![1]).not.toBe(nonce);

  const h = first.headers();
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Addressed as 127.0.0.1: no HSTS, no upgrade to HTTPS, and a cookie without Secure.
  expect(h["strict-transport-security"]).toBeUndefined();
  expect(csp).not.toContain("upgrade-insecure-requests");
});

test("HSTS is sent when the app is addressed by a real host name", async ({ request }) => {
  const res = await request.get("/login", { headers: { host: "sightline.example" } });
  expect(res.headers()["strict-transport-security"]).toBe("max-age=31536000");
});

test("API answers are not documents: nosniff and a CSP that allows nothing", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
});

for (const [role, path] of [["moderator", "/queue"], ["policy_lead", "/policies"], ["seller", "/seller"], ["admin", "/admin"]] as const) {
  test(`${role}'s console runs under the CSP with no violation`, async ({ page }) => {
    const violations = await watchCspViolations(page);
    await loginAs(page, role);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByTestId("whoami")).toBeVisible();
    if (role === "moderator") {
      // The review page too: Konva stage, heatmap, evidence (the demo seed leaves items open).
      await page.locator('a[href^="/review/"]').first().click();
      await expect(page).toHaveURL(/\/review\//);
      await expect(page.getByTestId("claim-status")).toBeVisible();
    }
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
}

test("a sign-in posted from another site's page is refused (403)", async ({ request }) => {
  const u = demoUser("seller");
  const body = { json: { email: u.email, password: u.password } };
  const foreign = await request.post("/api/trpc/auth.login", { data: body, headers: { origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.json.message).toMatch(/^Cross-site request refused/);
  const own = await request.post("/api/trpc/auth.login", { data: body, headers: { origin: "http://127.0.0.1:" + new URL(foreign.url()).port } });
  expect(own.status()).toBe(200);
});
