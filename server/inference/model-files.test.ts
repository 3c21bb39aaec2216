import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureModels, modelFilesState, modelPath, readManifest, sha256Bytes, upsertManifestEntry, type Manifest } from "./model-files";

// Each test builds a throw-away project root and model source folder under the OS temp dir.
const payload = Buffer.from("pretend these are weights\n");
const payloadSha = sha256Bytes(payload);

let tmp: string;
let root: string;
let sourceDir: string;
const savedEnv = { dir: process.env.SIGHTLINE_MODEL_DIR, offline: process.env.SIGHTLINE_MODEL_OFFLINE };

function writeManifest(models: Manifest["models"]) {
  fs.mkdirSync(path.join(root, "models"), { recursive: true });
  fs.writeFileSync(path.join(root, "models", "manifest.json"), JSON.stringify({ schemaVersion: 1, models }));
}

const thirdParty = (): Manifest["models"][number] => ({
  name: "weights",
  version: "1",
  file: "vendor/weights.bin",
  sha256: payloadSha,
  source: { kind: "third_party", fileName: "weights.bin", url: null, license: "test" },
  inputs: [],
  outputs: [],
});

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sightline-models-"));
  root = path.join(tmp, "project");
  sourceDir = path.join(tmp, "source");
  fs.mkdirSync(sourceDir, { recursive: true });
  process.env.SIGHTLINE_MODEL_DIR = sourceDir;
  process.env.SIGHTLINE_MODEL_OFFLINE = "1";
});

afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  process.env.SIGHTLINE_MODEL_DIR = savedEnv.dir;
  if (savedEnv.dir === undefined) delete process.env.SIGHTLINE_MODEL_DIR;
  process.env.SIGHTLINE_MODEL_OFFLINE = savedEnv.offline;
  if (savedEnv.offline === undefined) delete process.env.SIGHTLINE_MODEL_OFFLINE;
});

