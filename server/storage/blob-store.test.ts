import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileBlobStore } from "./blob-store";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "blobs-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("FileBlobStore", () => {
  it("stores and reads back bytes by their sha256, and refuses other keys", async () => {
    const store = new FileBlobStore(root);
    const bytes = Buffer.from("a photo");
    await store.put(sha(bytes), bytes);
    expect(await store.get(sha(bytes))).toEqual(bytes);
    expect(await store.get("0".repeat(64))).toBeNull();
    await expect(store.put("../etc/passwd", bytes)).rejects.toThrow(/not a sha256 key/);
  });

  it("many concurrent puts of the same photo all succeed and leave one file, no temporaries", async () => {
    const store = new FileBlobStore(root);
    const bytes = Buffer.alloc(256 * 1024, 7);
    const key = sha(bytes);
    await Promise.all(Array.from({ length: 20 }, () => store.put(key, bytes)));
    expect(await store.get(key)).toEqual(bytes);
    const dir = path.join(root, key.slice(0, 2), key.slice(2, 4));
    expect(fs.readdirSync(dir)).toEqual([key]);
  });
});
