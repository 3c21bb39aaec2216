import { DEFAULT_RESIZE_MODE, INPUT_SIZE } from "../image/preprocess";
import { FEATURE_OUTPUTS } from "./onnx-graph";
import { getSession, ort } from "./onnx-session";
import { FEATURE_CHANNELS, FEATURE_HW, meanPool } from "./pooling";

export { FEATURE_CHANNELS, FEATURE_HW, meanPool } from "./pooling";

// The image side of stage 2: one run of the edited MobileNetV2 gives ImageNet logits, the last
// conv feature map and (from it) the pooled embedding, on this thread's session. Serving runs it
// in worker threads behind a micro-batcher (encoder-workers.ts); that is the interface a remote
// inference server (Triton/KServe) would sit behind later.

export const IMAGE_MODEL = "mobilenetv2-12-int8-features";
/** The backbone and graph recipe alone (embeddings of the same pixels match across these). */
export const IMAGE_BACKBONE_VERSION = "mobilenetv2-12-int8+features.1";
/** Identifies what produced an embedding: backbone + graph recipe + default preprocessing. */
export const IMAGE_ENCODER_VERSION = `${IMAGE_BACKBONE_VERSION}+${DEFAULT_RESIZE_MODE}${INPUT_SIZE}`;

export const NUM_CLASSES = 1000;
export const TENSOR_SIZE = 3 * INPUT_SIZE * INPUT_SIZE;
/** Largest batch sent in one run by encodeBatch (bounds memory for training over many images). */
export const MAX_DIRECT_BATCH = 32;

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

/** Direct batched encoding on this thread's own session, no micro-batcher (training, evaluation, the encoder workers). */
export async function encodeBatch(tensors: Float32Array[]): Promise<ImageEncoding[]> {
  const results: ImageEncoding[] = [];
  for (let i = 0; i < tensors.length; i += MAX_DIRECT_BATCH) {
    results.push(...(await runChunk(tensors.slice(i, i + MAX_DIRECT_BATCH))));
  }
  return results;
}