describe("ensureModels", () => {
  it("copies a verified third-party file into models/vendor and reports it", async () => {
    writeManifest([thirdParty()]);
    fs.writeFileSync(path.join(sourceDir, "weights.bin"), payload);
    const lines: string[] = [];
    const result = await ensureModels({ root, log: (l) => lines.push(l) });
    expect(result.ok).toBe(true);
    expect(result.files[0]).toMatchObject({ name: "weights", status: "copied" });
    expect(fs.readFileSync(modelPath("weights", root))).toEqual(payload);
    expect(modelFilesState(root).weights).toMatchObject({ present: true, verified: true });
    // Second run: already there and verified.
    expect((await ensureModels({ root, quiet: true, log: () => undefined })).files[0].status).toBe("ok");
  });

  it("rejects a corrupted source copy and never installs it", async () => {
    writeManifest([thirdParty()]);
    const corrupted = Buffer.from(payload);
    corrupted[3] ^= 0xff;
    fs.writeFileSync(path.join(sourceDir, "weights.bin"), corrupted);
    const lines: string[] = [];
    const result = await ensureModels({ root, quiet: true, log: (l) => lines.push(l) });
    expect(result.ok).toBe(false);
    expect(result.missing).toEqual(["weights"]);
    expect(result.files[0].detail).toContain("sha256 mismatch");
    expect(fs.existsSync(path.join(root, "models", "vendor", "weights.bin"))).toBe(false);
    expect(lines).toHaveLength(1); // quiet: one clear line
    expect(lines[0]).toMatch(/MISSING weights .*fail open/);
  });

  it("replaces an installed copy that was corrupted on disk", async () => {
    writeManifest([thirdParty()]);
    fs.writeFileSync(path.join(sourceDir, "weights.bin"), payload);
    await ensureModels({ root, quiet: true, log: () => undefined });
    const installed = modelPath("weights", root);
    fs.writeFileSync(installed, "tampered");
    expect(modelFilesState(root).weights.verified).toBe(false);
    const result = await ensureModels({ root, quiet: true, log: () => undefined });
    expect(result.files[0].status).toBe("copied");
    expect(fs.readFileSync(installed)).toEqual(payload);
  });

  it("checks committed project models by sha256", async () => {
    writeManifest([
      { name: "head", version: "1", file: "head.onnx", sha256: payloadSha, source: { kind: "project", card: "MODEL_CARD.md" }, inputs: [], outputs: [] },
    ]);
    expect((await ensureModels({ root, quiet: true, log: () => undefined })).missing).toEqual(["head"]);
    fs.writeFileSync(path.join(root, "models", "head.onnx"), payload);
    expect((await ensureModels({ root, quiet: true, log: () => undefined })).ok).toBe(true);
  });

  it("upsertManifestEntry records a project model with the sha256 of the written file", async () => {
    writeManifest([thirdParty()]);
    fs.writeFileSync(path.join(root, "models", "head.onnx"), payload);
    const entry = upsertManifestEntry(
      { name: "head", version: "2", file: "head.onnx", source: { kind: "project", card: "MODEL_CARD.md" }, inputs: [], outputs: [] },
      root,
    );
    expect(entry).toMatchObject({ sha256: payloadSha, bytes: payload.length });
    expect(readManifest(root).models.map((m) => m.name)).toEqual(["weights", "head"]);
    upsertManifestEntry({ ...entry, version: "3" }, root);
    expect(readManifest(root).models.find((m) => m.name === "head")!.version).toBe("3");
    expect(readManifest(root).models).toHaveLength(2);
  });

  it("scripts/models.ts exits 1 on a missing file, but 0 with --quiet (npm install must not fail)", async () => {
    writeManifest([thirdParty()]);
    const run = promisify(execFile);
    const script = path.resolve(import.meta.dirname, "../../scripts/models.ts");
    const tsx = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
    const env = { ...process.env, SIGHTLINE_ROOT: root };
    const loud = await run(tsx, [script], { env }).then(
      () => ({ code: 0, out: "" }),
      (err: { code: number; stdout: string }) => ({ code: err.code, out: err.stdout }),
    );
    expect(loud.code).toBe(1);
    expect(loud.out).toMatch(/MISSING weights/);
    const quiet = await run(tsx, [script, "--quiet"], { env });
    expect(quiet.stdout.trim().split("\n")).toHaveLength(1);
    expect(quiet.stdout).toMatch(/stage 2 .* will fail open/);
  });
});

describe("the project manifest", () => {
  it("lists every model with name, version, file, sha256, source, inputs and outputs", () => {
    const manifest = readManifest(path.resolve(import.meta.dirname, "../.."));
    expect(manifest.models.map((m) => m.name)).toEqual(
      expect.arrayContaining(["mobilenetv2-12-int8", "imagenet-classes", "mobilenetv2-12-int8-features"]),
    );
    for (const m of manifest.models) {
      expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(["third_party", "derived", "project"]).toContain(m.source.kind);
      expect(Array.isArray(m.inputs) && Array.isArray(m.outputs)).toBe(true);
    }
    expect(manifest.models.find((m) => m.name === "mobilenetv2-12-int8")!.sha256).toBe(
      "83530ad811bc31d2b60a5599a21265a5057608c9b044b4ee758cc22f2309f54f",
    );
  });

  it("matches every committed project model byte for byte, and all three come from one training run", () => {
    // A model copied without its manifest entry (or the other way round) only warns at start-up;
    // this is where it fails.
    const root = path.resolve(import.meta.dirname, "../..");
    const project = readManifest(root).models.filter((m) => m.source.kind === "project");
    expect(project.map((m) => m.file).sort()).toEqual(["fusion-head.onnx", "image-prior.json", "text-encoder.onnx"]);
    for (const m of project) expect({ file: m.file, sha256: sha256Bytes(fs.readFileSync(path.join(root, "models", m.file))) }).toEqual({ file: m.file, sha256: m.sha256 });
    expect(new Set(project.map((m) => m.version)).size).toBe(1);
  });
});
