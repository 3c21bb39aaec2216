import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = { "@": path.resolve(import.meta.dirname) };

// Two projects: pure unit tests run anywhere; integration tests share one embedded Postgres
// started by the global setup (a real database, never a mock).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{server,db,scripts,components}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{server,db,scripts}/**/*.int.test.ts"],
          globalSetup: ["./db/test-global-setup.ts"],
          // Tests that check the model's decision must get it even while unit tests load both
          // cores (and stage 1's, which includes starting the image workers from source); the
          // fail-open tests set their own budgets (1 ms, or a slow model).
          env: { SIGHTLINE_MODEL_BUDGET_MS: "10000", SIGHTLINE_FAST_SIGNALS_BUDGET_MS: "10000" },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
