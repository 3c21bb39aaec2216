import { describe, expect, it } from "vitest";
import { pageCsp } from "./security-headers";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("page CSP", () => {
  it("allows this origin's scripts, the nonce and WebAssembly, and no framing", () => {
    const d = directives(pageCsp({ nonce: "abc", dev: false, localhost: false }));
    expect(d["script-src"]).toEqual(["'self'", "'nonce-abc'", "'wasm-unsafe-eval'"]);
    expect(d["frame-ancestors"]).toEqual(["'none'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
    expect(d["default-src"]).toEqual(["'self'"]);
    expect(d).toHaveProperty("upgrade-insecure-requests");
  });

  it("adds eval only for next dev, and no HTTPS upgrade on localhost", () => {
    const d = directives(pageCsp({ nonce: "n", dev: true, localhost: true }));
    expect(d["script-src"]).toContain("'unsafe-eval'");
    expect(d).not.toHaveProperty("upgrade-insecure-requests");
  });
});
