/**
 * Text encoder: an embedding bag over the hashed features of tokenise.ts plus stage 1's rule
 * features r (rule-features.ts): embedding = [tanh(Σ_f w_f · E[id_f] + r·R + b), r]. The rule
 * features also reach the head as they are, so what the multilingual rules know (a make and
 * model, a caliber, words read as a glue gun) counts directly, not only through n-grams the
 * generator taught. Exported to ONNX as Gather → MatMul, MatMul → Add → Add → Tanh → Concat.
 * Served by onnxruntime; the same weights are read back into TypeScript for per-word attributions.
 */
import fs from "node:fs";
import * as ort from "onnxruntime-node";
import type { EvidenceSpan, TextField } from "@/server/taxonomy";
import { analyseText, type TextAnalysis } from "@/server/text/analyse-text";
import { RULE_DIM, ruleFeatures } from "@/server/text/rule-features";
import { HASH_BUCKETS, listingFields, TOKENISER_VERSION, tokeniseFields, type Tokenised } from "@/server/text/tokenise";
import { modelPath } from "./model-files";
import { decodeModel, encodeModel } from "./onnx-export";
import { getSession } from "./onnx-session";

/** Width of the learned part of the embedding: three 32-wide members side by side (server/learning/train/ensemble.ts). */
export const TEXT_DIM = 96;
/** Width of the whole embedding the head reads: the learned part, then the rule features. */
export const TEXT_EMBEDDING_DIM = TEXT_DIM + RULE_DIM;

export interface TextEncoderWeights {
  buckets: number;
  dim: number;
  /** buckets × dim, row-major. */
  table: Float32Array;
  /** RULE_DIM × dim, row-major: what each rule feature adds to the pre-activation. */
  rules: Float32Array;
  bias: Float32Array;
}

/** What the encoder reads: the hashed n-grams and the rules' reading of the same text. */
export interface TextInput {
  tok: Tokenised;
  rules: Float32Array;
}

/**
 * The encoder's input for a listing's text. Pass stage 1's analysis when it covered the same
 * fields (title and description); otherwise (OCR text, tools) the rules run here.
 */
export function textInput(title: string, description: string, ocr: string[] = [], analysis?: TextAnalysis): TextInput {
  const a = analysis && ocr.length === 0 ? analysis : analyseText({ title, description, ocr });
  return { tok: tokeniseFields(listingFields(title, description, ocr)), rules: ruleFeatures(a) };
}

export const TEXT_ENCODER_MODEL = "text-encoder";

/** Pre-activation a = Σ w_f E[id_f] + r·R + b and embedding [tanh(a), r], in float32 like onnxruntime. */
export function embedBag(wts: TextEncoderWeights, ids: ArrayLike<number>, weights: ArrayLike<number>, rules: ArrayLike<number>) {
  const { dim, table, bias } = wts;
  const pre = Float32Array.from(bias);
  for (let f = 0; f < RULE_DIM; f++) {
    const r = rules[f];
    if (r === 0) continue;
    for (let d = 0; d < dim; d++) pre[d] += r * wts.rules[f * dim + d];
  }
  for (let i = 0; i < ids.length; i++) {
    const w = weights[i];
    const row = ids[i] * dim;
    for (let d = 0; d < dim; d++) pre[d] += w * table[row + d];
  }
  return { pre, emb: withRules(pre, rules) };
}

export function textEncoderOnnx(wts: TextEncoderWeights, version: string): Uint8Array {
  return encodeModel({
    name: "sightline_text_encoder",
    nodes: [
      { op: "Gather", inputs: ["table", "ids"], outputs: ["rows"], attrs: { axis: 0 } },
      { op: "MatMul", inputs: ["weights", "rows"], outputs: ["bag"] },
      { op: "MatMul", inputs: ["rules", "rule_weights"], outputs: ["from_rules"] },
      { op: "Add", inputs: ["bag", "from_rules"], outputs: ["sum"] },
      { op: "Add", inputs: ["sum", "bias"], outputs: ["pre"] },
      { op: "Tanh", inputs: ["pre"], outputs: ["learned"] },
      { op: "Concat", inputs: ["learned", "rules"], outputs: ["embedding"], attrs: { axis: 1 } },
    ],
    initialisers: [
      { name: "table", dims: [wts.buckets, wts.dim], data: wts.table },
      { name: "rule_weights", dims: [RULE_DIM, wts.dim], data: wts.rules },
      { name: "bias", dims: [1, wts.dim], data: wts.bias },
    ],
    inputs: [
      { name: "ids", type: "int64", dims: ["L"] },
      { name: "weights", type: "float", dims: [1, "L"] },
      { name: "rules", type: "float", dims: [1, RULE_DIM] },
    ],
    outputs: [{ name: "embedding", type: "float", dims: [1, wts.dim + RULE_DIM] }],
    metadata: { version, tokeniser: TOKENISER_VERSION },
  });
}

export function readTextEncoder(bytes: Uint8Array): { weights: TextEncoderWeights; metadata: Record<string, string> } {
  const { initialisers, metadata } = decodeModel(bytes);
  const table = initialisers.get("table");
  const rules = initialisers.get("rule_weights");
  const bias = initialisers.get("bias");
  if (!table || !bias || !rules) throw new Error("text encoder ONNX lacks table/rule_weights/bias initialisers");
  if (rules.dims[0] !== RULE_DIM) throw new Error(`text encoder has ${rules.dims[0]} rule features, serving ${RULE_DIM}`);
  if (table.dims[0] !== HASH_BUCKETS) throw new Error(`text encoder has ${table.dims[0]} buckets, tokeniser ${HASH_BUCKETS}`);
  if (metadata.tokeniser && metadata.tokeniser !== TOKENISER_VERSION) {
    throw new Error(`text encoder was trained with tokeniser ${metadata.tokeniser}, serving ${TOKENISER_VERSION}`);
  }
  return { weights: { buckets: table.dims[0], dim: table.dims[1], table: table.data, rules: rules.data, bias: bias.data }, metadata };
}

