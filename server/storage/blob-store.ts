/**
 * Content-addressed image bytes. The interface is what the rest of the system sees, so an S3
 * (or GCS) store can replace the file-system one without touching callers.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "../config";

export interface BlobStore {
  /** Idempotent: the key is the sha256 of the bytes, so writing twice is harmless. Durable once it resolves. */
  put(sha256: string, bytes: Buffer): Promise<void>;
  /** The bytes, checked against their key; null when there is no such blob; throws BlobCorruptError when they do not match. */
  get(sha256: string): Promise<Buffer | null>;
}

/** Stored bytes that no longer hash to their key (disk damage, a torn write): never served as the photo. */
export class BlobCorruptError extends Error {
  constructor(
    readonly sha256: string,
    readonly actual: string,
  ) {
    super(`blob ${sha256} is corrupt: its stored bytes hash to ${actual}; restore it from a backup (the listing's photo is lost otherwise)`);
    this.name = "BlobCorruptError";
  }
}

const sha256Of = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Flushes a folder's entries (a rename, a new subfolder) to disk. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class FileBlobStore implements BlobStore {
  /** Concurrent puts of one photo (a retried upload) share one write and one sync. */
  private readonly writing = new Map<string, Promise<void>>();

  constructor(private readonly root: string) {}

  private file(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256 key: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(sha256: string, bytes: Buffer): Promise<void> {
    const file = this.file(sha256);
    let write = this.writing.get(sha256);
    if (!write) {
      write = this.write(file, bytes).finally(() => this.writing.delete(sha256));
      this.writing.set(sha256, write);
    }
    return write;
  }

  private async write(file: string, bytes: Buffer): Promise<void> {
    // Already stored whole. A file of another size is what a crash left of an unsynced write
    // (before writes were synced): write it again.
    const existing = await fs.stat(file).catch(() => null);
    if (existing?.size === bytes.length) return;
    const dir = path.dirname(file);
    const created = await fs.mkdir(dir, { recursive: true });
    // Write, sync, then rename: a crash never leaves a half-written blob under its final name, and
    // once put resolves (and the rows naming the blob commit) the bytes are on disk. The temporary
    // name is unique, so processes storing the same photo at once each write their own and the last
    // rename wins with identical bytes.
    const tmp = `${file}.${randomUUID()}.tmp`;
    const handle = await fs.open(tmp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
    await syncFolder(dir);
    // New fan-out folders must be reachable after a crash too: sync each parent that gained one.
    if (created) {
      for (let d = dir; d !== path.dirname(path.resolve(created)); d = path.dirname(d)) await syncFolder(path.dirname(d));
    }
  }

  async get(sha256: string): Promise<Buffer | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file(sha256));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
    const actual = sha256Of(bytes);
    if (actual !== sha256) throw new BlobCorruptError(sha256, actual);
    return bytes;
  }
}

let store: BlobStore | undefined;
export function blobStore(): BlobStore {
  return (store ??= new FileBlobStore(path.join(dataDir(), "blobs")));
}
