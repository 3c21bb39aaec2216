/**
 * Writes and reads the small ONNX graphs Sightline trains itself (text encoder, fusion head) with
 * onnx-proto (ONNX 1.10 schema). Float weights are stored as raw little-endian initialisers, so the
 * TypeScript copy used for Grad-CAM and attributions is read back from the very same file.
 */
import pkg from "onnx-proto";

const { onnx } = pkg;

export type OnnxModel = InstanceType<typeof onnx.ModelProto>;
type Dim = number | string;

export interface Initialiser {
  name: string;
  dims: number[];
  data: Float32Array;
}

export interface GraphSpec {
  name: string;
  nodes: Array<{ op: string; inputs: string[]; outputs: string[]; attrs?: Record<string, number | number[]> }>;
  initialisers: Initialiser[];
  inputs: Array<{ name: string; type: "float" | "int64"; dims: Dim[] }>;
  outputs: Array<{ name: string; type: "float" | "int64"; dims: Dim[] }>;
  metadata?: Record<string, string>;
}

const ELEM = { float: onnx.TensorProto.DataType.FLOAT, int64: onnx.TensorProto.DataType.INT64 };

function valueInfo(v: { name: string; type: "float" | "int64"; dims: Dim[] }) {
  return onnx.ValueInfoProto.create({
    name: v.name,
    type: {
      tensorType: {
        elemType: ELEM[v.type],
        shape: { dim: v.dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) },
      },
    },
  });
}

function attribute(name: string, value: number | number[]) {
  if (Array.isArray(value)) return onnx.AttributeProto.create({ name, ints: value, type: onnx.AttributeProto.AttributeType.INTS });
  return onnx.AttributeProto.create({ name, i: value, type: onnx.AttributeProto.AttributeType.INT });
}

function floatTensor(init: Initialiser) {
  const raw = new Uint8Array(init.data.length * 4);
  const view = new DataView(raw.buffer);
  for (let i = 0; i < init.data.length; i++) view.setFloat32(i * 4, init.data[i], true);
  return onnx.TensorProto.create({ name: init.name, dims: init.dims, dataType: ELEM.float, rawData: raw });
}

/** Serialises a graph to ONNX bytes (opset 13, IR 7: what onnxruntime 1.30 runs). */
export function encodeModel(spec: GraphSpec): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: 7,
    opsetImport: [{ domain: "", version: 13 }],
    producerName: "sightline",
    producerVersion: "1",
    graph: {
      name: spec.name,
      node: spec.nodes.map((n, i) =>
        onnx.NodeProto.create({
          name: `${n.op.toLowerCase()}_${i}`,
          opType: n.op,
          input: n.inputs,
          output: n.outputs,
          attribute: Object.entries(n.attrs ?? {}).map(([k, v]) => attribute(k, v)),
        }),
      ),
      initializer: spec.initialisers.map(floatTensor),
      input: spec.inputs.map(valueInfo),
      output: spec.outputs.map(valueInfo),
    },
    metadataProps: Object.entries(spec.metadata ?? {}).map(([key, value]) => ({ key, value })),
  });
  return onnx.ModelProto.encode(model).finish();
}

/** Reads every float initialiser and the metadata of an ONNX file written by encodeModel. */
export function decodeModel(bytes: Uint8Array): { initialisers: Map<string, Initialiser>; metadata: Record<string, string> } {
  const model = onnx.ModelProto.decode(bytes);
  const initialisers = new Map<string, Initialiser>();
  for (const t of model.graph?.initializer ?? []) {
    if (t.dataType !== ELEM.float) continue;
    const dims = (t.dims ?? []).map(Number);
    let data: Float32Array;
    if (t.rawData && t.rawData.length > 0) {
      data = new Float32Array(t.rawData.length / 4);
      const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
      for (let i = 0; i < data.length; i++) data[i] = view.getFloat32(i * 4, true);
    } else {
      data = Float32Array.from(t.floatData ?? []);
    }
    initialisers.set(t.name ?? "", { name: t.name ?? "", dims, data });
  }
  const metadata: Record<string, string> = {};
  for (const p of model.metadataProps ?? []) metadata[p.key ?? ""] = p.value ?? "";
  return { initialisers, metadata };
}
