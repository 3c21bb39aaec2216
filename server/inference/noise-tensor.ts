import { TENSOR_SIZE } from "./image-encoder";

/** A deterministic pseudo-random encoder input (values in [-2, 2]): for measurement and tests. */
export function noiseTensor(seed: number): Float32Array {
  let s = seed >>> 0 || 1;
  const t = new Float32Array(TENSOR_SIZE);
  for (let i = 0; i < t.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    t[i] = (s / 0xffffffff) * 4 - 2;
  }
  return t;
}
