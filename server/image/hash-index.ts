/**
 * In-memory index of 256-bit perceptual hashes (PDQ) for Hamming-radius queries, fast at a
 * million entries: multi-index hashing (Norouzi, Punjani & Fleet, "Fast Exact Search in Hamming
 * Space with Multi-Index Hashing"). The hash is cut into 16 chunks of 16 bits; by pigeonhole, a
 * hash within distance d of the query agrees with it to within floor(d / 16) bits on at least
 * one chunk. A query therefore visits, for each chunk, the buckets of every 16-bit key within
 * that many bits of the query's chunk (17 keys per chunk at d = 31), and verifies each candidate
 * with a popcount over its eight 32-bit words. Results are exact, not approximate.
 *
 * Memory is typed arrays only: per entry 32 bytes of hash words, 64 bytes of bucket links (one
 * singly linked list per chunk and key, heads in a 16 x 65536 table) and 4 bytes of dedupe stamp,
 * plus the id string and its map entry. About 100 bytes + id per hash; ~150 MB at a million.
 */
import { hexToWords, popcount32 } from "./pdq";

const CHUNKS = 16;
const KEYS = 1 << 16;
const WORDS = 8;
const NONE = -1;

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
  private next = new Int32Array(0); // slot * 16 + chunk -> next slot in that bucket
  private stamp = new Uint32Array(0); // slot -> query epoch that last saw it
  private readonly heads = new Int32Array(CHUNKS * KEYS).fill(NONE); // chunk * 65536 + key
  private ids: Array<string | undefined> = [];
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  private epoch = 0;
  private readonly queryWords = new Uint32Array(WORDS);

  constructor(initialCapacity = 1024) {
    this.grow(Math.max(16, initialCapacity));
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
    for (let c = 0; c < CHUNKS; c++) {
      const h = c * KEYS + this.chunkKey(this.words, slot * WORDS, c);
      this.next[slot * CHUNKS + c] = this.heads[h];
      this.heads[h] = slot;
    }
  }

  /** Removes `id`; returns whether it was present. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    for (let c = 0; c < CHUNKS; c++) {
      const h = c * KEYS + this.chunkKey(this.words, slot * WORDS, c);
      const after = this.next[slot * CHUNKS + c];
      if (this.heads[h] === slot) {
        this.heads[h] = after;
        continue;
      }
      let prev = this.heads[h];
      while (this.next[prev * CHUNKS + c] !== slot) prev = this.next[prev * CHUNKS + c];
      this.next[prev * CHUNKS + c] = after;
    }
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.free.push(slot);
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
      const masks = MASKS[radius];
      const epoch = this.nextEpoch();
      const { heads, next, stamp, words, ids } = this;
      for (let c = 0; c < CHUNKS; c++) {
        const key = this.chunkKey(q, 0, c);
        const base = c * KEYS;
        for (let m = 0; m < masks.length; m++) {
          for (let slot = heads[base + (key ^ masks[m])]; slot !== NONE; slot = next[slot * CHUNKS + c]) {
            if (stamp[slot] === epoch) continue;
            stamp[slot] = epoch;
            const d = distanceAt(words, slot * WORDS, q, maxDistance);
            if (d <= maxDistance) out.push({ id: ids[slot]!, distance: d });
          }
        }
      }
    }
    return out.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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

  private nextEpoch(): number {
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }

  private grow(capacity: number): void {
    const words = new Uint32Array(capacity * WORDS);
    words.set(this.words);
    const next = new Int32Array(capacity * CHUNKS);
    next.set(this.next);
    const stamp = new Uint32Array(capacity);
    stamp.set(this.stamp);
    this.words = words;
    this.next = next;
    this.stamp = stamp;
    this.capacity = capacity;
  }
}

/** Hamming distance of the 8 words at `offset` to q, stopping early once past `limit`. */
function distanceAt(words: Uint32Array, offset: number, q: Uint32Array, limit: number): number {
  let d = 0;
  for (let w = 0; w < WORDS && d <= limit; w++) d += popcount32(words[offset + w] ^ q[w]);
  return d;
}
