/**
 * The encoder's input arithmetic, pure (no sharp, no Node APIs): the server's preprocessing and
 * the browser's occlusion tool both use it, so the two cannot drift apart.
 */
export const INPUT_SIZE = 224;
export const IMAGENET_MEAN = [0.485, 0.456, 0.406] as const;
export const IMAGENET_STD = [0.229, 0.224, 0.225] as const;

/** HWC RGB bytes → normalised CHW float32, into `out` when given (e.g. one in shared memory). */
export function rgbToTensor(rgb: Uint8Array, size = INPUT_SIZE, out: Float32Array<ArrayBufferLike> = new Float32Array(size * size * 3)): Float32Array<ArrayBufferLike> {
  const plane = size * size;
  if (rgb.length !== plane * 3) throw new Error(`rgbToTensor: expected ${plane * 3} bytes, got ${rgb.length}`);
  if (out.length !== plane * 3) throw new Error(`rgbToTensor: output holds ${out.length} values, expected ${plane * 3}`);
  for (let c = 0; c < 3; c++) {
    const scale = 1 / (255 * IMAGENET_STD[c]);
    const shift = IMAGENET_MEAN[c] / IMAGENET_STD[c];
    const base = c * plane;
    for (let i = 0; i < plane; i++) out[base + i] = rgb[i * 3 + c] * scale - shift;
  }
  return out;
}
