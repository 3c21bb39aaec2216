import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileWat, wasmModuleSource } from "@/scripts/wasm-compile";

describe("pdq-kernels", () => {
  it("the committed module is what pdq-kernels.wat compiles to (npm run wasm)", async () => {
    const wat = "server/image/pdq-kernels.wat";
    const committed = readFileSync("server/image/pdq-kernels-binary.ts", "utf8");
    expect(committed).toBe(wasmModuleSource(await compileWat(wat), wat));
  });
});
