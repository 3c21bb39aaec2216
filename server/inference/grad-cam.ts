/**
 * Exact Grad-CAM for the fusion head. The head sees pooled = mean over the 7×7 cells of the
 * backbone's last feature map A, so for the CALIBRATED PRE-SIGMOID LOGIT y_k (a_k·z_k + b_k):
 *   α_c = (1/hw) · ∂y_k/∂pooled_c   (∂y_k/∂A_c,ij is exactly this, for every cell)
 *   heatmap = ReLU(Σ_c α_c · A_c)
 * The gradient is back-propagated through the MLP in TypeScript (fusion-head.ts); the backbone
 * needs none. The logit is used rather than the probability so a confident score still shows
 * where the evidence is (the sigmoid's slope would flatten it towards zero).
 */
import { gradLogitWrtPooled, IMAGE_DIM, type FusionWeights } from "./fusion-head";

export interface GradCamGrid {
  w: number;
  h: number;
  /** row-major, normalised to [0,1] by the raw max, rounded to 3 decimals */
  values: number[];
  /** the raw maximum of ReLU(Σ α_c A_c), in logit units */
  max: number;
}

/** Raw heatmap ReLU(Σ_c α_c A_c) on the hw grid for one category, given the head's hidden activations. */
export function gradCamRaw(wts: FusionWeights, hidden: Float32Array, k: number, featureMap: Float32Array, hw = 49): Float32Array {
  const grad = gradLogitWrtPooled(wts, hidden, k);
  const heat = new Float32Array(hw);
  for (let c = 0; c < IMAGE_DIM; c++) {
    const alpha = grad[c] / hw;
    if (alpha === 0) continue;
    const base = c * hw;
    for (let i = 0; i < hw; i++) heat[i] += alpha * featureMap[base + i];
  }
  for (let i = 0; i < hw; i++) if (heat[i] < 0) heat[i] = 0;
  return heat;
}

export function gradCam(wts: FusionWeights, hidden: Float32Array, k: number, featureMap: Float32Array, w = 7, h = 7): GradCamGrid {
  const heat = gradCamRaw(wts, hidden, k, featureMap, w * h);
  let max = 0;
  for (const v of heat) if (v > max) max = v;
  const values = Array.from(heat, (v) => (max > 0 ? Math.round((v / max) * 1000) / 1000 : 0));
  return { w, h, values, max: Math.round(max * 1e4) / 1e4 };
}
