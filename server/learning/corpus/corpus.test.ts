import { describe, expect, it } from "vitest";
import { CATEGORIES } from "@/server/taxonomy";
import { parseCsv, toCsv } from "./csv";
import { EVASIONS, applyEvasion, applyEvasionToWords, evadeWord, evasionSkeleton, type Evasion } from "./evasion";
import { NEGATIVE_SUBLABELS, POSITIVE_SUBLABELS, binaryLabel, generateListings } from "./generate";
import { LANGUAGES } from "./lexicon";
import { NEGATIVES } from "./negatives";
import { Rng, createRng, hashSeed } from "./rng";
import { available, heldOut } from "./split";
import { HANDGUNS } from "./catalog";

describe("rng", () => {
  it("is deterministic per seed and spreads values", () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xa);
    const r = new Rng(hashSeed("x"));
    const ints = Array.from({ length: 2000 }, () => r.int(1, 6));
    expect(Math.min(...ints)).toBe(1);
    expect(Math.max(...ints)).toBe(6);
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    const w = Array.from({ length: 2000 }, () => r.weighted([["a", 9], ["b", 1]] as const));
    expect(w.filter((x) => x === "a").length).toBeGreaterThan(1600);
  });
});

describe("generateListings", () => {
  const sample = generateListings({ seed: 11, count: 3000, split: "train" });

  it("is reproducible: same seed same output, different seed different output, prefix-stable", () => {
    expect(generateListings({ seed: 11, count: 200, split: "train" })).toEqual(sample.slice(0, 200));
    const other = generateListings({ seed: 12, count: 200, split: "train" });
    expect(other.map((l) => l.title)).not.toEqual(sample.slice(0, 200).map((l) => l.title));
    const test = generateListings({ seed: 11, count: 200, split: "test" });
    expect(test.map((l) => l.title)).not.toEqual(sample.slice(0, 200).map((l) => l.title));
  });

  it("keeps labels consistent with sublabels", () => {
    const positives = new Set(POSITIVE_SUBLABELS.map(([s]) => s));
    for (const l of sample) {
      expect(l.labels.every((c) => (CATEGORIES as readonly string[]).includes(c))).toBe(true);
      if (positives.has(l.sublabel)) {
        expect(binaryLabel(l.labels)).toBe("firearm");
      } else if (l.sublabel === "general") {
        expect(l.labels).toEqual([]);
      } else {
        expect(l.labels).toEqual(NEGATIVES[l.sublabel]!.labels);
      }
    }
    for (const s of ["nail_gun", "glue_gun", "holster", "gun_safe", "cleaning_kit", "knife"]) {
      const xs = sample.filter((l) => l.sublabel === s);
      expect(xs.length, s).toBeGreaterThan(0);
      expect(xs.every((l) => l.labels.length === 0), s).toBe(true);
    }
    expect(sample.filter((l) => l.sublabel === "nerf").every((l) => l.labels.join() === "toy")).toBe(true);
    expect(sample.filter((l) => l.sublabel === "airsoft").every((l) => l.labels.join() === "airsoft_paintball")).toBe(true);
    expect(sample.filter((l) => l.sublabel === "handgun").every((l) => l.labels.includes("firearm"))).toBe(true);
    expect(sample.some((l) => l.labels.length > 1)).toBe(true); // multi-label bundles exist
  });

  it("covers every language, sublabel and a sensible class balance", () => {
    const langs = new Set(sample.map((l) => l.language));
    for (const lang of LANGUAGES) expect(langs.has(lang), lang).toBe(true);
    const subs = new Set(sample.map((l) => l.sublabel));
    for (const [s] of [...POSITIVE_SUBLABELS, ...NEGATIVE_SUBLABELS]) expect(subs.has(s), s).toBe(true);
    const rate = sample.filter((l) => binaryLabel(l.labels) === "firearm").length / sample.length;
    expect(rate).toBeGreaterThan(0.35);
    expect(rate).toBeLessThan(0.45);
    expect(generateListings({ seed: 1, count: 1000, positiveRate: 0.1 }).filter((l) => binaryLabel(l.labels) === "firearm").length).toBeLessThan(150);
  });

  it("writes native vocabulary per language", () => {
    const text = (lang: string) => sample.filter((l) => l.language === lang).map((l) => `${l.title} ${l.description}`).join(" ").toLowerCase();
    expect(text("es")).toMatch(/pistola|escopeta|munición|cartuchos/);
    expect(text("de")).toMatch(/pistole|gewehr|munition|patronen|schalldämpfer/);
    expect(text("ru")).toMatch(/пистолет|ружьё|винтовка|патроны|глушитель/);
    expect(text("pl")).toMatch(/pistolet|karabin|strzelba|amunicja|naboje/);
  });

  it("applies evasion to about 30% of positives and few negatives, with valid names", () => {
    const pos = sample.filter((l) => binaryLabel(l.labels) === "firearm");
    const neg = sample.filter((l) => binaryLabel(l.labels) === "not_firearm");
    const share = (xs: typeof sample) => xs.filter((l) => l.evasion.length > 0).length / xs.length;
    expect(share(pos)).toBeGreaterThan(0.2);
    expect(share(pos)).toBeLessThan(0.4);
    expect(share(neg)).toBeLessThan(0.08);
    for (const l of sample) for (const e of l.evasion) expect(EVASIONS).toContain(e);
    expect(new Set(sample.flatMap((l) => l.evasion)).size).toBe(EVASIONS.length);
  });

  it("gives unique ids, non-empty titles and plausible prices", () => {
    expect(new Set(sample.map((l) => l.id)).size).toBe(sample.length);
    for (const l of sample) {
      expect(l.title.trim().length).toBeGreaterThan(0);
      expect(l.price).toBeGreaterThanOrEqual(0);
      expect(l.category).toMatch(/^[a-z_]+$/);
    }
    const glocks = sample.filter((l) => l.sublabel === "handgun" && l.price > 1);
    const median = glocks.map((l) => l.price).sort((a, b) => a - b)[Math.floor(glocks.length / 2)]!;
    expect(median).toBeGreaterThan(250);
    expect(median).toBeLessThan(1200);
  });
});

