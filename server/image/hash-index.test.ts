import { describe, expect, it } from "vitest";
import { HashIndex, type HashMatch } from "./hash-index";
import { hammingDistance } from "./pdq";

/** Deterministic xorshift32, so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>>= 0);
  };
}

function randomHash(next: () => number): string {
  let hex = "";
  for (let w = 0; w < 8; w++) hex += next().toString(16).padStart(8, "0");
  return hex;
}

/** `hash` with exactly `bits` distinct bits flipped. */
function flipBits(hash: string, bits: number, next: () => number): string {
  const digits = [...hash].map((ch) => parseInt(ch, 16));
  const chosen = new Set<number>();
  while (chosen.size < bits) chosen.add(next() % 256);
  for (const b of chosen) digits[b >> 2] ^= 1 << (b & 3);
  return digits.map((d) => d.toString(16)).join("");
}

function bruteForce(entries: Map<string, string>, query: string, maxDistance: number): HashMatch[] {
  const out: HashMatch[] = [];
  for (const [id, hash] of entries) {
    const distance = hammingDistance(query, hash);
    if (distance <= maxDistance) out.push({ id, distance });
  }
  return out.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe("HashIndex", () => {
  it("returns exactly what brute force returns, with planted neighbours at distances 0..40", () => {
    const next = rng(42);
    const index = new HashIndex(16); // small start: exercises growth
    const entries = new Map<string, string>();
    for (let i = 0; i < 5000; i++) {
      const hash = randomHash(next);
      entries.set(`bg${i}`, hash);
      index.add(`bg${i}`, hash);
    }
    const queries: string[] = [];
    for (let q = 0; q < 40; q++) {
      const query = randomHash(next);
      queries.push(query);
      for (let d = 0; d <= 40; d++) {
        const id = `q${q}d${d}`;
        const hash = flipBits(query, d, next);
        entries.set(id, hash);
        index.add(id, hash);
      }
    }
    expect(index.size).toBe(entries.size);
    for (const query of queries) {
      for (const maxDistance of [0, 10, 15, 16, 31, 32, 40, 47, 48, 70]) {
        expect(index.query(query, maxDistance), `radius ${maxDistance}`).toEqual(
          bruteForce(entries, query, maxDistance),
        );
      }
      // The default radius is 31: the planted 0..31 and nothing at 32..40.
      const hits = index.query(query).filter((m) => m.id.startsWith("q"));
      expect(hits.map((m) => m.distance)).toEqual(Array.from({ length: 32 }, (_, d) => d));
    }
  });

  it("removes, replaces and reuses slots", () => {
    const next = rng(7);
    const index = new HashIndex();
    const base = randomHash(next);
    const near = flipBits(base, 5, next);
    index.add("a", base);
    index.add("b", near);
    index.add("c", flipBits(base, 100, next));
    expect(index.query(base).map((m) => m.id)).toEqual(["a", "b"]);
    expect(index.remove("a")).toBe(true);
    expect(index.remove("a")).toBe(false);
    expect(index.has("a")).toBe(false);
    expect(index.size).toBe(2);
    expect(index.query(base)).toEqual([{ id: "b", distance: 5 }]);
    // Replacing a hash moves the entry.
    index.add("b", flipBits(base, 60, next));
    expect(index.query(base)).toEqual([]);
    // Many entries sharing buckets, removed from the middle of the chains.
    // Half are compacted before the removals (tombstones), half still in the delta.
    for (let i = 0; i < 100; i++) index.add(`n${i}`, flipBits(base, i % 20, next));
    index.compact();
    for (let i = 100; i < 200; i++) index.add(`n${i}`, flipBits(base, i % 20, next));
    for (let i = 0; i < 200; i += 3) index.remove(`n${i}`);
    const expected = Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 3 !== 0);
    const ids = () =>
      index
        .query(base, 31)
        .map((m) => m.id)
        .sort();
    expect(ids()).toEqual(expected.map((i) => `n${i}`).sort());
    index.compact();
    expect(ids()).toEqual(expected.map((i) => `n${i}`).sort());
    expect(index.size).toBe(2 + expected.length);
    index.add("a", base); // reuses a freed slot
    expect(index.get("a")).toBe(base);
    const exact = ["a", ...expected.filter((i) => i % 20 === 0).map((i) => `n${i}`)].sort();
    expect(index.query(base, 0)).toEqual(exact.map((id) => ({ id, distance: 0 })));
  });

  it("stays exact under churn across compactions", () => {
    const next = rng(99);
    const index = new HashIndex(16);
    const entries = new Map<string, string>();
    const centre = randomHash(next);
    for (let round = 0; round < 12000; round++) {
      const id = `e${next() % 3000}`;
      if (next() % 4 === 0) {
        index.remove(id);
        entries.delete(id);
      } else {
        const hash = next() % 2 ? flipBits(centre, next() % 40, next) : randomHash(next);
        index.add(id, hash);
        entries.set(id, hash);
      }
      if (round % 1000 === 999) {
        expect(index.size).toBe(entries.size);
        for (const r of [31, 40]) expect(index.query(centre, r)).toEqual(bruteForce(entries, centre, r));
      }
    }
  });

  it("rejects malformed hashes without changing the index", () => {
    const index = new HashIndex();
    index.add("x", "0".repeat(64));
    expect(() => index.add("x", "xyz")).toThrow();
    expect(index.get("x")).toBe("0".repeat(64));
    expect(() => index.query("0".repeat(63))).toThrow();
  });

  it("stays fast at a million entries (times printed, correctness asserted)", () => {
    const next = rng(2024);
    const n = 1_000_000;
    const hashes: string[] = new Array(n);
    for (let i = 0; i < n; i++) hashes[i] = randomHash(next);
    const t0 = performance.now();
    const index = new HashIndex(n);
    for (let i = 0; i < n; i++) index.add(`h${i}`, hashes[i]);
    const buildMs = performance.now() - t0;
    const t2 = performance.now();
    index.compact();
    const compactMs = performance.now() - t2;
    expect(index.size).toBe(n);

    const queries = 200;
    const planted: Array<{ query: string; id: string; distance: number }> = [];
    for (let q = 0; q < queries; q++) {
      const target = (next() % n) >>> 0;
      const distance = q % 32;
      planted.push({ query: flipBits(hashes[target], distance, next), id: `h${target}`, distance });
    }
    let found = 0;
    const t1 = performance.now();
    for (const p of planted) {
      const hits = index.query(p.query, 31);
      if (hits.some((h) => h.id === p.id && h.distance === p.distance)) found++;
    }
    const queryMs = (performance.now() - t1) / queries;
    // Random 256-bit hashes are ~128 bits apart: nothing but the planted one is within 31.
    expect(found).toBe(queries);
    const spot = index.query(planted[0].query, 31);
    expect(spot).toEqual([{ id: planted[0].id, distance: planted[0].distance }]);
    console.log(
      `HashIndex 1M: build ${(buildMs / 1000).toFixed(2)} s (${((buildMs * 1000) / n).toFixed(2)} µs/add), ` +
        `final compact ${compactMs.toFixed(0)} ms, ` +
        `query radius 31 mean ${queryMs.toFixed(3)} ms over ${queries} queries`,
    );
  });
});
