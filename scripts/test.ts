/**
 * `npm test`: every suite, in order — unit and integration (vitest, real embedded Postgres and
 * real ONNX models), a production build, then the browser tests (Playwright + Chromium) against it.
 * Ends with one plain line: `N passed, N failed`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { ensureModels } from "@/server/inference/model-files";

const bin = (name: string) => `node_modules/.bin/${name}`;
// next build and the test runners set NODE_ENV themselves.
const { NODE_ENV: _nodeEnv, ...inherited } = process.env;
const env: Record<string, string | undefined> = { ...inherited, NEXT_TELEMETRY_DISABLED: "1" };
fs.mkdirSync("test-results", { recursive: true });

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: env as unknown as NodeJS.ProcessEnv });
  return r.status === 0;
}

interface Counts { passed: number; failed: number; skipped: number }
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const add = (c: Counts) => {
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
};

function vitestCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  // A suite that failed to load counts as a failure even though it reports no tests.
  const brokenSuites = (r.testResults ?? []).filter((s: { status: string; assertionResults: unknown[] }) => s.status === "failed" && s.assertionResults.length === 0).length;
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenSuites, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const s = JSON.parse(fs.readFileSync(file, "utf8")).stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

const models = await ensureModels({ quiet: false });
if (!models.ok) console.log("some model files are missing: tests that need them will fail or report why");

/**
 * A runner that exits non-zero counts as one failure even where its report shows none: a global set-up that could not
 * start (embedded Postgres finding its port taken) leaves vitest with no tests run and nothing failed in its report.
 */
const unlessExitedBadly = (ok: boolean, c: Counts): Counts => (ok || c.failed > 0 ? c : { ...c, failed: 1 });

fs.rmSync("test-results/vitest.json", { force: true });
const vitestOk = run("unit + integration tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
add(unlessExitedBadly(vitestOk, vitestCounts("test-results/vitest.json")));

fs.rmSync("test-results/e2e.json", { force: true });
if (run("production build (next build)", bin("next"), ["build"])) {
  fs.rmSync(".data/e2e", { recursive: true, force: true }); // fresh demo database for the browser tests
  const playwrightOk = run("browser tests (Playwright, Chromium)", bin("playwright"), ["test"]);
  add(unlessExitedBadly(playwrightOk, playwrightCounts("test-results/e2e.json")));
} else {
  console.log("build failed: browser tests not run");
  total.failed += 1;
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
