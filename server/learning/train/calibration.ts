/**
 * Per-category Platt scaling p = sigmoid(a·z + b) on a validation fold (a is an inverse
 * temperature, b a shift), fitted by damped Newton with a backtracking line search on the
 * penalised log-loss. The pull of a towards 1 and b towards 0 (a Gaussian prior) keeps the fit
 * finite when a fold is (nearly) separable, which a small head on synthetic text often makes it.
 */
function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

function objective(z: ArrayLike<number>, y: ArrayLike<number>, a: number, b: number, lambda: number, o: (i: number) => number): number {
  let s = 0.5 * lambda * ((a - 1) ** 2 + b * b);
  for (let i = 0; i < z.length; i++) {
    const t = a * z[i] + b + o(i);
    s -= y[i] ? logSigmoid(t) : logSigmoid(-t);
  }
  return s;
}

/** `offset`: a fixed term added to each logit before the sigmoid (the head's rule evidence). */
export function fitPlatt(
  z: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { lambda?: number; iters?: number; offset?: ArrayLike<number> } = {},
): { a: number; b: number } {
  const lambda = options.lambda ?? 1;
  const off = options.offset;
  const o = off ? (i: number) => off[i] : () => 0;
  let a = 1;
  let b = 0;
  let f = objective(z, y, a, b, lambda, o);
  for (let it = 0; it < (options.iters ?? 100); it++) {
    let ga = lambda * (a - 1);
    let gb = lambda * b;
    let haa = lambda;
    let hab = 0;
    let hbb = lambda;
    for (let i = 0; i < z.length; i++) {
      const p = sigmoid(a * z[i] + b + o(i));
      const r = p - (y[i] ? 1 : 0);
      const w = p * (1 - p);
      ga += r * z[i];
      gb += r;
      haa += w * z[i] * z[i];
      hab += w * z[i];
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let next = objective(z, y, a - da, b - db, lambda, o);
    while (next > f && step > 1e-6) {
      step /= 2;
      next = objective(z, y, a - step * da, b - step * db, lambda, o);
    }
    if (next > f) break;
    a -= step * da;
    b -= step * db;
    const done = f - next < 1e-9;
    f = next;
    if (done) break;
  }
  return { a, b };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
