/**
 * Security headers. Pages get a Content-Security-Policy with a fresh nonce per request (proxy.ts;
 * Next.js puts it on its own inline scripts); everything gets the static headers from
 * next.config.ts. Pure and dependency-free: next.config.ts and proxy.ts both import it.
 */

export interface PageCspOptions {
  nonce: string;
  /** `next dev` evaluates code for its error overlay; production never does. */
  dev: boolean;
  /** Addressed as localhost over plain HTTP: no upgrade-insecure-requests. */
  localhost: boolean;
}

/**
 * What the console needs and nothing more:
 * - scripts: this origin's bundles, Next's inline scripts by nonce, and 'wasm-unsafe-eval' for
 *   onnxruntime-web compiling its WebAssembly (the occlusion tool; loaded from /api/ort);
 * - styles: the stylesheet, plus style attributes React renders ('unsafe-inline': styles cannot
 *   run code, and a nonce cannot cover attributes);
 * - images: /api/images, and data:/blob: URLs that Konva and the heatmap draw through;
 * - connections: /api/trpc, /api/models and /api/ort on this origin;
 * - no plugins, no <base> tricks, forms post only here, and no framing (clickjacking).
 */
export function pageCsp({ nonce, dev, localhost }: PageCspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(localhost ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
}

/** API answers are data, never documents: nothing in them may run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** On every response. */
export const STATIC_SECURITY_HEADERS: Array<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // frame-ancestors for browsers that predate it.
  { key: "X-Frame-Options", value: "DENY" },
];

/** Browsers honour HSTS only over HTTPS; it is left off localhost so a dev box is never pinned. */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000" };

/** Host names (Host header, port removed) that count as localhost for next.config's `missing`. */
export const LOCAL_HOSTNAME_PATTERN = String.raw`localhost|.*\.localhost|127\.0\.0\.1|\[`;
