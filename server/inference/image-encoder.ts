import { DEFAULT_RESIZE_MODE, INPUT_SIZE } from "../image/preprocess";
import { FEATURE_CHANNELS, FEATURE_HW, meanPool } from "./pooling";

export { FEATURE_CHANNELS, FEATURE_HW, meanPool } from "./pooling";
import { MicroBatcher } from "./micro-batcher";
import { FEATURE_OUTPUTS } from "./onnx-graph";
import { getSession, ort } from "./onnx-session";

// The image side of stage 2: one run of the edited MobileNetV2 gives ImageNet logits, the last
// conv feature map and (from it) the pooled embedding. This is the interface a remote inference
// server (Triton/KServe) would sit behind later.

export const IMAGE_MODEL = "mobilenetv2-12-int8-features";
/** The backbone and graph recipe alone (embeddings of the same pixels match across these). */
export const IMAGE_BACKBONE_VERSION = "mobilenetv2-12-int8+features.1";
/** Identifies what produced an embedding: backbone + graph recipe + default preprocessing. */
export const IMAGE_ENCODER_VERSION = `${IMAGE_BACKBONE_VERSION}+${DEFAULT_RESIZE_MODE}${INPUT_SIZE}`;

export const NUM_CLASSES = 1000;
const TENSOR_SIZE = 3 * INPUT_SIZE * INPUT_SIZE;
/** Largest batch sent in one run by encodeBatch (bounds memory for training over many images). */
const MAX_DIRECT_BATCH = 32;

export interface ImageEncoding {
  /** 1280: mean over the 7×7 of featureMap (what the head sees; exact for Grad-CAM). */
  pooled: Float32Array;
  /** 1280*7*7, CHW. */
  featureMap: Float32Array;
  /** 1000 ImageNet logits. */
  logits: Float32Array;
}

async function runChunk(tensors: Float32Array[]): Promise<ImageEncoding[]> {
  const n = tensors.length;
  const input = new Float32Array(n * TENSOR_SIZE);
  tensors.forEach((t, i) => {
    if (t.length !== TENSOR_SIZE) throw new Error(`image tensor ${i} has ${t.length} values, expected ${TENSOR_SIZE} (3x${INPUT_SIZE}x${INPUT_SIZE})`);
    input.set(t, i * TENSOR_SIZE);
  });
  const session = await getSession(IMAGE_MODEL);
  const out = await session.run({ input: new ort.Tensor("float32", input, [n, 3, INPUT_SIZE, INPUT_SIZE]) }, [
    FEATURE_OUTPUTS.logits,
    FEATURE_OUTPUTS.featureMap,
  ]);
  const logits = out[FEATURE_OUTPUTS.logits].data as Float32Array;
  const maps = out[FEATURE_OUTPUTS.featureMap].data as Float32Array;
  const mapSize = FEATURE_CHANNELS * FEATURE_HW;
  const encodings: ImageEncoding[] = [];
  for (let i = 0; i < n; i++) {
    // Copies, so one caller holding its result does not keep the whole batch's buffers alive.
    const featureMap = maps.slice(i * mapSize, (i + 1) * mapSize);
    encodings.push({ featureMap, pooled: meanPool(featureMap), logits: logits.slice(i * NUM_CLASSES, (i + 1) * NUM_CLASSES) });
  }
  for (const t of Object.values(out)) t.dispose();
  return encodings;
}

/** Direct batched encoding, no micro-batcher (training, measurement, the ceiling bench). */
export async function encodeBatch(tensors: Float32Array[]): Promise<ImageEncoding[]> {
  const results: ImageEncoding[] = [];
  for (let i = 0; i < tensors.length; i += MAX_DIRECT_BATCH) {
    results.push(...(await runChunk(tensors.slice(i, i + MAX_DIRECT_BATCH))));
  }
  return results;
}

function envNumber(name: string, fallback: number, min: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= min && process.env[name] !== "" ? value : fallback;
}

const BATCHER_KEY = Symbol.for("sightline.imageBatcher");
const store = globalThis as unknown as Record<symbol, MicroBatcher<Float32Array, ImageEncoding> | undefined>;

/** The process-wide batcher (on globalThis so Next dev reloads keep one queue). */
export function imageBatcher(): MicroBatcher<Float32Array, ImageEncoding> {
  return (store[BATCHER_KEY] ??= new MicroBatcher<Float32Array, ImageEncoding>({
    maxBatchSize: envNumber("SIGHTLINE_BATCH_MAX", 8, 1),
    maxWaitMs: envNumber("SIGHTLINE_BATCH_WAIT_MS", 4, 0),
    run: runChunk,
  }));
}

/** Encodes one image through the micro-batcher, so concurrent requests share a run. */
export function encodeImage(tensor: Float32Array): Promise<ImageEncoding> {
  if (tensor.length !== TENSOR_SIZE) return Promise.reject(new Error(`image tensor has ${tensor.length} values, expected ${TENSOR_SIZE}`));
  return imageBatcher().submit(tensor);
}

/** Loads the session and runs it once at batch 1 and at the batcher's max, so the first request is not slow. */
export async function warmUpImageEncoder(): Promise<void> {
  const blank = new Float32Array(TENSOR_SIZE);
  await runChunk([blank]);
  const max = imageBatcher().maxBatchSize;
  if (max > 1) await runChunk(Array.from({ length: Math.min(max, MAX_DIRECT_BATCH) }, () => blank));
}
