import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { addFeatureOutputs, FEATURE_RECIPE } from "./onnx-graph";

// Model files: the manifest, where each file lives, and the set-up step that obtains, verifies
// and prepares third-party weights. Pure file work (no database), shared by scripts/models.ts,
// the start/test scripts and the ONNX sessions.

export type ModelSource =
  | { kind: "third_party"; fileName: string; url: string | null; license: string; upstream?: string }
  | { kind: "derived"; from: string; recipe: string }
  | { kind: "project"; card: string };

export interface TensorSpec {
  name: string;
  type: string;
  shape?: Array<number | string>;
  layout?: string;
  meaning?: string;
}

export interface ManifestEntry {
  name: string;
  version: string;
  /** Relative to models/. */
  file: string;
  sha256: string;
  bytes?: number;
  source: ModelSource;
  inputs: TensorSpec[];
  outputs: TensorSpec[];
}

export interface Manifest {
  schemaVersion: number;
  models: ManifestEntry[];
}

export type FileStatus = "ok" | "copied" | "downloaded" | "built" | "missing" | "corrupt";

export interface FileReport {
  name: string;
  status: FileStatus;
  path: string;
  /** Where a copied/downloaded file came from, or what a missing one was looked for in. */
  detail?: string;
}

export interface EnsureResult {
  ok: boolean;
  files: FileReport[];
  missing: string[];
}

