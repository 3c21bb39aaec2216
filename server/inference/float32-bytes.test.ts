import { describe, expect, it } from "vitest";
import { fromFloat32Bytes, toFloat32Bytes } from "./float32-bytes";

describe("float32 embedding bytes", () => {
  it("round-trips vectors exactly at float32 precision", () => {
    const a = [0.1, -2.5, 3.25];
    const b = [1e-7, 42, -0.333];
    const bytes = toFloat32Bytes([a, b]);
    expect(bytes.length).toBe(24);
    const [x, y] = fromFloat32Bytes(bytes, 3);
    expect(Array.from(x)).toEqual(Array.from(Float32Array.from(a)));
    expect(Array.from(y)).toEqual(Array.from(Float32Array.from(b)));
  });

  it("refuses bytes that are not whole vectors", () => {
    expect(() => fromFloat32Bytes(Buffer.alloc(10), 3)).toThrow(/not whole/);
  });
});
