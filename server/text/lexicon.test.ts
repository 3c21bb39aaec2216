import { describe, expect, it } from "vitest";
import { CATEGORIES } from "@/server/taxonomy";
import { detectLanguage } from "./language";
import { LEXICON, lexiconSize, matchLexicon } from "./lexicon";
import { SENSES } from "./lexicon-data/senses";
import { normaliseDetailed } from "./normalise";

const keys = (text: string) => matchLexicon(normaliseDetailed(text), { language: "en" }).map((h) => h.entry.id);
const ruKeys = (text: string) => matchLexicon(normaliseDetailed(text), { language: "ru" }).map((h) => h.entry.id);

describe("lexicon", () => {
  it("has unique, well-formed rule ids and valid categories and weights", () => {
    const ids = new Set<string>();
    for (const e of LEXICON) {
      expect(e.id).toMatch(/^[a-z-]+:/);
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.key.length).toBeGreaterThan(0);
      expect(e.weight).toBeGreaterThan(0);
      expect(e.weight).toBeLessThanOrEqual(1);
      if (e.kind === "lexicon") expect(CATEGORIES).toContain(e.category);
      else if (e.kind === "negative") expect(e.category === null || e.category === "toy" || e.category === "airsoft_paintball").toBe(true);
      else {
        expect(SENSES[e.sense!], `${e.id} has a sense the console can name`).toBeDefined();
        expect([null, "toy", "airsoft_paintball", "replica"]).toContain(e.category);
      }
    }
  });

  it("covers the eight languages", () => {
    const size = lexiconSize();
    console.log("lexicon entries per language:", JSON.stringify(size));
    for (const lang of ["en", "es", "fr", "de", "pt", "it", "ru", "pl"]) {
      expect(size[lang].lexicon).toBeGreaterThanOrEqual(25);
      expect(size[lang].negative).toBeGreaterThanOrEqual(20);
    }
  });

  it("matches whole words only", () => {
    expect(keys("gunmetal burgundy begun gunner shotgunner")).not.toContain("generic:gun");
    expect(keys("two guns")).toContain("generic:gun");
    expect(keys("a shotgun")).toContain("generic:shotgun");
  });

  it("matches terms across separators and inflections", () => {
    expect(keys("AR 15")).toContain("model:ar-15");
    expect(keys("ar15")).toContain("model:ar-15");
    expect(keys("bolt-carrier group")).toContain("part:bolt-carrier-group");
    expect(keys("Pistolen und Gewehre")).toEqual(expect.arrayContaining(["generic:de:pistole", "generic:de:gewehr"]));
    expect(keys("пистолетов")).toContain("generic:ru:пистолет");
    expect(keys("amunicji")).toContain("ammo:pl:amunicj");
  });

  it("limits slang to the languages where it is slang", () => {
    const d = normaliseDetailed("blick");
    expect(matchLexicon(d, { language: "en" }).map((h) => h.entry.id)).toContain("slang:blick");
    expect(matchLexicon(d, { language: "de" })).toEqual([]);
  });

  it("reads fuller leetspeak in its own view only: 9, 8, 2, 6 and symbols inside or after a word", () => {
    expect(keys("9lock G25")).toContain("make:glock");
    expect(keys("3$copet@ 12")).toContain("generic:es:escopeta");
    expect(keys("m!n! drac")).toContain("model:mini-drac");
    expect(keys("M49@2ynek Vis")).toContain("part:pl:magazynek");
    expect(ruKeys("о6рез")).toContain("generic:ru:обрез");
    // a word that needs both readings of an ambiguous character: 1 as i and as l, 3 as е and 4 as ч
    expect(keys("p1sto1 for sale")).toContain("generic:pistol");
    expect(keys("P1$701@ de festim")).toContain("generic:es:pistola");
    expect(ruKeys("Пн3вмати43ский")).toEqual(expect.arrayContaining([expect.stringMatching(/пневмат/)]));
    // digits that are digits: nothing new reads as a term
    for (const text of ["Samsung 4K TV 65 inch", "contact john@gmail.com", "2x 8GB RAM, 6 cores", "$500 obo!", "B2B 9to5 job"]) {
      expect(matchLexicon(normaliseDetailed(text), { language: "en" }).filter((h) => h.entry.kind === "lexicon"), text).toEqual([]);
    }
  });

  it("finds terms hidden in spelled-out letters that ran words together", () => {
    expect(keys("Auto s e a r l i g h t n i n g link AR")).toEqual(expect.arrayContaining(["part:auto-sear", "part:lightning-link"]));
    expect(keys("f r e e  s h i p p i n g, b r a n d  n e w  s o f a").filter((k) => !k.startsWith("cue:"))).toEqual([]);
    // short terms are not looked for inside a run: "begun" spelled out holds no gun
    expect(keys("b e g u n  t o d a y")).not.toContain("generic:gun");
  });

  it("declines makes and models in Polish listings only", () => {
    const pl = (text: string) => matchLexicon(normaliseDetailed(text), { language: "pl" }).map((h) => h.entry.id);
    expect(pl("sprzedam glocka 19")).toContain("make:glock");
    expect(pl("bagnet do mausera")).toContain("make:mauser");
    expect(pl("z waltherem")).toContain("make:walther");
    expect(keys("kalashnikova auto")).not.toContain("make:kalashnikov");
  });

  it("reports a term whole before the next word once, not as hidden across it", () => {
    const hits = matchLexicon(normaliseDetailed("Rolex Submariner replica AAA"), { language: "en" });
    expect(hits.filter((h) => h.entry.id === "replica:replica").map((h) => h.evasion)).toEqual([false]);
  });

  it("finds makes written in Cyrillic through transliteration", () => {
    expect(keys("беретта")).toContain("make:ru:беретт");
    expect(keys("ремингтон 870")).toContain("model:remington-870");
  });
});

describe("detectLanguage", () => {
  it.each([
    ["Selling my old bike, great condition, with the original box", "en"],
    ["Vendo bicicleta en muy buen estado, con caja original", "es"],
    ["Vends vélo en très bon état avec la boîte", "fr"],
    ["Verkaufe Fahrrad in sehr gutem Zustand mit Originalverpackung", "de"],
    ["Vendo bicicleta em muito bom estado, com caixa", "pt"],
    ["Vendo bicicletta in ottimo stato, molto bella, con scatola", "it"],
    ["Продам велосипед в хорошем состоянии", "ru"],
    ["Sprzedam rower w bardzo dobrym stanie", "pl"],
    ["Sprzedam Glocka", "pl"],
    ["Glock", "und"],
  ])("%j → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
