import { describe, expect, it } from "vitest";
import { analyseText } from "@/server/text/analyse-text";
import { FIREARM_LIKE } from "@/server/taxonomy";
import { BOILERPLATE, withBoilerplate } from "./boilerplate";
import type { TextItem } from "./datasets";

const item = (language: string | undefined, description: string): TextItem => ({ id: "x", title: "Glock 17", description, labels: ["firearm"], sublabel: "handgun", context: {}, language });

describe("long-text pass boilerplate", () => {
  it("follows the description in the listing's language, English when it has none", () => {
    expect(withBoilerplate(item("pl", "stan bdb")).description).toBe(`stan bdb\n\n${BOILERPLATE.pl}`);
    expect(withBoilerplate(item(undefined, "")).description).toBe(BOILERPLATE.en);
    expect(withBoilerplate(item("xx", "a")).description.endsWith(BOILERPLATE.en)).toBe(true);
    expect(withBoilerplate(item("de", "x")).title).toBe("Glock 17");
  });

  it("covers the eight languages, and no rule reads anything in it (it must only dilute)", () => {
    expect(Object.keys(BOILERPLATE).sort()).toEqual(["de", "en", "es", "fr", "it", "pl", "pt", "ru"]);
    for (const [lang, text] of Object.entries(BOILERPLATE)) {
      const r = analyseText({ title: "", description: text });
      expect({ lang, spans: r.spans.filter((s) => FIREARM_LIKE.includes(s.category as never)).map((s) => s.text) }).toEqual({ lang, spans: [] });
    }
  });
});
