/**
 * Joint training of the text embedding bag and the fusion MLP, in plain TypeScript with
 * hand-written gradients. Loss: weighted binary cross-entropy per category (independent sigmoids).
 * Optimiser: Adam for the dense head, lazy (row-sparse) Adam for the embedding table, so a step
 * costs only the rows its batch touched.
 */
import { CATEGORIES } from "@/server/taxonomy";
import { IMAGE_DIM, NUM_OUT, fusionInputDim, type FusionWeights } from "@/server/inference/fusion-head";
import type { TextEncoderWeights } from "@/server/inference/text-encoder";
import { RULE_DIM } from "@/server/text/rule-features";
import { Rng } from "./rng";

export interface TrainExample {
  ids: Int32Array;
  weights: Float32Array;
  /** stage 1's rule features of the text (rule-features.ts); all zero without text */
  rules: Float32Array;
  /**
   * Train this example from the rule features alone (the n-gram bag dropped), so the model keeps
   * using what the rules know instead of leaning only on phrasing the generator taught it.
   */
  dropBag?: boolean;
  /** raw pooled image vector (1280) or null when the image is masked */
  image: Float32Array | null;
  context: Float32Array;
  /** 0/1 per category */
  labels: Uint8Array;
  /** example weight (hard negatives and rare sources weigh more) */
  weight: number;
  /** free-form tag for reporting: text | image | pair */
  kind: string;
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  batchSize: number;
  lr: number;
  hidden: number;
  textDim: number;
  buckets: number;
  imageMean: Float32Array;
  imageInvStd: Float32Array;
  /** L2 on dense weights */
  l2: number;
  /** per-category multiplier on the positive term */
  posWeight?: number[];
  log?: (line: string) => void;
}

export interface TrainedModel {
  text: TextEncoderWeights;
  head: FusionWeights;
}

class Adam {
  m: Float32Array;
  v: Float32Array;
  t = 0;
  constructor(
    readonly p: Float32Array,
    readonly lr: number,
  ) {
    this.m = new Float32Array(p.length);
    this.v = new Float32Array(p.length);
  }
  step(g: Float32Array, l2: number) {
    this.t++;
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - b1 ** this.t;
    const c2 = 1 - b2 ** this.t;
    for (let i = 0; i < this.p.length; i++) {
      const gi = g[i] + l2 * this.p[i];
      this.m[i] = b1 * this.m[i] + (1 - b1) * gi;
      this.v[i] = b2 * this.v[i] + (1 - b2) * gi * gi;
      this.p[i] -= (this.lr * (this.m[i] / c1)) / (Math.sqrt(this.v[i] / c2) + 1e-8);
    }
  }
}

function glorot(rng: Rng, n: number, fanIn: number, fanOut: number): Float32Array {
  const a = Math.sqrt(6 / (fanIn + fanOut));
  const w = new Float32Array(n);
  for (let i = 0; i < n; i++) w[i] = (rng.next() * 2 - 1) * a;
  return w;
}

