import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Rng } from "@/server/learning/train/rng";
import { embedBag, runTextEncoder, textEncoderFromBytes, textEncoderOnnx, textInput } from "@/server/inference/text-encoder";
import { RULE_DIM } from "./rule-features";
import { HASH_BUCKETS, fnv1a, listingFields, tokeniseFields } from "./tokenise";

describe("tokenise", () => {
  it("is deterministic and gives tf weights over distinct buckets", () => {
    const a = tokeniseFields(listingFields("Glock 19 Gen 5, 9mm", "like new glock"));
    const b = tokeniseFields(listingFields("Glock 19 Gen 5, 9mm", "like new glock"));
    expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(new Set(a.ids).size).toBe(a.ids.length);
    for (const id of a.ids) expect(id).toBeLessThan(HASH_BUCKETS);
    const glock = a.ids.indexOf(fnv1a("w:", "glock") % HASH_BUCKETS);
    const gen = a.ids.indexOf(fnv1a("w:", "gen") % HASH_BUCKETS);
    expect(a.weights[glock]).toBeGreaterThan(a.weights[gen]); // twice vs once
  });

  it("undoes evasion through normalise and keeps original spans", () => {
    const title = "G.l.0.c.k 19 for sale";
    const t = tokeniseFields(listingFields(title, ""));
    const word = t.words.find((w) => w.normalised === "glock");
    expect(word).toBeDefined();
    expect(title.slice(word!.start, word!.end)).toBe("G.l.0.c.k");
    expect(t.ids).toContain(fnv1a("w:", "glock") % HASH_BUCKETS);
  });

  it("maps every bucket back to the words that produced it", () => {
    const t = tokeniseFields(listingFields("AR-15 lower", "80% lower receiver jig", ["DM 4 price"]));
    expect(t.wordStart[t.ids.length]).toBe(t.wordIndex.length);
    for (let i = 0; i < t.ids.length; i++) expect(t.wordStart[i + 1]).toBeGreaterThan(t.wordStart[i]);
    expect(t.words.some((w) => w.field === "ocr" && w.imageIndex === 0)).toBe(true);
  });

  it("normalises each field by its own size: a long description does not shrink the title", () => {
    const title = "Glock 17 gen 4";
    const boilerplate = "Collection only or I can post at buyer's cost, tracked and signed. Payment by bank transfer, no offers, smoke free home, thanks for looking.";
    const short = tokeniseFields(listingFields(title, "boxed"));
    const long = tokeniseFields(listingFields(title, boilerplate.repeat(3)));
    const weightOf = (t: ReturnType<typeof tokeniseFields>, id: number) => t.weights[t.ids.indexOf(id)];
    const glock = fnv1a("w:", "glock") % HASH_BUCKETS;
    expect(weightOf(long, glock)).toBeCloseTo(weightOf(short, glock), 6);
    // Within one field the bag is still normalised: more description words, smaller weight each.
    const boxed = fnv1a("w:", "boxed") % HASH_BUCKETS;
    const both = tokeniseFields(listingFields(title, `boxed ${boilerplate}`));
    expect(weightOf(both, boxed)).toBeLessThan(weightOf(short, boxed));
  });

  it("empty text has no features", () => {
    expect(tokeniseFields(listingFields("", "  ")).ids.length).toBe(0);
  });

  it("parity: the ONNX text encoder equals the TypeScript training forward pass on the same ids", async () => {
    const rng = new Rng(9);
    const dim = 8;
    const table = Float32Array.from({ length: HASH_BUCKETS * dim }, () => (rng.next() * 2 - 1) * 0.5);
    const bias = Float32Array.from({ length: dim }, () => rng.next() - 0.5);
    const rules = Float32Array.from({ length: RULE_DIM * dim }, () => rng.next() - 0.5);
    const wts = { buckets: HASH_BUCKETS, dim, table, rules, bias };
    const enc = await textEncoderFromBytes(textEncoderOnnx(wts, "test"));
    for (const [title, desc] of [["Remington 870 12 gauge", "pump shotgun, some wear"], ["Nerf blaster", "kids toy"], ["СКС карабин", ""]]) {
      const input = textInput(title, desc);
      expect(input.rules.some((r) => r !== 0) || title === "СКС карабин").toBe(true);
      const onnx = await runTextEncoder(enc, input);
      const ts = embedBag(wts, input.tok.ids, input.tok.weights, input.rules).emb;
      for (let d = 0; d < dim; d++) expect(onnx![d]).toBeCloseTo(ts[d], 5);
    }
  });

  it("parity on the committed text encoder: serving ONNX embedding equals the training forward pass", async () => {
    const bytes = fs.readFileSync(path.resolve(import.meta.dirname, "../../models/text-encoder.onnx"));
    const enc = await textEncoderFromBytes(bytes);
    const input = textInput("Vendo pistola Beretta 92FS 9mm", "con 2 cargadores, G.l.0.c.k también");
    const onnx = await runTextEncoder(enc, input);
    const ts = embedBag(enc.weights, input.tok.ids, input.tok.weights, input.rules).emb;
    expect(onnx).toHaveLength(ts.length);
    for (let d = 0; d < ts.length; d++) expect(onnx![d]).toBeCloseTo(ts[d], 5);
  });
});
