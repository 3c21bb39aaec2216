/**
 * Per-category Platt scaling p = sigmoid(a·z + b) fitted by Newton's method on a validation fold
 * (a is an inverse temperature, b a shift). A weak pull of a towards 1 and b towards 0 keeps the fit
 * stable for categories with few validation positives.
 */
export function fitPlatt(z: ArrayLike<number>, y: ArrayLike<number>, iters = 50): { a: number; b: number } {
  let a = 1;
  let b = 0;
  const lambda = 1e-2;
  for (let it = 0; it < iters; it++) {
    let ga = lambda * (a - 1);
    let gb = lambda * b;
    let haa = lambda;
    let hab = 0;
    let hbb = lambda;
    for (let i = 0; i < z.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * z[i] + b)));
      const r = p - (y[i] ? 1 : 0);
      const w = Math.max(p * (1 - p), 1e-9);
      ga += r * z[i];
      gb += r;
      haa += w * z[i] * z[i];
      hab += w * z[i];
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-7) break;
  }
  return { a, b };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
