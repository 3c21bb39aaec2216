/**
 * Behaviour probes on the committed models through scoreListing (real ONNX sessions), text only
 * and under innocent synthetic photos (rendered with sharp; see probes.ts). The first committed
 * model (mm1) failed these: an innocent photo vetoed a clear firearm listing (0.96 → 0.13), and
 * generic words ("shotgun", "pump shotgun 12 gauge") or unseen makes scored 0.01–0.33.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ensureModels } from "@/server/inference/model-files";
import { warmUpModels } from "@/server/inference/score-listing";
import { formatProbes, runProbes, type ProbeResult } from "./probes";

let rows: ProbeResult[] = [];
const row = (title: string) => rows.find((r) => r.title === title)!;
const minPhoto = (r: ProbeResult) => Math.min(...Object.values(r.photos));
const maxAll = (r: ProbeResult) => Math.max(r.text, ...Object.values(r.photos));

describe("model behaviour probes (committed text encoder + fusion head)", () => {
  beforeAll(async () => {
    await ensureModels({ quiet: true });
    await warmUpModels();
    rows = await runProbes();
    console.log(formatProbes(rows));
  }, 120_000);

  it("an innocent photo does not veto a clear firearm listing", () => {
    const r = row("Glock 19 Gen 5 with two mags");
    expect(r.text).toBeGreaterThan(0.9);
    expect(minPhoto(r)).toBeGreaterThan(0.7);
  });

  it("generic firearm words carry a listing without a known make, with or without a photo", () => {
    for (const t of ["shotgun", "pump shotgun 12 gauge", "hunting rifle", "9mm pistol"]) {
      const r = row(t);
      expect(r.text, t).toBeGreaterThan(0.8);
      expect(minPhoto(r), t).toBeGreaterThan(0.5);
    }
  });

  it("makes absent from the corpus still score as firearms from their generic words", () => {
    for (const t of ["Henry Big Boy lever action rifle .44", "Norinco handgun"]) expect(row(t).text, t).toBeGreaterThan(0.8);
    expect(row("Remington 870 pump 12 gauge").text).toBeGreaterThan(0.7);
    expect(row("AK-47 rifle").text).toBeGreaterThan(0.5);
  });

  it("bare make and model titles score as firearms", () => {
    for (const t of ["Glock 19", "Beretta 92FS", "CZ Shadow 2"]) expect(row(t).text, t).toBeGreaterThan(0.5);
  });

  it("toys, water guns, Nerf, tools and accessories stay low, with or without a photo", () => {
    for (const r of rows.filter((x) => x.expect === "low")) expect(maxAll(r), r.title).toBeLessThan(0.3);
    // Their words alone score near zero; a photo adds at most what the photo alone scores as a
    // firearm (the image floor: a plain card scores about 0.1), far below review.
    for (const t of ["Super Soaker water gun", "Nerf Elite 2.0 blaster", "kids toy pistol", "DeWalt framing nail gun", "hot glue gun"]) expect(row(t).text, t).toBeLessThan(0.05);
  });
});
