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

/**
 * A photo as the encoder sees it. `centre` is the centre crop: what the fusion head and Grad-CAM
 * use. The centre crop of an elongated photo cuts off its ends, and a rifle lying across a wide
 * photo loses its stock and muzzle; so such a photo also has two end crops (left and right, or top
 * and bottom), which the image prior averages in when the centre leaves doubt (image-prior.ts).
 * They are made only when asked for: most photos never need them.
 */
export interface ImageViews {
  centre: Float32Array;
  /** The two end crops of an elongated photo; none for a near-square one (its ends are its centre). */
  ends(): Promise<Float32Array[]>;
}

/**
 * Long side over short side from which a photo gets end crops. Measured over the 1,907 real photos
 * (models/MODEL_CARD.md): 1.1 and 1.2 gave the same figures; 1.34 lost recall on validation and on
 * left-out knives (0.923 and 0.812 against 0.937 and 0.826) and was level on left-out tools.
 */
export const END_VIEWS_MIN_ASPECT = 1.2;

/** Whether a photo is elongated enough to get end crops (reads the header only). */
async function isElongated(bytes: Buffer): Promise<boolean> {
  const { width: w = 0, height: h = 0 } = await sharp(bytes, { failOn: "error" }).metadata();
  return w > 0 && h > 0 && Math.max(w, h) >= END_VIEWS_MIN_ASPECT * Math.min(w, h);
}

/** The two end crops of an elongated photo (none for a near-square one), as 224×224×3 RGB bytes. */
export async function endCropsRgb(bytes: Buffer): Promise<Buffer[]> {
  if (!(await isElongated(bytes))) return [];
  // One decode: the short side scaled to 224 (as the centre crop scales it), then the first and
  // last 224×224 squares along the long side.
  const { data, info } = await sharp(bytes, { failOn: "error" })
    .rotate()
    .flatten({ background: WHITE })
    .resize(INPUT_SIZE, INPUT_SIZE, { fit: "outside", kernel: "lanczos3" })
    .toColourspace("srgb")
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const square = (x0: number, y0: number) => {
    const out = Buffer.alloc(INPUT_SIZE * INPUT_SIZE * 3);
    for (let y = 0; y < INPUT_SIZE; y++) data.copy(out, y * INPUT_SIZE * 3, ((y0 + y) * info.width + x0) * 3, ((y0 + y) * info.width + x0 + INPUT_SIZE) * 3);
    return out;
  };
  return info.width > info.height ? [square(0, 0), square(info.width - INPUT_SIZE, 0)] : [square(0, 0), square(0, info.height - INPUT_SIZE)];
}

const newTensor = () => new Float32Array(3 * INPUT_SIZE * INPUT_SIZE);

/** The end crops as encoder tensors; `alloc` gives each its memory (e.g. shared with a worker). */
export async function endCropTensors(bytes: Buffer, alloc: () => Float32Array = newTensor): Promise<Float32Array[]> {
  return (await endCropsRgb(bytes)).map((rgb) => rgbToTensor(rgb, INPUT_SIZE, alloc()));
}

/** Image bytes → its views (see ImageViews), on this thread. */
export async function imageToViews(bytes: Buffer): Promise<ImageViews> {
  return { centre: await imageToTensor(bytes), ends: () => endCropTensors(bytes) };
}

/** A tensor with no end views (a caller that has only the centre crop). */
export const centreOnly = (centre: Float32Array): ImageViews => ({ centre, ends: async () => [] });
