/** The demo logins and service token that `npm start` seeded for the e2e server. */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { DemoCredentials } from "@/server/demo/seed-demo";
import { E2E_DATA_DIR } from "../playwright.config";

/** The e2e server's embedded Postgres, for specs that check what was stored. */
export const E2E_DATABASE_URL = process.env.SIGHTLINE_E2E_DATABASE_URL ?? `postgres://sightline:sightline-local@127.0.0.1:${process.env.SIGHTLINE_E2E_PG_PORT ?? 54349}/sightline`;

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
