import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelPath } from "./model-files";
import { disposeSessions, executionProviders, getSession, ModelMissingError, modelStates } from "./onnx-session";

afterAll(() => disposeSessions());

describe("executionProviders", () => {
  it("keeps only providers this build can load, cpu always last", () => {
    // onnxruntime-node 1.30 from npm without its install script: cuda is listed but its library is absent.
    expect(executionProviders("cuda,cpu")).toEqual(["cpu"]);
    expect(executionProviders("cpu,cuda")).toEqual(["cpu"]);
    expect(executionProviders("nonsense")).toEqual(["cpu"]);
    expect(executionProviders("")).toEqual(["cpu"]);
    expect(executionProviders(undefined).at(-1)).toBe("cpu");
  });
});

describe("getSession", () => {
  const available = fs.existsSync(modelPath("mobilenetv2-12-int8-features"));

  it.skipIf(!available)("loads once: concurrent first callers share one session, and the state says ready on cpu", async () => {
    const [a, b] = await Promise.all([getSession("mobilenetv2-12-int8-features"), getSession("mobilenetv2-12-int8-features")]);
    expect(a).toBe(b);
    expect(await getSession("mobilenetv2-12-int8-features")).toBe(a);
    const state = modelStates()["mobilenetv2-12-int8-features"];
    expect(state).toMatchObject({ status: "ready", provider: "cpu" });
    expect(state.loadMs).toBeGreaterThanOrEqual(0);
  });

  it("reports a missing model file as missing, retries on the next call, and refuses a corrupt one", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "sightline-session-"));
    const saved = { root: process.env.SIGHTLINE_ROOT, offline: process.env.SIGHTLINE_MODEL_OFFLINE, dir: process.env.SIGHTLINE_MODEL_DIR };
    try {
      fs.mkdirSync(path.join(root, "models"));
      fs.writeFileSync(
        path.join(root, "models", "manifest.json"),
        JSON.stringify({
          schemaVersion: 1,
          models: [{ name: "ghost", version: "1", file: "ghost.onnx", sha256: "0".repeat(64), source: { kind: "project", card: "x" }, inputs: [], outputs: [] }],
        }),
      );
      process.env.SIGHTLINE_ROOT = root;
      process.env.SIGHTLINE_MODEL_OFFLINE = "1";
      process.env.SIGHTLINE_MODEL_DIR = path.join(root, "nowhere");
      await expect(getSession("ghost")).rejects.toBeInstanceOf(ModelMissingError);
      expect(modelStates().ghost).toMatchObject({ status: "missing" });
      expect(modelStates().ghost.error).toMatch(/npm run models/);
      await expect(getSession("ghost")).rejects.toBeInstanceOf(ModelMissingError);
      // A file that is present but fails its sha256 is refused, never loaded.
      fs.writeFileSync(path.join(root, "models", "ghost.onnx"), "not the model");
      await expect(getSession("ghost")).rejects.toThrow(/sha256/);
      expect(modelStates().ghost).toMatchObject({ status: "error" });
    } finally {
      for (const [key, value] of Object.entries({ SIGHTLINE_ROOT: saved.root, SIGHTLINE_MODEL_OFFLINE: saved.offline, SIGHTLINE_MODEL_DIR: saved.dir })) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
