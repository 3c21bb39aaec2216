/**
 * In-memory index of 256-bit perceptual hashes (PDQ) for Hamming-radius queries, fast at a
 * million entries: multi-index hashing (Norouzi, Punjani & Fleet, "Fast Exact Search in Hamming
 * Space with Multi-Index Hashing"). The hash is cut into 16 chunks of 16 bits; by pigeonhole, a
 * hash within distance d of the query agrees with it to within floor(d / 16) bits on at least
 * one chunk. A query therefore visits, for each chunk, the buckets of every 16-bit key within
 * that many bits of the query's chunk (17 keys per chunk at d = 31: ~4,000 candidates at a
 * million random entries), and verifies each candidate with a popcount over its eight 32-bit
 * words. Results are exact, not approximate. Radii of 48 and more fall back to a linear scan.
 *
 * Layout, typed arrays only: the hash words of every entry in one array; the buckets of the bulk
 * of the entries in a compacted form (per chunk, slots sorted by key with an offset table), so a
 * bucket is one contiguous run; entries added since the last compaction in a small delta of
 * linked bucket lists. Removing a compacted entry leaves a tombstone (skipped by queries) until
 * the next compaction. Compaction (a counting sort, ~0.1-0.3 s at a million) runs when the delta
 * or the tombstones outgrow a fraction of the index: on add when they double it, on query when
 * they pass 1/16 of it. Call compact() after a bulk load so the first query does not pay for it.
 * Memory: ~100 bytes per entry plus the id string and its map entry.
 */
import { hexToWords, popcount32 } from "./pdq";

const CHUNKS = 16;
const KEYS = 1 << 16;
const WORDS = 8;
const NONE = -1;
const MIN_DELTA = 4096;

/** 16-bit masks with at most r bits set, r = 0..2 (larger radii fall back to a linear scan). */
const MASKS: Uint16Array[] = (() => {
  const byRadius: number[][] = [[0], [0], [0]];
  for (let i = 0; i < 16; i++) {
    byRadius[1].push(1 << i);
    byRadius[2].push(1 << i);
    for (let j = i + 1; j < 16; j++) byRadius[2].push((1 << i) | (1 << j));
  }
  return byRadius.map((m) => Uint16Array.from(m));
})();

export interface HashMatch {
  id: string;
  distance: number;
}

export class HashIndex {
  private capacity = 0;
  private highWater = 0; // slots [0, highWater) have been used at least once
  private words = new Uint32Array(0); // slot * 8 + w
  private ids: Array<string | undefined> = [];
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = []; // slots no structure refers to
  private readonly queryWords = new Uint32Array(WORDS);

  // Compacted buckets: postings[offsets[c * (KEYS + 1) + k] .. offsets[c * (KEYS + 1) + k + 1]).
  private compactedCount = 0; // postings per chunk (live + tombstones)
  private tombstones: number[] = []; // removed compacted slots, reusable after compaction
  private offsets = new Uint32Array(CHUNKS * (KEYS + 1));
  private postings = new Int32Array(0);

  // Delta: entries e = 0..deltaCount-1, bucket lists through deltaHeads / deltaNext.
  private readonly deltaHeads = new Int32Array(CHUNKS * KEYS).fill(NONE);
  private deltaSlot = new Int32Array(0); // entry -> slot, NONE once removed
  private deltaNext = new Int32Array(0); // entry * 16 + chunk -> next entry
  private deltaOf = new Int32Array(0); // slot -> delta entry, NONE when not in the delta
  private deltaCount = 0;