describe("held-out policy", () => {
  it("reserves some models for test and validation only", () => {
    const testOnly = heldOut(HANDGUNS, "test");
    expect(testOnly.length).toBeGreaterThan(0);
    expect(available(HANDGUNS, "train")).not.toContain(testOnly[0]);
    expect(available(HANDGUNS, "test")).toContain(testOnly[0]);
    expect(available(HANDGUNS, "validation")).not.toContain(testOnly[0]);
    const trainNames = generateListings({ seed: 3, count: 4000, split: "train" }).map((l) => l.title).join("\n");
    const model = testOnly.find((m) => m.model.length > 3)!;
    expect(trainNames.includes(`${model.make} ${model.model}`)).toBe(false);
  });
});

describe("evasion", () => {
  const words = ["pistol", "Glock", "shotgun", "ammunition", "Schalldämpfer", "патроны", "винтовка"];

  it.each(EVASIONS)("%s changes the word but keeps it readable", (kind) => {
    const rng = createRng(5);
    for (const w of words) {
      for (let i = 0; i < 20; i++) {
        const out = evadeWord(w, kind, rng);
        expect(out, `${kind} ${w}`).not.toBe(w);
        expect(evasionSkeleton(out), `${kind} ${w} -> ${out}`).toBe(evasionSkeleton(w));
      }
    }
  });

  it("aims at the given words only and reports what it applied", () => {
    const text = "Selling my Glock 19, comes with 3 mags. Cash only.";
    const r = applyEvasionToWords(text, ["Glock 19", "mags"], ["zero_width", "homoglyph"], createRng(1));
    expect(r.text).not.toBe(text);
    expect(r.text).toContain("Selling my ");
    expect(r.text).toContain("Cash only.");
    expect(r.applied.length).toBeGreaterThan(0);
    const undone = r.text.replace(/[\u200b-\u200d\u2060\ufeff]/g, "").replace(/[аеорсхуіјѕ]/g, (c) => ({ а: "a", е: "e", о: "o", р: "p", с: "c", х: "x", у: "y", і: "i", ј: "j", ѕ: "s" })[c]!);
    expect(undone).toBe(text);
  });

  it("applyEvasion transforms a share of words, deterministically", () => {
    const text = "Remington 870 shotgun with buckshot shells, local pickup only";
    const kinds: Evasion[] = ["leetspeak"];
    const a = applyEvasion(text, kinds, createRng(9), 0.5);
    expect(a).toBe(applyEvasion(text, kinds, createRng(9), 0.5));
    expect(a).not.toBe(text);
    expect(evasionSkeleton(a)).toBe(evasionSkeleton(text));
    expect(applyEvasion(text, [], createRng(9))).toBe(text);
  });
});

describe("csv", () => {
  it("round-trips commas, quotes, newlines and unicode", () => {
    const rows = [
      ["1", 'He said "no", then left', "line1\nline2\r\nline3", "пистолет ​ zero"],
      ["2", "", " leading space", "plain"],
    ];
    const text = toCsv(["a", "b", "c", "d"], rows);
    expect(parseCsv(text)).toEqual([["a", "b", "c", "d"], ...rows]);
  });

  it("round-trips a generated set", () => {
    const ls = generateListings({ seed: 2, count: 300, split: "test" });
    const rows = ls.map((l) => [l.id, l.title, l.description, binaryLabel(l.labels), l.sublabel, l.language]);
    const parsed = parseCsv(toCsv(["id", "title", "description", "label", "sublabel", "language"], rows));
    expect(parsed.slice(1)).toEqual(rows);
  });
});
