import pkg from "onnx-proto";

// onnx-proto is CommonJS (protobufjs static code for the ONNX 1.10 schema).
const { onnx } = pkg;

/** Bump when the edit below changes: a new recipe rebuilds the served encoder at set-up. */
export const FEATURE_RECIPE = "features.1";

/** Names of the graph outputs of the served encoder (one run gives all three). */
export const FEATURE_OUTPUTS = {
  logits: "output",
  /** Float [N,1280,7,7]: already a DequantizeLinear output inside the int8 graph. */
  featureMap: "627",
  /** Float [N,1280,1,1]: a DequantizeLinear we add on the int8 global average pool. */
  pooled: "pooled",
} as const;

const POOLED_Q = "464_quantized";
const POOLED_SCALE = "464_scale";
const POOLED_ZERO = "464_zero_point";

type ValueInfo = pkg.onnx.IValueInfoProto;

function floatOutput(name: string, dims: Array<number | string>): pkg.onnx.ValueInfoProto {
  return onnx.ValueInfoProto.create({
    name,
    type: onnx.TypeProto.create({
      tensorType: onnx.TypeProto.Tensor.create({
        elemType: onnx.TensorProto.DataType.FLOAT,
        shape: onnx.TensorShapeProto.create({
          dim: dims.map((d) =>
            typeof d === "number"
              ? onnx.TensorShapeProto.Dimension.create({ dimValue: d })
              : onnx.TensorShapeProto.Dimension.create({ dimParam: d }),
          ),
        }),
      }),
    }),
  });
}

/**
 * Turns the ONNX Model Zoo MobileNetV2 int8 graph into the served image encoder: adds the float
 * feature map `627` and a dequantised pooled vector as graph outputs next to the logits, and makes
 * sure the batch dimension is symbolic. Pure: bytes in, bytes out.
 */
export function addFeatureOutputs(modelBytes: Uint8Array): Uint8Array {
  const model = onnx.ModelProto.decode(modelBytes);
  const graph = model.graph;
  if (!graph) throw new Error("ONNX model has no graph");
  const nodes = graph.node ?? [];
  const produced = new Set(nodes.flatMap((n) => n.output ?? []));
  const initialisers = new Set((graph.initializer ?? []).map((t) => t.name));

  for (const needed of [FEATURE_OUTPUTS.logits, FEATURE_OUTPUTS.featureMap, POOLED_Q]) {
    if (!produced.has(needed)) throw new Error(`ONNX graph has no tensor "${needed}": not the expected MobileNetV2 int8`);
  }
  for (const needed of [POOLED_SCALE, POOLED_ZERO]) {
    if (!initialisers.has(needed)) throw new Error(`ONNX graph has no initialiser "${needed}"`);
  }

  // The zoo graph already declares `batch_size`; force it anyway so a fixed-batch export works too.
  const input = graph.input?.find((i) => !initialisers.has(i.name));
  const batchDim = input?.type?.tensorType?.shape?.dim?.[0];
  if (batchDim) {
    batchDim.dimValue = null as unknown as number;
    batchDim.dimParam = "batch_size";
  }

  if (!produced.has(FEATURE_OUTPUTS.pooled)) {
    nodes.push(
      onnx.NodeProto.create({
        name: "pooled_DequantizeLinear",
        opType: "DequantizeLinear",
        domain: "",
        input: [POOLED_Q, POOLED_SCALE, POOLED_ZERO],
        output: [FEATURE_OUTPUTS.pooled],
      }),
    );
    graph.node = nodes;
  }

  const outputs = graph.output ?? [];
  const have = new Set(outputs.map((o) => o.name));
  if (!have.has(FEATURE_OUTPUTS.featureMap)) outputs.push(floatOutput(FEATURE_OUTPUTS.featureMap, ["batch_size", 1280, 7, 7]));
  if (!have.has(FEATURE_OUTPUTS.pooled)) outputs.push(floatOutput(FEATURE_OUTPUTS.pooled, ["batch_size", 1280, 1, 1]));
  graph.output = outputs;

  return onnx.ModelProto.encode(model).finish();
}

/** Graph inputs and outputs with their shapes (symbolic dims as strings), for tests and health. */
export function describeGraph(modelBytes: Uint8Array): {
  inputs: Array<{ name: string; shape: Array<number | string> }>;
  outputs: Array<{ name: string; shape: Array<number | string> }>;
} {
  const graph = onnx.ModelProto.decode(modelBytes).graph;
  const initialisers = new Set((graph?.initializer ?? []).map((t) => t.name));
  const shape = (v: ValueInfo) =>
    (v.type?.tensorType?.shape?.dim ?? []).map((d) => (d.dimParam ? d.dimParam : Number(d.dimValue)));
  return {
    inputs: (graph?.input ?? []).filter((i) => !initialisers.has(i.name)).map((i) => ({ name: i.name ?? "", shape: shape(i) })),
    outputs: (graph?.output ?? []).map((o) => ({ name: o.name ?? "", shape: shape(o) })),
  };
}
