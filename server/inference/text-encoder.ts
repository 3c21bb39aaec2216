/**
 * Text encoder: an embedding bag over the hashed features of tokenise.ts,
 * embedding = tanh(Σ_f w_f · E[id_f] + b), exported to ONNX as Gather → MatMul → Add → Tanh.
 * Served by onnxruntime; the same weights are read back from the ONNX file into TypeScript for
 * per-feature attributions (gradient × input on the bag).
 */
import fs from "node:fs";
import * as ort from "onnxruntime-node";
import type { EvidenceSpan, TextField } from "@/server/taxonomy";
import { HASH_BUCKETS, TOKENISER_VERSION, type Tokenised } from "@/server/text/tokenise";
import { modelPath } from "./model-files";
import { decodeModel, encodeModel } from "./onnx-export";
import { getSession } from "./onnx-session";

export const TEXT_DIM = 32;

export interface TextEncoderWeights {
  buckets: number;
  dim: number;
  /** buckets × dim, row-major. */
  table: Float32Array;
  bias: Float32Array;
}

export const TEXT_ENCODER_MODEL = "text-encoder";

/** Pre-activation a = Σ w_f E[id_f] + b and embedding tanh(a), in float32 like onnxruntime. */
export function embedBag(wts: TextEncoderWeights, ids: ArrayLike<number>, weights: ArrayLike<number>) {
  const { dim, table, bias } = wts;
  const pre = Float32Array.from(bias);
  for (let i = 0; i < ids.length; i++) {
    const w = weights[i];
    const row = ids[i] * dim;
    for (let d = 0; d < dim; d++) pre[d] += w * table[row + d];
  }
  const emb = new Float32Array(dim);
  for (let d = 0; d < dim; d++) emb[d] = Math.tanh(pre[d]);
  return { pre, emb };
}

export function textEncoderOnnx(wts: TextEncoderWeights, version: string): Uint8Array {
  return encodeModel({
    name: "sightline_text_encoder",
    nodes: [
      { op: "Gather", inputs: ["table", "ids"], outputs: ["rows"], attrs: { axis: 0 } },
      { op: "MatMul", inputs: ["weights", "rows"], outputs: ["bag"] },
      { op: "Add", inputs: ["bag", "bias"], outputs: ["pre"] },
      { op: "Tanh", inputs: ["pre"], outputs: ["embedding"] },
    ],
    initialisers: [
      { name: "table", dims: [wts.buckets, wts.dim], data: wts.table },
      { name: "bias", dims: [1, wts.dim], data: wts.bias },
    ],
    inputs: [
      { name: "ids", type: "int64", dims: ["L"] },
      { name: "weights", type: "float", dims: [1, "L"] },
    ],
    outputs: [{ name: "embedding", type: "float", dims: [1, wts.dim] }],
    metadata: { version, tokeniser: TOKENISER_VERSION },
  });
}

export function readTextEncoder(bytes: Uint8Array): { weights: TextEncoderWeights; metadata: Record<string, string> } {
  const { initialisers, metadata } = decodeModel(bytes);
  const table = initialisers.get("table");
  const bias = initialisers.get("bias");
  if (!table || !bias) throw new Error("text encoder ONNX lacks table/bias initialisers");
  if (table.dims[0] !== HASH_BUCKETS) throw new Error(`text encoder has ${table.dims[0]} buckets, tokeniser ${HASH_BUCKETS}`);
  if (metadata.tokeniser && metadata.tokeniser !== TOKENISER_VERSION) {
    throw new Error(`text encoder was trained with tokeniser ${metadata.tokeniser}, serving ${TOKENISER_VERSION}`);
  }
  return { weights: { buckets: table.dims[0], dim: table.dims[1], table: table.data, bias: bias.data }, metadata };
}

export interface LoadedTextEncoder {
  session: ort.InferenceSession;
  weights: TextEncoderWeights;
  version: string;
}

/** Runs the ONNX text encoder; null when the text has no features (the text mask is then 0). */
export async function runTextEncoder(enc: LoadedTextEncoder, tok: Tokenised): Promise<Float32Array | null> {
  if (tok.ids.length === 0) return null;
  const ids = new ort.Tensor("int64", BigInt64Array.from(tok.ids, (v) => BigInt(v)), [tok.ids.length]);
  const weights = new ort.Tensor("float32", Float32Array.from(tok.weights), [1, tok.ids.length]);
  const out = await enc.session.run({ ids, weights });
  return out.embedding.data as Float32Array;
}

/** The served encoder: the shared onnxruntime session plus the same weights read into TypeScript. */
export async function loadTextEncoder(): Promise<LoadedTextEncoder> {
  const session = await getSession(TEXT_ENCODER_MODEL);
  const { weights, metadata } = readTextEncoder(fs.readFileSync(modelPath(TEXT_ENCODER_MODEL)));
  return { session, weights, version: metadata.version ?? "unknown" };
}

/** A private session over ONNX bytes (tests, training-time checks). */
export async function textEncoderFromBytes(bytes: Uint8Array): Promise<LoadedTextEncoder> {
  const { weights, metadata } = readTextEncoder(bytes);
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ["cpu"], intraOpNumThreads: 1 });
  return { session, weights, version: metadata.version ?? "unknown" };
}

export interface FieldSource {
  field: TextField;
  imageIndex?: number;
  text: string;
}

/**
 * Per-word attributions for calibrated logit y_k by gradient × input on the bag:
 * feature f contributes w_f · E[id_f] · (∂y_k/∂t ⊙ (1 − t²)) to the pre-activation's first-order
 * change; a feature's share is split evenly over the distinct words that produced it. Returns the
 * top `perField` positive words of every field as "attribution" evidence spans.
 */
export function textAttributions(
  wts: TextEncoderWeights,
  tok: Tokenised,
  emb: Float32Array,
  gradEmb: Float32Array,
  category: EvidenceSpan["category"],
  sources: FieldSource[],
  perField = 3,
): EvidenceSpan[] {
  const D = wts.dim;
  const g = new Float32Array(D);
  for (let d = 0; d < D; d++) g[d] = gradEmb[d] * (1 - emb[d] * emb[d]);
  const wordScore = new Float64Array(tok.words.length);
  for (let i = 0; i < tok.ids.length; i++) {
    const row = tok.ids[i] * D;
    let s = 0;
    for (let d = 0; d < D; d++) s += wts.table[row + d] * g[d];
    s *= tok.weights[i];
    const from = tok.wordStart[i];
    const to = tok.wordStart[i + 1];
    for (let j = from; j < to; j++) wordScore[tok.wordIndex[j]] += s / (to - from);
  }
  const byField = new Map<string, number[]>();
  tok.words.forEach((w, i) => {
    if (wordScore[i] <= 0) return;
    const key = `${w.field}:${w.imageIndex ?? ""}`;
    byField.set(key, [...(byField.get(key) ?? []), i]);
  });
  const spans: EvidenceSpan[] = [];
  for (const list of byField.values()) {
    list.sort((a, b) => wordScore[b] - wordScore[a]);
    for (const i of list.slice(0, perField)) {
      const w = tok.words[i];
      const src = sources.find((s) => s.field === w.field && s.imageIndex === w.imageIndex);
      spans.push({
        field: w.field,
        ...(w.imageIndex !== undefined ? { imageIndex: w.imageIndex } : {}),
        start: w.start,
        end: w.end,
        text: src ? src.text.slice(w.start, w.end) : w.normalised,
        normalised: w.normalised,
        kind: "attribution",
        category,
        weight: Math.round(wordScore[i] * 1000) / 1000,
      });
    }
  }
  return spans;
}
