import sharp from "sharp";
import { INPUT_SIZE, rgbToTensor } from "./tensor";

export { IMAGENET_MEAN, IMAGENET_STD, INPUT_SIZE, rgbToTensor } from "./tensor";

// Image bytes → the backbone's input: 3×224×224 float32, RGB, /255, ImageNet mean/std, CHW.

/**
 * crop: scale the short side to 224 and cut the centre (what ImageNet models were trained on);
 * letterbox: fit the whole image inside 224×224 and pad with white (nothing is cut off).
 */
export type ResizeMode = "crop" | "letterbox";

/**
 * Chosen by measurement (scripts/measure-resize.ts over the 1,907 real photos in
 * ../shared/datasets; figures in models/README.md).
 */
export const DEFAULT_RESIZE_MODE: ResizeMode = "crop";

const WHITE = { r: 255, g: 255, b: 255 };

/** Decoded, oriented, alpha-flattened, resized RGB pixels (HWC, 224×224×3 bytes). */
export async function imageToRgb(bytes: Buffer, mode: ResizeMode = DEFAULT_RESIZE_MODE): Promise<Buffer> {
  const { data, info } = await sharp(bytes, { failOn: "error" })
    .rotate() // apply EXIF orientation before anything looks at the pixels
    .flatten({ background: WHITE })
    .resize(INPUT_SIZE, INPUT_SIZE, {
      fit: mode === "crop" ? "cover" : "contain",
      position: "centre",
      background: WHITE,
      kernel: "lanczos3",
    })
    .toColourspace("srgb")
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.width !== INPUT_SIZE || info.height !== INPUT_SIZE || info.channels !== 3) {
    throw new Error(`preprocess: expected ${INPUT_SIZE}x${INPUT_SIZE}x3, got ${info.width}x${info.height}x${info.channels}`);
  }
  return data;
}

export async function imageToTensor(bytes: Buffer, mode: ResizeMode = DEFAULT_RESIZE_MODE): Promise<Float32Array> {
  return rgbToTensor(await imageToRgb(bytes, mode));
}