export interface LoadedTextEncoder {
  session: ort.InferenceSession;
  weights: TextEncoderWeights;
  version: string;
}

/** Runs the ONNX text encoder; null when the text has no words (the text mask is then 0). */
export async function runTextEncoder(enc: LoadedTextEncoder, input: TextInput): Promise<Float32Array | null> {
  const { tok } = input;
  if (tok.ids.length === 0) return null;
  const ids = new ort.Tensor("int64", BigInt64Array.from(tok.ids, (v) => BigInt(v)), [tok.ids.length]);
  const weights = new ort.Tensor("float32", Float32Array.from(tok.weights), [1, tok.ids.length]);
  const rules = new ort.Tensor("float32", Float32Array.from(input.rules), [1, RULE_DIM]);
  const out = await enc.session.run({ ids, weights, rules });
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
 * Per-word attributions by occlusion on the bag: for each word, remove its share of every feature
 * it produced (a feature made by n distinct words loses 1/n of its weight per word), re-embed and
 * re-run the head; the word's contribution to calibrated logit y_k is y_k(full) − y_k(without it).
 * Exact for the n-gram part of the model (no first-order approximation, so saturated tanh units
 * still count). The rule features stay as they are: the rules' own hits are evidence spans already.
 * Returns, per requested category, the top `perField` positive distinct words of every field as
 * "attribution" evidence spans (every occurrence of such a word, at most 2·perField spans a field).
 */
export function textAttributions(
  wts: TextEncoderWeights,
  { tok, rules }: TextInput,
  logitsOf: (embedding: Float32Array) => ArrayLike<number>,
  categories: Array<{ k: number; category: NonNullable<EvidenceSpan["category"]> }>,
  sources: FieldSource[],
  options: { perField?: number; maxWords?: number } = {},
): EvidenceSpan[] {
  const perField = options.perField ?? 3;
  const nWords = Math.min(tok.words.length, options.maxWords ?? 400);
  if (!categories.length || !tok.ids.length) return [];
  const D = wts.dim;
  const { pre } = embedBag(wts, tok.ids, tok.weights, rules);
  const base = logitsOf(withRules(pre, rules));
  // word -> [(feature index, share)]
  const features: Array<Array<[number, number]>> = Array.from({ length: nWords }, () => []);
  for (let i = 0; i < tok.ids.length; i++) {
    const from = tok.wordStart[i];
    const to = tok.wordStart[i + 1];
    for (let j = from; j < to; j++) if (tok.wordIndex[j] < nWords) features[tok.wordIndex[j]].push([i, 1 / (to - from)]);
  }
  const contrib: Float64Array[] = categories.map(() => new Float64Array(nWords));
  const without = new Float32Array(D);
  const memo = new Map<string, ArrayLike<number>>();
  for (let w = 0; w < nWords; w++) {
    const key = tok.words[w].normalised; // same word, same features: occlude once
    let y = memo.get(key);
    if (!y) {
      without.set(pre);
      for (const [i, share] of features[w]) {
        const row = tok.ids[i] * D;
        const c = tok.weights[i] * share;
        for (let d = 0; d < D; d++) without[d] -= c * wts.table[row + d];
      }
      y = logitsOf(withRules(without, rules));
      memo.set(key, y);
    }
    categories.forEach(({ k }, ci) => (contrib[ci][w] = base[k] - y![k]));
  }
  const spans: EvidenceSpan[] = [];
  categories.forEach(({ category }, ci) => {
    const byField = new Map<string, number[]>();
    for (let w = 0; w < nWords; w++) {
      if (contrib[ci][w] <= 0) continue;
      const word = tok.words[w];
      const key = `${word.field}:${word.imageIndex ?? ""}`;
      byField.set(key, [...(byField.get(key) ?? []), w]);
    }
    for (const list of byField.values()) {
      list.sort((a, b) => contrib[ci][b] - contrib[ci][a]);
      const top = [...new Set(list.map((w) => tok.words[w].normalised))].slice(0, perField);
      const chosen = list.filter((w) => top.includes(tok.words[w].normalised)).slice(0, 2 * perField);
      for (const w of chosen) {
        const word = tok.words[w];
        const src = sources.find((s) => s.field === word.field && s.imageIndex === word.imageIndex);
        spans.push({
          field: word.field,
          ...(word.imageIndex !== undefined ? { imageIndex: word.imageIndex } : {}),
          start: word.start,
          end: word.end,
          text: src ? src.text.slice(word.start, word.end) : word.normalised,
          normalised: word.normalised,
          kind: "attribution",
          category,
          weight: Math.round(contrib[ci][w] * 1000) / 1000,
        });
      }
    }
  });
  return spans;
}

/** The embedding for a pre-activation: [tanh(pre), rules]. */
function withRules(pre: Float32Array, rules: ArrayLike<number>): Float32Array {
  const out = new Float32Array(pre.length + RULE_DIM);
  for (let d = 0; d < pre.length; d++) out[d] = Math.tanh(pre[d]);
  for (let f = 0; f < RULE_DIM; f++) out[pre.length + f] = rules[f];
  return out;
}
