import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "@/server/taxonomy";
import { readFusionHead } from "@/server/inference/fusion-head";
import { expectedCalibrationError } from "@/server/learning/metrics";
import { fitPlatt, sigmoid } from "./calibration";
import { Rng } from "./rng";

const models = path.resolve(import.meta.dirname, "../../../models");

describe("calibration", () => {
  it("Platt scaling recovers a known temperature and shift", () => {
    const rng = new Rng(1);
    const z: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const zi = (rng.next() * 2 - 1) * 6;
      z.push(zi);
      y.push(rng.next() < sigmoid(0.5 * zi - 1) ? 1 : 0);
    }
    const { a, b } = fitPlatt(z, y);
    expect(a).toBeCloseTo(0.5, 1);
    expect(b).toBeCloseTo(-1, 1);
    expect(expectedCalibrationError(z.map((v) => sigmoid(a * v + b)), y)).toBeLessThan(0.02);
    expect(expectedCalibrationError(z.map((v) => sigmoid(v)), y)).toBeGreaterThan(0.05); // uncalibrated fails
  });

  it("the committed head is calibrated on validation fold B (0.9 means about 9 in 10)", () => {
    const sidecar = JSON.parse(fs.readFileSync(path.join(models, "fusion-head.validation.json"), "utf8")) as { z: number[][]; offset: number[][]; labels: string[] };
    const { weights } = readFusionHead(fs.readFileSync(path.join(models, "fusion-head.onnx")));
    expect(sidecar.z.length).toBeGreaterThan(500);
    CATEGORIES.forEach((c, k) => {
      const p = sidecar.z.map((row, i) => sigmoid(weights.calA[k] * row[k] + weights.calB[k] + sidecar.offset[i][k]));
      const y = sidecar.labels.map((l) => Number(l[k]));
      const ece = expectedCalibrationError(p, y);
      expect(ece, `ECE of ${c}`).toBeLessThan(0.05);
    });
  });
});
