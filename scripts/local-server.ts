/**
 * What `npm run bench` and `npm run load` share: the built app started on loopback with its own
 * fresh embedded Postgres (`npm start`), realistic listing bodies, one predict call over HTTP, and
 * percentiles.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { connectionUrl, readCredentials } from "@/db/embedded-credentials";
import type { Photo } from "@/server/demo/bench-photos";

export interface LocalServer {
  base: string;
  /** The demo service token the seed wrote. */
  token: string;
  /** The server's embedded Postgres, to check what it stored. */
  databaseUrl: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/**
 * Builds the app if no build exists, wipes `dataDir`, starts `npm start` on `port` (embedded
 * Postgres on `pgPort`, demo data seeded, no OCR worker) and waits until the model stage is ready.
 */
export async function startLocalServer(opts: { port: number; dataDir: string; pgPort: number; env?: Record<string, string> }): Promise<LocalServer> {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("building the app first");
    if (spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" }).status !== 0) process.exit(1);
  }
  fs.rmSync(opts.dataDir, { recursive: true, force: true });
  const base = `http://127.0.0.1:${opts.port}`;
  const child = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], {
    // The OCR worker runs on other machines in production; here it would compete for the same
    // cores, so only the predict route is measured.
    env: {
      ...process.env,
      PORT: String(opts.port),
      SIGHTLINE_DATA_DIR: opts.dataDir,
      SIGHTLINE_PG_PORT: String(opts.pgPort),
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
      SIGHTLINE_WORKER: "0",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout!.on("data", () => {});
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  };
  const deadline = Date.now() + 600_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} while starting`);
      const health = await fetch(`${base}/api/health`)
        .then((r) => r.json())
        .catch(() => null); // not up yet
      if (health?.modelStage?.status === "ready") {
        const creds = JSON.parse(fs.readFileSync(path.join(opts.dataDir, "demo-credentials.json"), "utf8"));
        const db = readCredentials(path.join(opts.dataDir, "pg"));
        if (!db) throw new Error(`no database credentials under ${opts.dataDir}`);
        return { base, token: creds.serviceToken, databaseUrl: connectionUrl(db.app, opts.pgPort), process: child, stop };
      }
      if (health?.modelStage?.status === "error") throw new Error("the model stage failed to load (the server log says why)");
      await new Promise((r) => setTimeout(r, 1000));
    }
    throw new Error("server did not become ready");
  } catch (err) {
    await stop();
    throw err;
  }
}

export const TITLES = [
  ["Glock 19 Gen 5 with two mags", "Barely used, 9mm, cash only, local pickup."],
  ["Vintage leather armchair", "Some wear on the arms, smoke-free home."],
  ["Remington 870 12 gauge", "Pump shotgun, wood stock, great condition."],
  ["Cordless drill set 18V", "Two batteries, charger and case."],
  ["Kids water gun 2-pack", "Summer fun, holds 500 ml each."],
  ["Chef knife 20 cm", "German steel, sharpened last week."],
] as const;

/** listing.predict's tRPC body for listing `seq` (title, seller and price vary with it). */
export function listingBody(listingId: string, seq: number, photos: Photo[], descriptionSuffix = ""): string {
  const [title, description] = TITLES[seq % TITLES.length];
  return JSON.stringify({
    json: {
      listingId,
      sellerId: `seller-${seq % 50}`,
      title,
      description: description + descriptionSuffix,
      price: 100 + (seq % 400),
      category: "general",
      images: photos.map((p) => ({ contentType: p.contentType, data: p.bytes.toString("base64") })),
    },
  });
}

export interface PredictAnswer {
  /** HTTP status; 0 when no answer came (connection failed, or aborted by the caller). */
  status: number;
  ms: number;
  /** The decision as returned (status 200). */
  output?: { listingId: string; version: number; decision: string; replayed: boolean; reasons: Array<{ code: string }> };
  error?: string;
}

/** One listing.predict call over HTTP. */
export async function postPredict(base: string, token: string, body: string, signal?: AbortSignal): Promise<PredictAnswer> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${base}/api/trpc/listing.predict`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
      signal,
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    if (!res.ok) return { status: res.status, ms, error: text.slice(0, 200) };
    return { status: res.status, ms, output: JSON.parse(text).result.data.json };
  } catch (err) {
    return { status: 0, ms: performance.now() - t0, error: (err as Error).name === "AbortError" ? "aborted" : (err as Error).message };
  }
}

/** Reason codes that mean the answer is a fail-open, not the model deciding. */
export const FAIL_OPEN_CODES = new Set(["inference_unavailable", "stage_error"]);

export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};
export const r1 = (x: number) => Math.round(x * 10) / 10;
