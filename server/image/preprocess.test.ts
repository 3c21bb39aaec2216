import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { DEFAULT_RESIZE_MODE, END_VIEWS_MIN_ASPECT, endCropTensors, endCropsRgb, imageToRgb, imageToTensor, imageToViews, rgbToTensor } from "./preprocess";

const PLANE = 224 * 224;
const px = (rgb: Buffer, x: number, y: number) => Array.from(rgb.subarray((y * 224 + x) * 3, (y * 224 + x) * 3 + 3));

describe("rgbToTensor", () => {
  it("normalises with ImageNet mean/std into CHW planes", () => {
    const rgb = new Uint8Array(PLANE * 3);
    rgb.set([255, 0, 124], 0); // first pixel
    const t = rgbToTensor(rgb);
    expect(t).toHaveLength(3 * PLANE);
    expect(t[0]).toBeCloseTo((1 - 0.485) / 0.229, 5); // R plane
    expect(t[PLANE]).toBeCloseTo((0 - 0.456) / 0.224, 5); // G plane
    expect(t[2 * PLANE]).toBeCloseTo((124 / 255 - 0.406) / 0.225, 5); // B plane
  });
});

describe("imageToTensor", () => {
  it("crop fills the frame; letterbox keeps the whole image and pads with white", async () => {
    // 400x200: left half red, right half blue.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="200" height="200" fill="#f00"/><rect x="200" width="200" height="200" fill="#00f"/></svg>`;
    const img = await sharp(Buffer.from(svg)).png().toBuffer();
    const crop = await imageToRgb(img, "crop");
    expect(px(crop, 2, 112)).toEqual([255, 0, 0]);
    expect(px(crop, 221, 112)).toEqual([0, 0, 255]);
    expect(px(crop, 112, 2)[0] + px(crop, 112, 2)[2]).toBeGreaterThan(200); // no padding at the top
    const box = await imageToRgb(img, "letterbox");
    expect(px(box, 112, 2)).toEqual([255, 255, 255]); // pad bar
    expect(px(box, 2, 112)).toEqual([255, 0, 0]);
    expect(px(box, 221, 112)).toEqual([0, 0, 255]);
  });

  it("applies EXIF orientation before resizing", async () => {
    // Stored 200x100 with red on the left; orientation 6 means "rotate 90° clockwise to view",
    // so the viewer sees red on top.
    const stored = await sharp({ create: { width: 200, height: 100, channels: 3, background: "#0000ff" } })
      .composite([{ input: { create: { width: 100, height: 100, channels: 3, background: "#ff0000" } }, left: 0, top: 0 }])
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const rgb = await imageToRgb(stored, "letterbox");
    const top = px(rgb, 112, 30);
    const bottom = px(rgb, 112, 194);
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
  });

  it("flattens transparency onto white and accepts greyscale", async () => {
    const transparent = await sharp({ create: { width: 64, height: 64, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    expect(px(await imageToRgb(transparent, "crop"), 100, 100)).toEqual([255, 255, 255]);
    const grey = await sharp({ create: { width: 50, height: 80, channels: 3, background: "#808080" } }).greyscale().jpeg().toBuffer();
    const t = await imageToTensor(grey);
    expect(t).toHaveLength(3 * PLANE);
    expect(Number.isFinite(t[12345])).toBe(true);
  });

  it("rejects bytes that are not an image", async () => {
    await expect(imageToTensor(Buffer.from("not an image"))).rejects.toThrow();
  });

  it("defaults to the mode chosen by measurement", () => {
    expect(DEFAULT_RESIZE_MODE).toBe("crop");
  });
});

describe("imageToViews", () => {
  // Three vertical bands, red | green | blue: the centre crop of a 3:1 photo sees only green.
  const bands = (w: number, h: number) =>
    sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w / 3}" height="${h}" fill="#f00"/><rect x="${w / 3}" width="${w / 3}" height="${h}" fill="#0f0"/><rect x="${(2 * w) / 3}" width="${w / 3}" height="${h}" fill="#00f"/></svg>`,
      ),
    )
      .png()
      .toBuffer();

  it("an elongated photo gets its two end crops, which see what the centre crop cuts off", async () => {
    const bytes = await bands(600, 200);
    const [left, right] = await endCropsRgb(bytes);
    expect(px(left, 20, 112)).toEqual([255, 0, 0]);
    expect(px(right, 204, 112)).toEqual([0, 0, 255]);
    const views = await imageToViews(bytes);
    expect(views.centre).toEqual(await imageToTensor(bytes)); // the centre is the served crop, unchanged
    const ends = await views.ends();
    expect(ends).toHaveLength(2);
    expect(ends[0]).toEqual(rgbToTensor(left));
  });

  it("a tall photo gets top and bottom; EXIF orientation decides which way is long", async () => {
    const stored = await sharp(await bands(600, 200)).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer();
    const [top, bottom] = await endCropsRgb(stored); // viewed rotated 90° clockwise: red on top
    expect(px(top, 112, 20)[0]).toBeGreaterThan(200);
    expect(px(bottom, 112, 204)[2]).toBeGreaterThan(200);
  });

  it(`a photo under ${END_VIEWS_MIN_ASPECT}:1 has no end views (its ends are its centre)`, async () => {
    expect(await endCropsRgb(await bands(330, 300))).toEqual([]);
    expect(await (await imageToViews(await bands(300, 300))).ends()).toEqual([]);
    expect(await endCropsRgb(await bands(370, 300))).toHaveLength(2);
  });

  it("writes the end crops where alloc says (shared memory for the workers)", async () => {
    const ends = await endCropTensors(await bands(600, 200), () => new Float32Array(new SharedArrayBuffer(3 * PLANE * 4)));
    expect(ends).toHaveLength(2);
    for (const t of ends) expect(t.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
