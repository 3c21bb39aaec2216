/**
 * onnxruntime-web's runtime, served by this app so the occlusion tool needs no network: the ESM
 * entry (loaded at run time, not bundled, so its wasm loader is untouched) and the wasm backend
 * it loads from ort.env.wasm.wasmPaths = "/api/ort/". Read from node_modules with an allow-list.
 */
import fs from "node:fs";
import path from "node:path";

export const dynamic = "force-dynamic";

const FILES: Record<string, string> = {
  "ort.wasm.min.mjs": "text/javascript; charset=utf-8",
  "ort-wasm-simd-threaded.mjs": "text/javascript; charset=utf-8",
  "ort-wasm-simd-threaded.wasm": "application/wasm",
};

function distDir(): string {
  return path.join(process.cwd(), "node_modules", "onnxruntime-web", "dist");
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const type = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
  if (!type) return new Response("Not found", { status: 404 });
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(path.join(distDir(), file));
  } catch {
    return new Response("Not found", { status: 404 });
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": type,
      // The package version pins these bytes; a day is plenty and survives an upgrade.
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
