import { describe, expect, it } from "vitest";
import { readBodyWithin } from "./read-body";

/** A body of `chunks` chunks of `size` bytes that counts how many were pulled. */
function countingBody(chunks: number, size: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(65));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

const post = (body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/trpc/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readBodyWithin", () => {
  it("returns a body within the limit whole", async () => {
    const { stream } = countingBody(4, 1000);
    const read = await readBodyWithin(post(stream), 4000);
    expect(read.ok && read.bytes.byteLength).toBe(4000);
  });

  it("refuses a declared Content-Length over the limit without reading any of the body", async () => {
    const { stream, seen } = countingBody(1_000_000, 1000);
    const read = await readBodyWithin(post(stream, { "content-length": "1000000000" }), 4000);
    expect(read.ok).toBe(false);
    expect(seen.pulled).toBeLessThanOrEqual(1); // at most what the stream queued up front
    expect(seen.cancelled).toBe(true);
  });

  it("stops reading an undeclared body as soon as it passes the limit", async () => {
    // A gigabyte, were it all read.
    const { stream, seen } = countingBody(1_000_000, 1000);
    const read = await readBodyWithin(post(stream), 4000);
    expect(read.ok).toBe(false);
    expect(seen.pulled).toBeLessThanOrEqual(6);
    expect(seen.cancelled).toBe(true);
  });

  it("reads a bodiless request as empty", async () => {
    const read = await readBodyWithin(new Request("http://localhost/", { method: "POST" }), 10);
    expect(read.ok && read.bytes.byteLength).toBe(0);
  });
});
