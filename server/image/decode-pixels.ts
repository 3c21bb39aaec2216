import sharp, { type Sharp } from "sharp";
import { MAX_IMAGE_PIXELS } from "./pixel-limit";

/** Interleaved 8-bit pixels, row-major: `channels` values per pixel (1 grey, 2 grey+alpha, 3 RGB, 4 RGBA). */
export interface RawPixels {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

/**
 * Decodes an image to 8-bit interleaved pixels as stored, the way Meta's reference PDQ tool
 * (CImg through ImageMagick) sees them, so hashes match the reference bit for bit:
 * - EXIF orientation is NOT applied: PDQ hashes the stored pixel order; a rotated copy is matched
 *   through the bank, not by un-rotating here.
 * - An embedded ICC profile is ignored (no colour-managed transform), as the reference does.
 * - CMYK is converted naively, R = (255 - C)(255 - K) / 255 rounded, as ImageMagick does without
 *   profiles (sharp's default CMYK profile transform moves the hash by ~10 bits).
 * - Greyscale stays one channel (two with alpha) so PDQ uses the grey value itself.
 * Only the first frame of an animated image is decoded. Throws on bytes sharp cannot decode, and
 * before decoding on an image over the intake's pixel limit: hashing starts beside the intake
 * checks, so it must refuse a decompression bomb by itself.
 */
export async function decodePixels(bytes: Buffer | Uint8Array): Promise<RawPixels> {
  const image = sharp(bytes, { ignoreIcc: true, limitInputPixels: MAX_IMAGE_PIXELS });
  const meta = await image.metadata();
  if (meta.space === "cmyk") return cmykToRgb(await toRaw(image.pipelineColourspace("cmyk").toColourspace("cmyk")));
  const grey = meta.space === "b-w" || meta.space === "grey16" || meta.channels === 1 || meta.channels === 2;
  return toRaw(grey ? image.toColourspace("b-w") : image);
}

async function toRaw(pipeline: Sharp): Promise<RawPixels> {
  const { data, info } = await pipeline.raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
    channels: info.channels,
  };
}

function cmykToRgb(px: RawPixels): RawPixels {
  if (px.channels < 4) return px;
  const n = px.width * px.height;
  const rgb = new Uint8Array(n * 3);
  const src = px.data;
  const stride = px.channels;
  for (let i = 0, s = 0, d = 0; i < n; i++, s += stride, d += 3) {
    const k = 255 - src[s + 3];
    rgb[d] = Math.round(((255 - src[s]) * k) / 255);
    rgb[d + 1] = Math.round(((255 - src[s + 1]) * k) / 255);
    rgb[d + 2] = Math.round(((255 - src[s + 2]) * k) / 255);
  }
  return { data: rgb, width: px.width, height: px.height, channels: 3 };
}
