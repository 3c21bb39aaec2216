import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests drive Debian's Chromium against the built app, started by `npm start` on its
 * own port with its own embedded Postgres and data dir (.data/e2e), seeded with demo data.
 */
export const E2E_PORT = Number(process.env.SIGHTLINE_E2E_PORT ?? 3100);
export const E2E_DATA_DIR = ".data/e2e";
export const E2E_PG_PORT = Number(process.env.SIGHTLINE_E2E_PG_PORT ?? 54349);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"], ["html", { open: "never" }], ["json", { outputFile: "test-results/e2e.json" }]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
    },
  },
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    env: {
      PORT: String(E2E_PORT),
      SIGHTLINE_DATA_DIR: E2E_DATA_DIR,
      SIGHTLINE_PG_PORT: String(E2E_PG_PORT),
      DATABASE_URL: "",
    },
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5000 },
  },
});
