import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import * as ort from "onnxruntime-node";
import { ensureModels, modelFilesState, modelPath } from "./model-files";

// One InferenceSession per model file, created once. The *promise* lives on globalThis so that
// concurrent first callers share one load and Next.js dev reloads reuse the loaded session.

export type ModelStatus = "loading" | "ready" | "missing" | "error";

export interface ModelState {
  status: ModelStatus;
  /** Execution provider the session was created with (first in the list that loaded). */
  provider?: string;
  error?: string;
  loadMs?: number;
}

export class ModelMissingError extends Error {
  readonly code = "MODEL_MISSING";
  constructor(name: string, file: string) {
    super(`model file for "${name}" is missing (${file}); run \`npm run models\``);
  }
}

interface Registry {
  sessions: Map<string, Promise<ort.InferenceSession>>;
  states: Map<string, ModelState>;
  ensured?: Promise<unknown>;
}

const KEY = Symbol.for("sightline.onnxSessions");
const globalStore = globalThis as unknown as Record<symbol, Registry | undefined>;
const registry: Registry = (globalStore[KEY] ??= { sessions: new Map(), states: new Map() });

/**
 * Providers from SIGHTLINE_EXECUTION_PROVIDERS (default "cuda,cpu"), keeping only those this
 * onnxruntime build can load: listed by listSupportedBackends() and either bundled or with their
 * provider library next to the binding (cuda needs the install script's download). cpu is always
 * present and always last.
 */
export function executionProviders(env = process.env.SIGHTLINE_EXECUTION_PROVIDERS): string[] {
  const wanted = (env ?? "cuda,cpu").split(",").map((p) => p.trim().toLowerCase()).filter(Boolean);
  const supported = new Map(ort.listSupportedBackends().map((b) => [b.name, b.bundled]));
  const bindingDir = path.join(path.dirname(require_resolve("onnxruntime-node")), "..", "bin", "napi-v6", process.platform, process.arch);
  const usable = wanted.filter((name) => {
    if (name === "cpu" || !supported.has(name)) return false;
    return supported.get(name) || fs.existsSync(path.join(bindingDir, `libonnxruntime_providers_${name}.so`));
  });
  return [...new Set(usable), "cpu"];
}

function require_resolve(id: string): string {
  try {
    return createRequire(import.meta.url).resolve(id);
  } catch {
    return id;
  }
}

/** SIGHTLINE_INTRA_OP_THREADS, else every core (2 here): one batch runs at a time, so it may use them all. */
export function intraOpThreads(): number {
  const fromEnv = Number(process.env.SIGHTLINE_INTRA_OP_THREADS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

async function load(name: string): Promise<ort.InferenceSession> {
  const started = performance.now();
  registry.states.set(name, { status: "loading" });
  const file = modelPath(name);
  if (!modelFilesState()[name]?.verified) {
    // A fresh checkout whose postinstall could not run, or a damaged copy: run the set-up step
    // (once per process), then refuse anything still absent or failing its sha256.
    registry.ensured ??= ensureModels({ quiet: true }).catch(() => undefined);
    await registry.ensured;
    if (!fs.existsSync(file)) throw new ModelMissingError(name, file);
    if (!modelFilesState()[name]?.verified) throw new Error(`model file for "${name}" fails its sha256 check (${file}); run \`npm run models\``);
  }
  const errors: string[] = [];
  for (const provider of executionProviders()) {
    try {
      const session = await ort.InferenceSession.create(file, {
        executionProviders: provider === "cpu" ? ["cpu"] : [provider, "cpu"],
        intraOpNumThreads: intraOpThreads(),
        interOpNumThreads: 1,
        executionMode: "sequential",
        graphOptimizationLevel: "all",
        // Idle pool threads sleep instead of spinning: on a server whose cores are shared with
        // HTTP, image decoding and Postgres, a spinning pool steals the CPU the rest of the request
        // needs (measured with npm run bench).
        extra: { session: { intra_op: { allow_spinning: "0" }, inter_op: { allow_spinning: "0" } } },
      });
      registry.states.set(name, { status: "ready", provider, loadMs: Math.round(performance.now() - started) });
      return session;
    } catch (err) {
      errors.push(`${provider}: ${(err as Error).message}`);
    }
  }
  throw new Error(`could not create a session for "${name}": ${errors.join(" | ")}`);
}

/** The shared session for a manifest model. A failed load is forgotten, so a later call retries. */
export function getSession(name: string): Promise<ort.InferenceSession> {
  let pending = registry.sessions.get(name);
  if (!pending) {
    pending = load(name).catch((err: Error) => {
      registry.sessions.delete(name);
      registry.states.set(name, { status: err instanceof ModelMissingError ? "missing" : "error", error: err.message });
      throw err;
    });
    registry.sessions.set(name, pending);
  }
  return pending;
}

/** Per-model state for /api/health (models never requested are absent). */
export function modelStates(): Record<string, ModelState> {
  return Object.fromEntries([...registry.states].map(([name, state]) => [name, { ...state }]));
}

/** Releases every session (tests, shutdown). */
export async function disposeSessions(): Promise<void> {
  const pending = [...registry.sessions.values()];
  registry.sessions.clear();
  registry.states.clear();
  await Promise.all(pending.map((p) => p.then((s) => s.release()).catch(() => undefined)));
}

export { ort };
