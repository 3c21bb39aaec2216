import { createHash } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { BlobCorruptError, FileBlobStore } from "./blob-store";

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

describe("FileBlobStore durability and integrity", () => {
  it("refuses to serve bytes that no longer match their key, with a clear error", async () => {
    const store = new FileBlobStore(root);
    const bytes = Buffer.from("a photo that will rot on disk");
    const key = sha(bytes);
    await store.put(key, bytes);
    const file = path.join(root, key.slice(0, 2), key.slice(2, 4), key);
    const rotten = Buffer.from(bytes);
    rotten[3] ^= 0x20; // one flipped bit, same size
    fs.writeFileSync(file, rotten);
    const err = await store.get(key).catch((e: Error) => e);
    expect(err).toBeInstanceOf(BlobCorruptError);
    expect((err as Error).message).toBe(`blob ${key} is corrupt: its stored bytes hash to ${sha(rotten)}; restore it from a backup (the listing's photo is lost otherwise)`);
  });

  it("writes again over what a crash left of an unsynced write (a file of the wrong size)", async () => {
    const store = new FileBlobStore(root);
    const bytes = Buffer.from("a photo cut short by a power cut");
    const key = sha(bytes);
    const file = path.join(root, key.slice(0, 2), key.slice(2, 4), key);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, ""); // zero length: a rename that reached the disk before the data did
    await expect(store.get(key)).rejects.toBeInstanceOf(BlobCorruptError);
    await store.put(key, bytes);
    expect(await store.get(key)).toEqual(bytes);
  });

  it("syncs the bytes before the rename that publishes them, then the folders that changed", async () => {
    const probe = await fsp.open(__filename, "r");
    const fileHandle = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    const sync = vi.spyOn(fileHandle, "sync");
    const rename = vi.spyOn(fsp, "rename");
    try {
      const store = new FileBlobStore(fs.mkdtempSync(path.join(os.tmpdir(), "blobs-sync-")));
      const bytes = Buffer.from(`a photo in a new folder ${Date.now()}`);
      await store.put(sha(bytes), bytes);
      expect(rename).toHaveBeenCalledTimes(1);
      // One sync of the file before the rename; after it, the blob's folder and each parent that gained a folder.
      const before = sync.mock.invocationCallOrder.filter((n) => n < rename.mock.invocationCallOrder[0]);
      const after = sync.mock.invocationCallOrder.filter((n) => n > rename.mock.invocationCallOrder[0]);
      expect(before).toHaveLength(1);
      expect(after).toHaveLength(3); // ab/cd, ab, the store's root
    } finally {
      sync.mockRestore();
      rename.mockRestore();
    }
  });
});
