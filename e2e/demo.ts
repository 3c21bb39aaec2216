/** The demo logins and service token that `npm start` seeded for the e2e server, and its database. */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { connectionUrl, readCredentials } from "@/db/embedded-credentials";
import type { DemoCredentials } from "@/server/demo/seed-demo";
import { E2E_DATA_DIR, E2E_PG_PORT } from "../playwright.config";

/**
 * The e2e server's embedded Postgres, as the app's role (its password is generated at first start,
 * so call this once the server is up, not at import).
 */
export function e2eDatabaseUrl(): string {
  if (process.env.SIGHTLINE_E2E_DATABASE_URL) return process.env.SIGHTLINE_E2E_DATABASE_URL;
  const creds = readCredentials(path.join(E2E_DATA_DIR, "pg"));
  if (!creds) throw new Error(`no credentials for the e2e database in ${E2E_DATA_DIR}: has npm start run?`);
  return connectionUrl(creds.app, E2E_PG_PORT);
}

export function demoCredentials(): DemoCredentials {
  return JSON.parse(fs.readFileSync(path.join(E2E_DATA_DIR, "demo-credentials.json"), "utf8"));
}

export function demoUser(role: string) {
  const user = demoCredentials().users.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  return user;
}

export async function loginAs(page: Page, role: string) {
  const user = demoUser(role);
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Collects Content-Security-Policy violations on `page` (the browser's securitypolicyviolation
 * events and its "Refused to …" console errors) across navigations. Call before the first goto.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`));
  });
  page.on("console", (m) => {
    if (/^CSP violation|Content Security Policy|^Refused to/.test(m.text())) violations.push(m.text());
  });
  return violations;
}
