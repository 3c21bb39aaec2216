/**
 * PDQ's pixel loops (luma, the Jarosz box passes) in WebAssembly: native float32 instructions
 * instead of JavaScript doubles rounded with Math.fround, and four columns per SIMD instruction
 * down the columns. pdq.test.ts prints the time per hash. Source: pdq-kernels.wat. Instantiated
 * synchronously on first use, one instance per thread; callers are synchronous, so the scratch
 * memory is never shared between two hashes.
 */
import { WASM_BASE64 } from "./pdq-kernels-binary";

interface Exports {
  memory: WebAssembly.Memory;
  lumaRow(src: number, cols: number, n: number, channels: number, dst: number): void;
  rowsPass(input: number, out: number, rows: number, cols: number, win: number): void;
  colsPass(input: number, out: number, sums: number, rows: number, cols: number, win: number): void;
}

const MAX_DIM = 512;
const PLANE = MAX_DIM * MAX_DIM * 4;
/** Byte offsets of the scratch areas: two float planes, column sums, column offsets, one source row. */
export const LAYOUT = { plane1: 0, plane2: PLANE, sums: 2 * PLANE, cols: 2 * PLANE + MAX_DIM * 4, row: 2 * PLANE + 2 * MAX_DIM * 4 } as const;

let kernels: Exports | undefined;

export function pdqKernels(): Exports {
  return (kernels ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(WASM_BASE64, "base64"))).exports as unknown as Exports);
}

/** Grows the memory so a source row of `rowBytes` fits at LAYOUT.row; views taken before are then stale. */
export function reserveRow(rowBytes: number): void {
  const { memory } = pdqKernels();
  const need = LAYOUT.row + rowBytes - memory.buffer.byteLength;
  if (need > 0) memory.grow(Math.ceil(need / 65536));
}
