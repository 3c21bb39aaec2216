/**
 * `npm run wasm`: compiles the hand-written WebAssembly text (server/image/pdq-kernels.wat) into
 * the module the server loads (pdq-kernels-binary.ts, base64, committed so serving needs no
 * compiler). `--check` exits 1 when the committed module is not what the text compiles to.
 */
import fs from "node:fs";
import { compileWat, wasmModuleSource } from "./wasm-compile";

const WAT = "server/image/pdq-kernels.wat";
const OUT = "server/image/pdq-kernels-binary.ts";

const source = wasmModuleSource(await compileWat(WAT), WAT);
if (process.argv.includes("--check")) {
  const same = fs.existsSync(OUT) && fs.readFileSync(OUT, "utf8") === source;
  console.log(same ? `${OUT} is up to date` : `${OUT} is stale: run npm run wasm`);
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(OUT, source);
console.log(`wrote ${OUT}`);