/** The project root: SIGHTLINE_ROOT, else the nearest folder at or above cwd holding models/manifest.json. */
export function projectRoot(): string {
  if (process.env.SIGHTLINE_ROOT) return path.resolve(process.env.SIGHTLINE_ROOT);
  let dir = process.cwd();
  for (;;) {
    if (fs.existsSync(path.join(dir, "models", "manifest.json"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function modelsDir(root = projectRoot()): string {
  return path.join(root, "models");
}

export function readManifest(root = projectRoot()): Manifest {
  const manifest = JSON.parse(fs.readFileSync(path.join(modelsDir(root), "manifest.json"), "utf8")) as Manifest;
  if (!Array.isArray(manifest.models)) throw new Error("models/manifest.json: `models` must be an array");
  return manifest;
}

export function manifestEntry(name: string, root = projectRoot()): ManifestEntry {
  const entry = readManifest(root).models.find((m) => m.name === name);
  if (!entry) throw new Error(`models/manifest.json has no model "${name}"`);
  return entry;
}

export function modelPath(name: string, root = projectRoot()): string {
  return path.join(modelsDir(root), manifestEntry(name, root).file);
}

/**
 * Adds or replaces a manifest entry for a file already written under models/, taking its sha256
 * and size from the file (for training scripts that write project models). Keeps the order of
 * existing entries; a new one goes last.
 */
export function upsertManifestEntry(entry: Omit<ManifestEntry, "sha256" | "bytes">, root = projectRoot()): ManifestEntry {
  const file = path.join(modelsDir(root), entry.file);
  const bytes = fs.readFileSync(file);
  const full: ManifestEntry = { ...entry, sha256: sha256Bytes(bytes), bytes: bytes.length };
  const manifestPath = path.join(modelsDir(root), "manifest.json");
  const raw = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as Manifest & Record<string, unknown>;
  const at = raw.models.findIndex((m) => m.name === entry.name);
  if (at >= 0) raw.models[at] = full;
  else raw.models.push(full);
  writeAtomic(manifestPath, Buffer.from(JSON.stringify(raw, null, 2) + "\n"));
  return full;
}

export function sha256Bytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function sha256File(file: string): string {
  return sha256Bytes(fs.readFileSync(file));
}

/** Local folders searched for third-party files, in order. */
export function localSourceDirs(root = projectRoot()): string[] {
  const dirs: string[] = [];
  if (process.env.SIGHTLINE_MODEL_DIR) dirs.push(path.resolve(process.env.SIGHTLINE_MODEL_DIR));
  dirs.push(path.resolve(root, "..", "shared", "models"));
  return dirs;
}

interface Prepared {
  [name: string]: { file: string; sha256: string; fromSha256: string; recipe: string; createdAt: string };
}

function preparedPath(root: string) {
  return path.join(modelsDir(root), "vendor", "prepared.json");
}

function readPrepared(root: string): Prepared {
  try {
    return JSON.parse(fs.readFileSync(preparedPath(root), "utf8")) as Prepared;
  } catch {
    return {};
  }
}

/** Writes via a temp file and rename, so a crash never leaves a half-written model behind. */
function writeAtomic(target: string, bytes: Uint8Array) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, target);
}

async function obtainThirdParty(entry: ManifestEntry, root: string, allowNetwork: boolean): Promise<FileReport> {
  const source = entry.source as Extract<ModelSource, { kind: "third_party" }>;
  const target = path.join(modelsDir(root), entry.file);
  if (fs.existsSync(target) && sha256File(target) === entry.sha256) return { name: entry.name, status: "ok", path: target };

  const tried: string[] = [];
  for (const dir of localSourceDirs(root)) {
    const candidate = path.join(dir, source.fileName);
    if (!fs.existsSync(candidate)) {
      tried.push(`${candidate} (absent)`);
      continue;
    }
    const bytes = fs.readFileSync(candidate);
    if (sha256Bytes(bytes) !== entry.sha256) {
      tried.push(`${candidate} (sha256 mismatch)`);
      continue;
    }
    writeAtomic(target, bytes);
    return { name: entry.name, status: "copied", path: target, detail: candidate };
  }

  if (source.url && allowNetwork) {
    try {
      const res = await fetch(source.url, { signal: AbortSignal.timeout(60_000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (sha256Bytes(bytes) !== entry.sha256) throw new Error("sha256 mismatch");
      writeAtomic(target, bytes);
      return { name: entry.name, status: "downloaded", path: target, detail: source.url };
    } catch (err) {
      tried.push(`${source.url} (${(err as Error).message}${(err as { cause?: Error }).cause ? `: ${(err as { cause?: Error }).cause!.message}` : ""})`);
    }
  } else if (source.url) {
    tried.push(`${source.url} (network disabled by SIGHTLINE_MODEL_OFFLINE)`);
  } else {
    tried.push("no public URL recorded");
  }
  const corrupt = fs.existsSync(target);
  return { name: entry.name, status: corrupt ? "corrupt" : "missing", path: target, detail: tried.join("; ") };
}

function buildDerived(entry: ManifestEntry, manifest: Manifest, root: string): FileReport {
  const source = entry.source as Extract<ModelSource, { kind: "derived" }>;
  const target = path.join(modelsDir(root), entry.file);
  const parent = manifest.models.find((m) => m.name === source.from);
  if (!parent) throw new Error(`derived model ${entry.name}: unknown parent ${source.from}`);
  const parentPath = path.join(modelsDir(root), parent.file);
  if (!fs.existsSync(parentPath)) return { name: entry.name, status: "missing", path: target, detail: `needs ${parent.name}` };

  const prepared = readPrepared(root);
  const record = prepared[entry.name];
  if (
    record &&
    record.fromSha256 === parent.sha256 &&
    record.recipe === FEATURE_RECIPE &&
    fs.existsSync(target) &&
    sha256File(target) === record.sha256
  ) {
    return { name: entry.name, status: "ok", path: target };
  }

  const bytes = addFeatureOutputs(fs.readFileSync(parentPath));
  const sha256 = sha256Bytes(bytes);
  writeAtomic(target, bytes);
  prepared[entry.name] = { file: entry.file, sha256, fromSha256: parent.sha256, recipe: FEATURE_RECIPE, createdAt: new Date().toISOString() };
  writeAtomic(preparedPath(root), Buffer.from(JSON.stringify(prepared, null, 2) + "\n"));
  const detail = sha256 === entry.sha256 ? undefined : `sha256 ${sha256} differs from the manifest's ${entry.sha256} (onnx-proto encoding changed?)`;
  return { name: entry.name, status: "built", path: target, detail };
}

function checkProject(entry: ManifestEntry, root: string): FileReport {
  const target = path.join(modelsDir(root), entry.file);
  if (!fs.existsSync(target)) return { name: entry.name, status: "missing", path: target, detail: "committed file absent" };
  if (sha256File(target) !== entry.sha256) return { name: entry.name, status: "corrupt", path: target, detail: "sha256 mismatch" };
  return { name: entry.name, status: "ok", path: target };
}

/**
 * Obtains third-party files (SIGHTLINE_MODEL_DIR, ../shared/models, then their URL), verifies every
 * file's sha256 and builds derived files. Never throws for a missing file: the result says what is
 * missing, and stage 2 fails open without it. `quiet` prints only problems (one line).
 */
export async function ensureModels(options: { quiet?: boolean; root?: string; log?: (line: string) => void } = {}): Promise<EnsureResult> {
  const root = options.root ?? projectRoot();
  const log = options.log ?? ((line: string) => console.log(line));
  const allowNetwork = process.env.SIGHTLINE_MODEL_OFFLINE !== "1";
  const manifest = readManifest(root);
  const files: FileReport[] = [];
  for (const entry of manifest.models) {
    if (entry.source.kind === "third_party") files.push(await obtainThirdParty(entry, root, allowNetwork));
    else if (entry.source.kind === "project") files.push(checkProject(entry, root));
  }
  for (const entry of manifest.models) {
    if (entry.source.kind === "derived") files.push(buildDerived(entry, manifest, root));
  }
  const missing = files.filter((f) => f.status === "missing" || f.status === "corrupt").map((f) => f.name);
  if (!options.quiet) {
    for (const f of files) log(`models: ${f.name.padEnd(30)} ${f.status.padEnd(10)} ${path.relative(root, f.path)}${f.detail ? `  (${f.detail})` : ""}`);
  }
  if (missing.length > 0) {
    const why = files.filter((f) => missing.includes(f.name)).map((f) => `${f.name}: ${f.detail ?? f.status}`).join(" | ");
    log(`models: MISSING ${missing.join(", ")} — stage 2 (model inference) will fail open (allow + review) until they are present. Put them in SIGHTLINE_MODEL_DIR or ../shared/models and run \`npm run models\`. Tried: ${why}`);
  } else if (!options.quiet) {
    log(`models: all ${files.length} files present and verified`);
  }
  return { ok: missing.length === 0, files, missing };
}

export interface ModelFileState {
  path: string;
  present: boolean;
  /** True when the file's sha256 matches the manifest (derived files: prepared.json). */
  verified: boolean;
}

const hashCache = new Map<string, { key: string; sha256: string }>();

function cachedSha256(file: string): string {
  const st = fs.statSync(file);
  const key = `${st.size}:${st.mtimeMs}`;
  const hit = hashCache.get(file);
  if (hit?.key === key) return hit.sha256;
  const sha256 = sha256File(file);
  hashCache.set(file, { key, sha256 });
  return sha256;
}

/** What is on disk now, per manifest entry (hashes cached by size and mtime). For /api/health. */
export function modelFilesState(root = projectRoot()): Record<string, ModelFileState> {
  const prepared = readPrepared(root);
  const out: Record<string, ModelFileState> = {};
  for (const entry of readManifest(root).models) {
    const file = path.join(modelsDir(root), entry.file);
    const present = fs.existsSync(file);
    const expected = entry.source.kind === "derived" ? prepared[entry.name]?.sha256 : entry.sha256;
    out[entry.name] = { path: file, present, verified: present && expected !== undefined && cachedSha256(file) === expected };
  }
  return out;
}
