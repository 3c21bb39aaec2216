/**
 * The backbone's ImageNet classifier (its last layer) as float weights, read out of the int8 graph:
 * logits = pooled · W + b, with W[c][k] = (q[c][k] − zero_point[k]) · scale[k]. The image head reads
 * class logits recomputed this way from the mean of the feature map, so Grad-CAM stays exact for
 * what the head saw (∂logit_k/∂pooled_c = W[c][k]). Derived from the third-party model at set-up
 * (npm run models), never committed.
 */
import pkg from "onnx-proto";
import { FEATURE_CHANNELS } from "./pooling";

const { onnx } = pkg;
export const NUM_CLASSES = 1000;

export interface ClassifierWeights {
  /** FEATURE_CHANNELS × NUM_CLASSES, row-major (channel-major). */
  w: Float32Array;
  b: Float32Array;
}

type Tensor = InstanceType<typeof onnx.TensorProto>;

function values(t: Tensor): number[] {
  const raw = t.rawData && t.rawData.length ? Buffer.from(t.rawData) : null;
  switch (t.dataType) {
    case onnx.TensorProto.DataType.FLOAT:
      return raw ? Array.from(new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4)) : Array.from(t.floatData ?? []);
    case onnx.TensorProto.DataType.INT8:
      return raw ? Array.from(new Int8Array(raw.buffer, raw.byteOffset, raw.length)) : Array.from(t.int32Data ?? []);
    case onnx.TensorProto.DataType.UINT8:
      return raw ? Array.from(raw) : Array.from(t.int32Data ?? []);
    case onnx.TensorProto.DataType.INT32:
      return raw ? Array.from(new Int32Array(raw.buffer, raw.byteOffset, raw.length / 4)) : Array.from(t.int32Data ?? []);
    default:
      throw new Error(`classifier tensor ${t.name}: unsupported data type ${t.dataType}`);
  }
}

/** Dequantizes the QLinearMatMul + QLinearAdd classifier of mobilenetv2-12-int8. */
export function extractClassifier(modelBytes: Uint8Array): ClassifierWeights {
  const model = onnx.ModelProto.decode(modelBytes);
  const inits = new Map((model.graph?.initializer ?? []).map((t) => [t.name ?? "", t as Tensor]));
  const get = (name: string) => {
    const t = inits.get(name);
    if (!t) throw new Error(`the backbone has no initializer ${name}`);
    return values(t);
  };
  const q = get("classifier.1.weight_quantized");
  const scale = get("classifier.1.weight_scale");
  const zp = get("classifier.1.weight_zero_point");
  const bq = get("classifier.1.bias_quantized");
  const [bScale] = get("classifier.1.bias_scale");
  const [bZp] = get("classifier.1.bias_zero_point");
  if (q.length !== FEATURE_CHANNELS * NUM_CLASSES) throw new Error(`classifier weights have ${q.length} values`);
  const w = new Float32Array(q.length);
  for (let c = 0; c < FEATURE_CHANNELS; c++) for (let k = 0; k < NUM_CLASSES; k++) w[c * NUM_CLASSES + k] = (q[c * NUM_CLASSES + k] - zp[k]) * scale[k];
  const b = Float32Array.from(bq, (v) => (v - bZp) * bScale);
  return { w, b };
}

/** Class logits of one pooled vector. */
export function classLogits(cw: ClassifierWeights, pooled: ArrayLike<number>): Float32Array {
  const z = Float32Array.from(cw.b);
  for (let c = 0; c < FEATURE_CHANNELS; c++) {
    const x = pooled[c];
    if (x === 0) continue;
    const row = c * NUM_CLASSES;
    for (let k = 0; k < NUM_CLASSES; k++) z[k] += x * cw.w[row + k];
  }
  return z;
}