export function trainFusion(examples: TrainExample[], o: TrainOptions): TrainedModel {
  const rng = new Rng(o.seed);
  const D = o.textDim;
  const H = o.hidden;
  // The head reads [tanh part (D), rule features (RULE_DIM)] as the text embedding.
  const E = D + RULE_DIM;
  const inDim = fusionInputDim(E);
  const table = new Float32Array(o.buckets * D);
  for (let i = 0; i < table.length; i++) table[i] = (rng.next() * 2 - 1) * 0.05;
  const tbias = new Float32Array(D);
  const rw = glorot(rng, RULE_DIM * D, RULE_DIM, D);
  const w1 = glorot(rng, inDim * H, 400, H);
  const b1 = new Float32Array(H).fill(0.01);
  const w2 = glorot(rng, H * NUM_OUT, H, NUM_OUT);
  const b2 = new Float32Array(NUM_OUT).fill(-2);
  const opt = [w1, b1, w2, b2, tbias, rw].map((p) => new Adam(p, o.lr));
  const grads = [w1, b1, w2, b2, tbias, rw].map((p) => new Float32Array(p.length));
  const [gw1, gb1, gw2, gb2, gtb, grw] = grads;
  // lazy Adam state for the table
  const tm = new Float32Array(table.length);
  const tv = new Float32Array(table.length);
  const rowStep = new Int32Array(o.buckets);
  const tableGrad = new Map<number, Float32Array>();
  const posW = o.posWeight ?? CATEGORIES.map(() => 1);

  const x = new Float32Array(inDim);
  const h = new Float32Array(H);
  const pre = new Float32Array(D);
  const t = new Float32Array(D);
  const dz = new Float32Array(NUM_OUT);
  const dh = new Float32Array(H);
  const order = examples.map((_, i) => i);
  const t0 = IMAGE_DIM + 1;
  const c0 = t0 + E + 1;

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let lossSum = 0;
    let weightSum = 0;
    const lr = o.lr * (epoch >= o.epochs - 2 ? 0.3 : 1);
    for (const a of opt) (a as { lr: number }).lr = lr;
    for (let start = 0; start < order.length; start += o.batchSize) {
      const batch = order.slice(start, start + o.batchSize);
      for (const g of grads) g.fill(0);
      tableGrad.clear();
      const scale = 1 / batch.length;
      for (const ei of batch) {
        const ex = examples[ei];
        // ---- forward
        x.fill(0);
        if (ex.image) {
          for (let c = 0; c < IMAGE_DIM; c++) x[c] = (ex.image[c] - o.imageMean[c]) * o.imageInvStd[c];
          x[IMAGE_DIM] = 1;
        }
        const hasText = ex.ids.length > 0;
        if (hasText) {
          pre.set(tbias);
          for (let f = 0; f < RULE_DIM; f++) {
            const r = ex.rules[f];
            if (r !== 0) for (let d = 0; d < D; d++) pre[d] += r * rw[f * D + d];
          }
          if (!ex.dropBag) {
            for (let f = 0; f < ex.ids.length; f++) {
              const w = ex.weights[f];
              const row = ex.ids[f] * D;
              for (let d = 0; d < D; d++) pre[d] += w * table[row + d];
            }
          }
          for (let d = 0; d < D; d++) {
            t[d] = Math.tanh(pre[d]);
            x[t0 + d] = t[d];
          }
          for (let f = 0; f < RULE_DIM; f++) x[t0 + D + f] = ex.rules[f];
          x[t0 + E] = 1;
        }
        x.set(ex.context, c0);
        h.set(b1);
        for (let i = 0; i < inDim; i++) {
          const xi = x[i];
          if (xi === 0) continue;
          const row = i * H;
          for (let j = 0; j < H; j++) h[j] += xi * w1[row + j];
        }
        for (let j = 0; j < H; j++) if (h[j] < 0) h[j] = 0;
        for (let k = 0; k < NUM_OUT; k++) {
          let z = b2[k];
          for (let j = 0; j < H; j++) z += h[j] * w2[j * NUM_OUT + k];
          const p = 1 / (1 + Math.exp(-z));
          const y = ex.labels[k];
          const wk = ex.weight * (y ? posW[k] : 1);
          lossSum += -wk * (y ? Math.log(Math.max(p, 1e-7)) : Math.log(Math.max(1 - p, 1e-7)));
          dz[k] = wk * (p - y) * scale;
        }
        weightSum += ex.weight;
        // ---- backward
        for (let k = 0; k < NUM_OUT; k++) gb2[k] += dz[k];
        for (let j = 0; j < H; j++) {
          let s = 0;
          for (let k = 0; k < NUM_OUT; k++) {
            gw2[j * NUM_OUT + k] += h[j] * dz[k];
            s += w2[j * NUM_OUT + k] * dz[k];
          }
          dh[j] = h[j] > 0 ? s : 0;
          gb1[j] += dh[j];
        }
        for (let i = 0; i < inDim; i++) {
          const xi = x[i];
          if (xi === 0) continue;
          const row = i * H;
          for (let j = 0; j < H; j++) gw1[row + j] += xi * dh[j];
        }
        if (hasText) {
          const da = new Float32Array(D);
          for (let d = 0; d < D; d++) {
            let s = 0;
            const row = (t0 + d) * H;
            for (let j = 0; j < H; j++) s += w1[row + j] * dh[j];
            da[d] = s * (1 - t[d] * t[d]);
            gtb[d] += da[d];
          }
          for (let f = 0; f < RULE_DIM; f++) {
            const r = ex.rules[f];
            if (r !== 0) for (let d = 0; d < D; d++) grw[f * D + d] += r * da[d];
          }
          if (!ex.dropBag) for (let f = 0; f < ex.ids.length; f++) {
            const id = ex.ids[f];
            let g = tableGrad.get(id);
            if (!g) tableGrad.set(id, (g = new Float32Array(D)));
            const w = ex.weights[f];
            for (let d = 0; d < D; d++) g[d] += w * da[d];
          }
        }
      }
      opt.forEach((a, i) => a.step(grads[i], i === 0 || i === 2 || i === 5 ? o.l2 : 0));
      // lazy Adam on touched rows only (bias correction per row step)
      for (const [id, g] of tableGrad) {
        const s = ++rowStep[id];
        const c1 = 1 - 0.9 ** s;
        const c2 = 1 - 0.999 ** s;
        const row = id * D;
        for (let d = 0; d < D; d++) {
          const q = row + d;
          tm[q] = 0.9 * tm[q] + 0.1 * g[d];
          tv[q] = 0.999 * tv[q] + 0.001 * g[d] * g[d];
          table[q] -= (lr * (tm[q] / c1)) / (Math.sqrt(tv[q] / c2) + 1e-8);
        }
      }
    }
    o.log?.(`epoch ${epoch + 1}/${o.epochs} loss ${(lossSum / weightSum).toFixed(4)}`);
  }
  return {
    text: { buckets: o.buckets, dim: D, table, rules: rw, bias: tbias },
    head: {
      textDim: E,
      hidden: H,
      inDim,
      w1,
      b1,
      w2,
      b2,
      mean: o.imageMean,
      invStd: o.imageInvStd,
      calA: new Float32Array(NUM_OUT).fill(1),
      calB: new Float32Array(NUM_OUT),
      ruleTerm: new Float32Array(E * NUM_OUT),
    },
  };
}