  constructor(initialCapacity = 1024) {
    this.grow(Math.max(16, initialCapacity));
    this.growDelta(MIN_DELTA);
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** The stored hash of `id` as 64 hex digits, or undefined. */
  get(id: string): string | undefined {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return undefined;
    let hex = "";
    for (let w = 0; w < WORDS; w++) hex += this.words[slot * WORDS + w].toString(16).padStart(8, "0");
    return hex;
  }

  /** Adds or replaces the hash stored under `id`. Throws on a malformed hash. */
  add(id: string, hashHex: string): void {
    hexToWords(hashHex, this.queryWords); // validate before touching the index
    if (this.slotOf.has(id)) this.remove(id);
    let slot = this.free.pop();
    if (slot === undefined) {
      if (this.highWater === this.capacity) this.grow(this.capacity * 2);
      slot = this.highWater++;
    }
    this.words.set(this.queryWords, slot * WORDS);
    this.ids[slot] = id;
    this.slotOf.set(id, slot);
    if (this.deltaCount === this.deltaSlot.length) this.growDelta(this.deltaSlot.length * 2);
    const e = this.deltaCount++;
    this.deltaSlot[e] = slot;
    this.deltaOf[slot] = e;
    for (let c = 0; c < CHUNKS; c++) {
      const h = c * KEYS + this.chunkKey(this.words, slot * WORDS, c);
      this.deltaNext[e * CHUNKS + c] = this.deltaHeads[h];
      this.deltaHeads[h] = e;
    }
    if (this.backlog() > Math.max(MIN_DELTA, this.compactedCount)) this.compact();
  }

  /** Removes `id`; returns whether it was present. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    const e = this.deltaOf[slot];
    if (e !== NONE) {
      this.unlinkDelta(e, slot);
      this.deltaOf[slot] = NONE;
      this.free.push(slot);
    } else {
      this.tombstones.push(slot); // the compacted postings still name it
    }
    return true;
  }

  /** Every stored hash within `maxDistance` bits of the query, nearest first (ties by id). */
  query(hashHex: string, maxDistance = 31): HashMatch[] {
    const q = hexToWords(hashHex, this.queryWords);
    if (!(maxDistance >= 0)) return [];
    const radius = Math.floor(maxDistance / CHUNKS);
    const out: HashMatch[] = [];
    if (radius >= MASKS.length) {
      this.scan(q, maxDistance, out);
    } else {
      if (this.backlog() > Math.max(MIN_DELTA, this.compactedCount >>> 4)) this.compact();
      const masks = MASKS[radius];
      const { offsets, postings, deltaHeads, deltaNext, deltaSlot, words, ids } = this;
      let found: Set<number> | null = null;
      for (let c = 0; c < CHUNKS; c++) {
        const key = this.chunkKey(q, 0, c);
        const obase = c * (KEYS + 1);
        for (let m = 0; m < masks.length; m++) {
          const k = key ^ masks[m];
          const end = offsets[obase + k + 1];
          for (let i = offsets[obase + k]; i < end; i++) {
            const slot = postings[i];
            const d = distanceAt(words, slot * WORDS, q, maxDistance);
            if (d > maxDistance || ids[slot] === undefined) continue;
            // A match close on several chunks is met once per such chunk: report it once.
            found ??= new Set();
            if (found.has(slot)) continue;
            found.add(slot);
            out.push({ id: ids[slot]!, distance: d });
          }
          for (let e = deltaHeads[c * KEYS + k]; e !== NONE; e = deltaNext[e * CHUNKS + c]) {
            const slot = deltaSlot[e];
            const d = distanceAt(words, slot * WORDS, q, maxDistance);
            if (d > maxDistance) continue;
            found ??= new Set();
            if (found.has(slot)) continue;
            found.add(slot);
            out.push({ id: ids[slot]!, distance: d });
          }
        }
      }
    }
    return out.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * Rebuilds the compacted buckets from every live entry, empties the delta and frees the slots
   * of removed entries. Cheap to call when there is nothing to do.
   */
  compact(): void {
    if (this.deltaCount === 0 && this.tombstones.length === 0) return;
    const live = this.slotOf.size;
    const postings = this.postings.length >= live * CHUNKS ? this.postings : new Int32Array(live * CHUNKS);
    const offsets = this.offsets;
    offsets.fill(0);
    const { words, ids } = this;
    for (let c = 0; c < CHUNKS; c++) {
      const obase = c * (KEYS + 1);
      const half = c & 1;
      const w = c >> 1;
      for (let slot = 0; slot < this.highWater; slot++) {
        if (ids[slot] === undefined) continue;
        const v = words[slot * WORDS + w];
        offsets[obase + (half ? v & 0xffff : v >>> 16) + 1]++;
      }
      let run = c * live;
      for (let k = 0; k <= KEYS; k++) {
        const n = offsets[obase + k];
        offsets[obase + k] = run;
        run += n;
      }
      // offsets[k] is now the start of bucket k - 1's successor; fill bucket k at offsets[k + 1]
      // (the classic shifted counting sort), which leaves offsets[k] as bucket k's start.
      for (let slot = 0; slot < this.highWater; slot++) {
        if (ids[slot] === undefined) continue;
        const v = words[slot * WORDS + w];
        postings[offsets[obase + (half ? v & 0xffff : v >>> 16) + 1]++] = slot;
      }
    }
    this.postings = postings;
    this.compactedCount = live;
    for (const slot of this.tombstones) this.free.push(slot);
    this.tombstones = [];
    this.deltaHeads.fill(NONE);
    this.deltaOf.fill(NONE);
    this.deltaCount = 0;
    if (this.deltaSlot.length > MIN_DELTA * 4) this.growDelta(MIN_DELTA, true);
  }

  /** Entries the compacted buckets do not describe exactly: delta entries and tombstones. */
  private backlog(): number {
    return this.deltaCount + this.tombstones.length;
  }

  private unlinkDelta(e: number, slot: number): void {
    for (let c = 0; c < CHUNKS; c++) {
      const h = c * KEYS + this.chunkKey(this.words, slot * WORDS, c);
      const after = this.deltaNext[e * CHUNKS + c];
      if (this.deltaHeads[h] === e) {
        this.deltaHeads[h] = after;
        continue;
      }
      let prev = this.deltaHeads[h];
      while (this.deltaNext[prev * CHUNKS + c] !== e) prev = this.deltaNext[prev * CHUNKS + c];
      this.deltaNext[prev * CHUNKS + c] = after;
    }
    this.deltaSlot[e] = NONE;
  }

  /** Linear scan, for radii where enumerating neighbour keys costs more than reading everything. */
  private scan(q: Uint32Array, maxDistance: number, out: HashMatch[]): void {
    for (let slot = 0; slot < this.highWater; slot++) {
      const id = this.ids[slot];
      if (id === undefined) continue;
      const d = distanceAt(this.words, slot * WORDS, q, maxDistance);
      if (d <= maxDistance) out.push({ id, distance: d });
    }
  }

  /** Chunk c = 16-bit half of word c >> 1, high half first, so chunk 0 is the first 4 hex digits. */
  private chunkKey(words: Uint32Array, offset: number, c: number): number {
    const w = words[offset + (c >> 1)];
    return c & 1 ? w & 0xffff : w >>> 16;
  }

  private grow(capacity: number): void {
    const words = new Uint32Array(capacity * WORDS);
    words.set(this.words);
    const deltaOf = new Int32Array(capacity).fill(NONE);
    deltaOf.set(this.deltaOf);
    this.words = words;
    this.deltaOf = deltaOf;
    this.capacity = capacity;
  }

  /** Resizes the delta arrays; `reset` drops their contents (only when the delta is empty). */
  private growDelta(entries: number, reset = false): void {
    const slot = new Int32Array(entries);
    const next = new Int32Array(entries * CHUNKS);
    if (!reset) {
      slot.set(this.deltaSlot);
      next.set(this.deltaNext);
    }
    this.deltaSlot = slot;
    this.deltaNext = next;
  }
}

/** Hamming distance of the 8 words at `offset` to q, stopping early once past `limit`. */
function distanceAt(words: Uint32Array, offset: number, q: Uint32Array, limit: number): number {
  let d = 0;
  for (let w = 0; w < WORDS && d <= limit; w++) d += popcount32(words[offset + w] ^ q[w]);
  return d;
}
