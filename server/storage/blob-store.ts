/**
 * Content-addressed image bytes. The interface is what the rest of the system sees, so an S3
 * (or GCS) store can replace the file-system one without touching callers.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "../config";

export interface BlobStore {
  /** Idempotent: the key is the sha256 of the bytes, so writing twice is harmless. */
  put(sha256: string, bytes: Buffer): Promise<void>;
  get(sha256: string): Promise<Buffer | null>;
}

export class FileBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private file(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256 key: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(sha256: string, bytes: Buffer): Promise<void> {
    const file = this.file(sha256);
    try {
      await fs.access(file);
      return;
    } catch {}
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a crash never leaves a half-written blob under its final name. The
    // temporary name is unique, so concurrent uploads of the same photo each write their own and
    // the last rename wins with identical bytes.
    const tmp = `${file}.${randomUUID()}.tmp`;
    await fs.writeFile(tmp, bytes, { flag: "wx" });
    await fs.rename(tmp, file);
  }

  async get(sha256: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.file(sha256));
    } catch {
      return null;
    }
  }
}

let store: BlobStore | undefined;
export function blobStore(): BlobStore {
  return (store ??= new FileBlobStore(path.join(dataDir(), "blobs")));
}
