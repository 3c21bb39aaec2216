import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { imageToViews } from "@/server/image/preprocess";
import { ensureModels } from "./model-files";
import { makeJpeg } from "@/server/test/factories";
import { scoreListing, warmUpModels } from "./score-listing";

const fixture = path.join(import.meta.dirname, "__fixtures__", "bridge-256.jpg");

describe("scoreListing (committed models, real ONNX sessions)", () => {
  beforeAll(async () => {
    await ensureModels({ quiet: true });
    await warmUpModels();
  });

  it("scores an obvious firearm listing high for firearm and explains it with words", async () => {
    const r = await scoreListing({ images: [], title: "Glock 19 Gen 5 9mm pistol", description: "Barely used handgun, comes with two magazines and holster. Cash only.", context: {} });
    expect(r.scores.firearm).toBeGreaterThan(0.8);
    expect(r.imageScores).toBeNull();
    expect(r.textScores).not.toBeNull();
    const words = r.textAttributions.filter((s) => s.category === "firearm").map((s) => s.normalised);
    expect(words.length).toBeGreaterThan(0);
    expect(r.textAttributions.every((s) => s.kind === "attribution")).toBe(true);
  });

  it("a water gun for kids scores toy, and firearm low", async () => {
    const r = await scoreListing({ images: [], title: "water gun for kids", description: "Summer fun, squirt water pistol, bright colours.", context: {} });
    expect(r.scores.toy).toBeGreaterThan(0.5);
    expect(r.scores.firearm).toBeLessThan(0.2);
  });

  it("with images: per-image scores, Grad-CAM grids on 7x7, embeddings and timings", async () => {
    const views = await imageToViews(fs.readFileSync(fixture));
    const r = await scoreListing({ images: [views, views], title: "Remington 870 12 gauge shotgun", description: "pump action", context: { price: 350, category: "sporting goods" } });
    expect(r.perImage).toHaveLength(2);
    expect(r.embeddings.image).toHaveLength(2);
    expect(r.embeddings.image[0]).toHaveLength(1280);
    expect(r.imageScores).not.toBeNull();
    for (const c of Object.keys(r.perImage[0].gradcam)) {
      const g = r.perImage[0].gradcam[c as keyof typeof r.perImage[0]["gradcam"]]!;
      expect(g.w * g.h).toBe(g.values.length);
      expect(g.w).toBe(7);
    }
    expect(r.scores.firearm).toBeGreaterThanOrEqual(r.perImage[0].scores.firearm);
    expect(r.modelVersion).toContain("head:");
    expect(r.timings.headMs).toBeGreaterThanOrEqual(0);
  });
});

describe("text floor", () => {
  it("an innocent photo cannot pull a firearm text below its text-only score", async () => {
    // Flat coloured shapes: the kind of photo that vetoes short make-only texts in the fused row.
    // Which photo vetoes which text depends on the trained head: try several of each.
    let vetoed = 0;
    for (const seed of [1, 3, 4, 5]) {
      const views = await imageToViews(await makeJpeg(seed));
      for (const title of ["AK-47 rifle", "Glock 19", "Remington 870", "Beretta 92", "Mosin Nagant", "Saiga 12", "Makarov", "Winchester"]) {
        const r = await scoreListing({ images: [views], title, description: "", context: {} });
        if (r.perImage[0].scores.firearm < r.textScores!.firearm) {
          vetoed++;
          expect(r.scores.firearm, title).toBe(r.textScores!.firearm);
        }
        for (const c of ["firearm", "firearm_part", "ammunition", "replica"] as const) {
          expect(r.scores[c], `${title}: ${c}`).toBeGreaterThanOrEqual(r.textScores![c]);
        }
      }
    }
    expect(vetoed, "precondition: the fused row vetoes at least one of the texts").toBeGreaterThan(0);
  });

  it("does not lift allowed categories from text alone", async () => {
    const views = await imageToViews(fs.readFileSync(fixture));
    const r = await scoreListing({ images: [views], title: "water gun for kids", description: "squirt pistol", context: {} });
    expect(r.scores.toy).toBe(r.perImage[0].scores.toy);
  });
});
