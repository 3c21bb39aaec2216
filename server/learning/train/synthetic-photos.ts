/**
 * Out-of-distribution innocent "photos" for training: seeded SVG drawings (circles and ellipses,
 * stripes, angled gradients, checkerboards, blurred blobs, polygons, price-tag words) rendered with
 * sharp and embedded with the serving image encoder. The real photo set has only guns, tools and
 * knives, so without these a flat graphic or an odd scene pushes the head somewhere it never saw.
 * The probe photos in probes.ts (axis-aligned rectangles, a "FOR SALE" card, a two-tone room) are
 * deliberately not among these kinds.
 */
import sharp from "sharp";
import { imageToTensor } from "@/server/image/preprocess";
import { encodeBatch } from "@/server/inference/image-encoder";
import { Rng } from "./rng";

const KINDS = ["circles", "stripes", "gradient", "checker", "blobs", "polygons", "words"] as const;
const WORDS = ["NEW", "50% OFF", "555-0142", "SOLD OUT", "Hello", "BEST PRICE", "2 for 1", "Thank you"];

function svgFor(kind: (typeof KINDS)[number], rng: Rng): string {
  const c = () => `rgb(${rng.int(0, 255)},${rng.int(0, 255)},${rng.int(0, 255)})`;
  const W = 640, H = 480;
  const bg = `<rect width="${W}" height="${H}" fill="${c()}"/>`;
  let body = "";
  let defs = "";
  switch (kind) {
    case "circles":
      for (let i = 0; i < rng.int(3, 12); i++) body += `<ellipse cx="${rng.int(0, W)}" cy="${rng.int(0, H)}" rx="${rng.int(15, 160)}" ry="${rng.int(15, 160)}" fill="${c()}" opacity="${(0.5 + rng.next() / 2).toFixed(2)}"/>`;
      break;
    case "stripes": {
      const n = rng.int(4, 20), a = rng.int(0, 179), a2 = c(), b2 = c();
      let s = "";
      for (let i = 0; i < n; i++) s += `<rect x="${(i * 2 * W) / n - W / 2}" y="-400" width="${W / n}" height="1400" fill="${i % 2 ? a2 : b2}"/>`;
      body = `<g transform="rotate(${a} 320 240)">${s}</g>`;
      break;
    }
    case "gradient":
      defs = `<defs><linearGradient id="g" x1="0" y1="0" x2="${rng.next().toFixed(2)}" y2="${rng.next().toFixed(2)}"><stop offset="0" stop-color="${c()}"/><stop offset="1" stop-color="${c()}"/></linearGradient></defs>`;
      body = `<rect width="${W}" height="${H}" fill="url(#g)"/>`;
      break;
    case "checker": {
      const s = rng.int(16, 96), a2 = c(), b2 = c();
      for (let y = 0; y < H; y += s) for (let x = 0; x < W; x += s) body += `<rect x="${x}" y="${y}" width="${s}" height="${s}" fill="${(x / s + y / s) % 2 ? a2 : b2}"/>`;
      break;
    }
    case "blobs":
      defs = `<defs><filter id="f"><feGaussianBlur stdDeviation="${rng.int(10, 40)}"/></filter></defs>`;
      for (let i = 0; i < rng.int(3, 8); i++) body += `<circle cx="${rng.int(0, W)}" cy="${rng.int(0, H)}" r="${rng.int(40, 200)}" fill="${c()}" filter="url(#f)"/>`;
      break;
    case "polygons":
      for (let i = 0; i < rng.int(2, 7); i++) {
        const pts = Array.from({ length: rng.int(3, 6) }, () => `${rng.int(0, W)},${rng.int(0, H)}`).join(" ");
        body += `<polygon points="${pts}" fill="${c()}"/>`;
      }
      break;
    case "words":
      for (let i = 0; i < rng.int(1, 3); i++) body += `<text x="${rng.int(10, 300)}" y="${rng.int(80, 440)}" font-size="${rng.int(30, 90)}" font-family="sans-serif" fill="${c()}">${rng.pick(WORDS)}</text>`;
      break;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${defs}${bg}${body}</svg>`;
}

/** `count` pooled embeddings of seeded synthetic drawings (deterministic on one machine type). */
export async function syntheticPhotoEmbeddings(seed: number, count: number): Promise<Float32Array[]> {
  const rng = new Rng(seed);
  const tensors: Float32Array[] = [];
  for (let i = 0; i < count; i++) {
    const svg = svgFor(KINDS[i % KINDS.length], rng);
    const jpg = await sharp(Buffer.from(svg)).jpeg({ quality: rng.int(60, 95) }).toBuffer();
    tensors.push(await imageToTensor(jpg));
  }
  const out: Float32Array[] = [];
  for (let i = 0; i < tensors.length; i += 16) out.push(...(await encodeBatch(tensors.slice(i, i + 16))).map((e) => e.pooled));
  return out;
}
