/**
 * Ranking and calibration metrics for a binary score. Pure functions; ties are handled by
 * processing equal scores as one threshold step.
 */

export interface BinaryMetrics {
  n: number;
  positives: number;
  pr_auc: number;
  roc_auc: number;
  recall_at_p95: number;
  recall_at_fpr1: number;
  recall_at_fpr01: number;
  /** Precision at the recall_at_fpr1 threshold, re-weighted to a 1:1000 positive prior. */
  precision_at_fpr1_prior1000: number;
  /** Threshold reaching 95% precision (Infinity when never reached). */
  threshold_p95: number;
}

interface Step {
  threshold: number;
  tp: number;
  fp: number;
}

/** Cumulative (tp, fp) at every distinct threshold, highest score first. */
function steps(scores: ArrayLike<number>, labels: ArrayLike<number>): { steps: Step[]; P: number; N: number } {
  const idx = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const out: Step[] = [];
  let tp = 0;
  let fp = 0;
  let P = 0;
  for (let i = 0; i < labels.length; i++) P += labels[i] ? 1 : 0;
  for (let i = 0; i < idx.length; i++) {
    if (labels[idx[i]]) tp++;
    else fp++;
    if (i === idx.length - 1 || scores[idx[i + 1]] !== scores[idx[i]]) out.push({ threshold: scores[idx[i]], tp, fp });
  }
  return { steps: out, P, N: labels.length - P };
}

export function binaryMetrics(scores: ArrayLike<number>, labels: ArrayLike<number>): BinaryMetrics {
  const { steps: st, P, N } = steps(scores, labels);
  let ap = 0;
  let auc = 0;
  let prevTp = 0;
  let prevFp = 0;
  let rAtP95 = 0;
  let thrP95 = Infinity;
  let rAtF1 = 0;
  let rAtF01 = 0;
  let precAtF1 = 0;
  for (const s of st) {
    const precision = s.tp / (s.tp + s.fp);
    const recall = P ? s.tp / P : 0;
    if (P) ap += ((s.tp - prevTp) / P) * precision;
    if (P && N) auc += ((s.fp - prevFp) / N) * ((s.tp + prevTp) / 2 / P);
    if (precision >= 0.95 && recall >= rAtP95) {
      rAtP95 = recall;
      thrP95 = s.threshold;
    }
    const fpr = N ? s.fp / N : 0;
    if (fpr <= 0.01 && recall >= rAtF1) {
      rAtF1 = recall;
      const pi = 1 / 1001;
      precAtF1 = recall * pi + fpr * (1 - pi) > 0 ? (recall * pi) / (recall * pi + fpr * (1 - pi)) : 0;
    }
    if (fpr <= 0.001) rAtF01 = Math.max(rAtF01, recall);
    prevTp = s.tp;
    prevFp = s.fp;
  }
  return {
    n: labels.length,
    positives: P,
    pr_auc: round(ap),
    roc_auc: round(auc),
    recall_at_p95: round(rAtP95),
    recall_at_fpr1: round(rAtF1),
    recall_at_fpr01: round(rAtF01),
    precision_at_fpr1_prior1000: round(precAtF1),
    threshold_p95: thrP95,
  };
}

/** Recall at a fixed threshold (score ≥ t counts as flagged). */
export function recallAt(scores: ArrayLike<number>, labels: ArrayLike<number>, t: number): number {
  let tp = 0;
  let P = 0;
  for (let i = 0; i < labels.length; i++) {
    if (!labels[i]) continue;
    P++;
    if (scores[i] >= t) tp++;
  }
  return P ? tp / P : 0;
}

/** Expected calibration error with equal-width bins. */
export function expectedCalibrationError(probs: ArrayLike<number>, labels: ArrayLike<number>, bins = 10): number {
  const count = new Float64Array(bins);
  const conf = new Float64Array(bins);
  const acc = new Float64Array(bins);
  for (let i = 0; i < probs.length; i++) {
    const b = Math.min(bins - 1, Math.floor(probs[i] * bins));
    count[b]++;
    conf[b] += probs[i];
    acc[b] += labels[i] ? 1 : 0;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (count[b]) ece += (count[b] / probs.length) * Math.abs(conf[b] / count[b] - acc[b] / count[b]);
  return ece;
}

export function round(x: number, d = 4): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}
