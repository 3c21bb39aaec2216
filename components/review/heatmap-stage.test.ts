import { describe, expect, it } from "vitest";
import { seenRegion, upsample } from "./heatmap-stage";

describe("heatmap placement", () => {
  it("puts the grid over the centred square the encoder saw", () => {
    expect(seenRegion(640, 480, 320)).toEqual({ x: 40, y: 0, side: 240 });
    expect(seenRegion(300, 600, 300)).toEqual({ x: 0, y: 150, side: 300 });
    expect(seenRegion(500, 500, 250)).toEqual({ x: 0, y: 0, side: 250 });
  });

  it("upsamples a grid keeping corner values and interpolating between cells", () => {
    const grid = { w: 2, h: 2, values: [0, 1, 1, 0], max: 1 };
    const up = upsample(grid, 4, 4);
    expect(up[0]).toBe(0);
    expect(up[3]).toBe(1);
    expect(up[5]).toBeCloseTo(0.375, 5);
  });
});
