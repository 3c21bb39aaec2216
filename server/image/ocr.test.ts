import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { readImageText, terminateOcr } from "./ocr";

async function renderCaption(lines: string[], width = 640, height = 240): Promise<Buffer> {
  const text = lines
    .map((line, i) => `<text x="24" y="${70 + i * 80}" font-family="DejaVu Sans, sans-serif" font-size="52" fill="#111">${line}</text>`)
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f4f1ea"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

describe("readImageText (tesseract.js, offline eng data)", () => {
  afterAll(() => terminateOcr());

  it("reads a caption drawn on an image, with word boxes, and reports its time", async () => {
    const image = await renderCaption(["DM for price 9mm", "call 555 0199"]);
    const first = await readImageText(image); // includes worker start-up
    const second = await readImageText(image);
    console.log(`OCR: first call ${first.ms} ms (worker start + read), then ${second.ms} ms per 640x240 image`);
    const words = second.words.map((w) => w.text.toLowerCase());
    for (const expected of ["dm", "for", "price", "9mm", "555"]) expect(words).toContain(expected);
    expect(second.text.toLowerCase()).toContain("dm for price 9mm");
    expect(second.confidence).toBeGreaterThan(60);
    const nine = second.words.find((w) => w.text.toLowerCase() === "9mm")!;
    expect(nine.bbox.x1).toBeGreaterThan(nine.bbox.x0);
    expect(nine.bbox.y1).toBeGreaterThan(nine.bbox.y0);
  });

  it("returns no words for a blank photo", async () => {
    const blank = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#ffffff" } }).png().toBuffer();
    const result = await readImageText(blank);
    expect(result.words).toEqual([]);
    expect(result.text).toBe("");
  });
});
