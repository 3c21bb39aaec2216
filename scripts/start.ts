/**
 * `npm start`: models checked, database up (embedded when DATABASE_URL is unset, seeded with demo
 * data when empty), the app built if no build exists, then `next start` on PORT (default 3000).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { credentialsFile, seedDemo } from "@/server/demo/seed-demo";
import { ensureModels } from "@/server/inference/model-files";
import { registerServingModels } from "@/server/learning/register-serving-models";
import { openLocalDatabase } from "./local-database";
import { supervise } from "./supervise";

const port = process.env.PORT ?? "3000";
const dev = process.argv.includes("--dev");

await ensureModels({ quiet: false });
const local = await openLocalDatabase().catch((err: Error) => {
  // Set-up failures explain themselves (e.g. the postgres user cannot reach the data directory).
  console.error(`npm start: ${err.message}`);
  return process.exit(1);
});
console.log(`database: ${local.embedded ? "embedded Postgres (data in .data/)" : "DATABASE_URL"}`);
if (local.embedded) {
  const creds = await seedDemo(local.db);
  console.log(creds ? `demo data seeded; logins and service token in ${credentialsFile()}` : `demo logins: ${credentialsFile()}`);
}
const registered = await registerServingModels(local.db);
if (registered.length) console.log(`model registry: ${registered.join(", ")} registered as champion`);
await local.db.$client.end();

const nextBin = path.resolve("node_modules/.bin/next");
// The app and the worker get the app role's URL only: the owner's never reaches them.
const env = { ...process.env, DATABASE_URL: local.url, SIGHTLINE_APP_DATABASE_URL: local.url, NEXT_TELEMETRY_DISABLED: "1" };
if (!dev && !fs.existsSync(".next/BUILD_ID")) {
  console.log("no build found: running next build (first start only)");
  const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env });
  if (build.status !== 0) {
    await local.close();
    process.exit(build.status ?? 1);
  }
}

const app = spawn(nextBin, [dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
// Slow follow-ups (OCR) run in their own low-priority process, off the upload path, restarted
// with backoff when they die; /api/health reports it from the worker's heartbeat.
const worker =
  process.env.SIGHTLINE_WORKER === "0"
    ? null
    : supervise({
        name: "OCR worker",
        start: ({ restarts, lastExit }) =>
          spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/worker.ts"], {
            stdio: "inherit",
            env: { ...env, SIGHTLINE_WORKER_RESTARTS: String(restarts), SIGHTLINE_WORKER_LAST_EXIT: lastExit ?? "" },
          }),
      });
console.log(`Sightline on http://localhost:${port}`);
let stopping = false;
const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((done) => {
        child.once("exit", () => done());
        setTimeout(done, 10_000).unref();
      });
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  app.kill("SIGTERM");
  // Postgres goes last: the app and the worker finish what they were writing first.
  await Promise.all([exited(app), worker?.stop()]);
  await local.close().catch(() => {});
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
app.on("exit", (code) => void stop(code ?? 0));
