/**
 * PDQ hashes of image files already seen, keyed by the sha256 of the exact bytes. The commonest
 * re-upload of a banned photo is the same file again; it then skips decoding and hashing (several
 * ms of CPU) and goes straight to the bank lookup. Concurrent uploads of one file share one
 * computation. Bounded, least recently used first out; a failed computation is not remembered.
 */
import type { PdqResult } from "./pdq";

const MAX_ENTRIES = 20_000;
const holder = globalThis as unknown as { __sightlinePdqMemo?: Map<string, Promise<PdqResult>> };

export function memoisedPdq(sha256: string, compute: () => Promise<PdqResult>): Promise<PdqResult> {
  const memo = (holder.__sightlinePdqMemo ??= new Map());
  let pending = memo.get(sha256);
  if (pending) {
    memo.delete(sha256); // re-insert: Maps iterate oldest first
  } else {
    pending = compute();
    pending.catch(() => memo.get(sha256) === pending && memo.delete(sha256));
  }
  memo.set(sha256, pending);
  if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  return pending;
}
