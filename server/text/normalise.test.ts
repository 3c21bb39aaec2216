import { describe, expect, it } from "vitest";
import { normalise, normaliseDetailed, normaliseForModel, originalRange } from "./normalise";

describe("normalise", () => {
  it.each([
    ["G.U.N", "gun"],
    ["g u n", "gun"],
    ["g-u-n", "gun"],
    ["G.l.0.c.k", "glock"],
    ["gl0ck 19", "glock 19"],
    ["Gl\u200Bock", "glock"],
    ["Gl\u043Eck", "glock"], // Cyrillic о
    ["ɢʟᴏᴄᴋ", "glock"], // small capitals
    ["ＧＬＯＣＫ", "glock"], // fullwidth, via NFKC
    ["𝐠𝐥𝐨𝐜𝐤", "glock"], // mathematical bold, via NFKC
    ["A.R.-1.5", "ar15"],
    // a clause break ends spelled-out letters unless every letter is spelled with it
    ["M a u s e r a, z pochwa", "mausera, z pochwa"],
    ["g, u, n", "gun"],
    // leet at the start or end of a word, 8 and 9 as b and g, a final $ as s
    ["9un cleaning kit", "gun cleaning kit"],
    ["W0rn, 8ox included", "worn, box included"],
    ["Pistola de 9rapa5", "pistola de grapas"],
    ["on 7he hood, ro5c4 1/2x28", "on the hood, rosca 1/2x28"],
    ["7!ppm@nn", "tippmann"],
    ["come$ with case", "comes with case"],
    // a leet symbol already read as a letter lets the next one read too
    ["Silenc!@d0r para 9mm", "silenciador para 9mm"],
    ["p!$tola", "pistola"],
    // a count before spelled-out letters stays a number
    ["sig w 2 c l i p s", "sig w 2 clips"],
    ["9 m m", "9mm"],
    ["9㎜", "9mm"],
    ["a\u043C\u043Co", "ammo"],
    ["s1lencer", "silencer"],
    ["amm0", "ammo"],
    ["pistooool", "pistool"],
    ["pístola", "pistola"],
    ["Schalldämpfer", "schalldampfer"],
    ["broń palna", "bron palna"],
    ["  lots \n\t of   space ", "lots of space"],
    ["so\u00ADft hy\u2060phen", "soft hyphen"],
    // emoji separate words and can split one; regional-indicator and parenthesised letters spell words
    ["NEW🔥Glock", "new glock"],
    ["g🔥u🔥n", "gun"],
    ["Glock™ 19", "glock 19"],
    ["🇬🇱🇴🇨🇰", "glock"],
    ["⒢⒰⒩", "gun"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseForModel(input)).toBe(expected);
  });

  it.each(["9mm", "5.56x45", "7.62x39", "12 gauge", "1911", "ak47", "ar15", "$500", "p320", "10/22", "gen3", "4pcs", "iphone7", "1 2 3", "4door", "1owner", "5star", "9x19", "us$ 500", "8gb", "xbox1", "wow!! $$$", "glock! $500"])(
    "leaves %j as it is",
    (input) => {
      expect(normaliseForModel(input)).toBe(input);
    },
  );

  it("keeps genuine Russian Cyrillic, maps homoglyphs only in mixed-script words", () => {
    expect(normaliseForModel("пистолет Макарова")).toBe("пистолет макарова");
    expect(normaliseForModel("Selling a Glоck and сок")).toBe("selling a glock and cok");
    expect(normaliseForModel("сок и вода")).toBe("сок и вода");
  });

  it("reads a Cyrillic word disguised with Latin look-alikes or digits as Cyrillic", () => {
    expect(normaliseForModel("обpeз 16")).toBe("обрез 16");
    expect(normaliseForModel("Kaпcюли Жевело")).toBe("капсюли жевело");
    expect(normaliseForModel("саундм0дератор и о6рез")).toBe("саундмодератор и обрез");
    // a Latin word with one Cyrillic look-alike still goes to Latin; numbers in Russian text stay numbers
    expect(normaliseForModel("Glосk 19, 2 магазина")).toBe("glock 19, 2 магазина");
    expect(normaliseForModel("калибр 7.62х39")).toBe("калибр 7.62х39");
  });

  it("keeps a letter joined to its word by a leet symbol out of a spelled-out run after it", () => {
    expect(normaliseForModel("beng@1@s n  á  u  t  i  c  a")).toBe("beng@1@s nautica");
  });

  it("spells out single letters only in runs of three or more, keeping a leading 'a'", () => {
    expect(normaliseForModel("buy a g u n")).toBe("buy a gun");
    expect(normaliseForModel("a b")).toBe("a b");
  });

  it("maps every normalised range back to the original characters", () => {
    const cases: Array<[string, string, string]> = [
      ["Buy G.l.0.c.k now", "glock", "G.l.0.c.k"],
      ["x Gl\u200Bock y", "glock", "Gl\u200Bock"],
      ["my 𝐠𝐥𝐨𝐜𝐤!", "glock", "𝐠𝐥𝐨𝐜𝐤"],
      ["the pistooool.", "pistool", "pistooool"],
      ["Ｇun", "gun", "Ｇun"],
    ];
    for (const [original, needle, expected] of cases) {
      const n = normalise(original);
      const a = n.text.indexOf(needle);
      expect(a).toBeGreaterThanOrEqual(0);
      const [start, end] = originalRange(n, a, a + needle.length);
      expect(original.slice(start, end)).toBe(expected);
    }
  });

  it("has an end sentinel and one offset per normalised UTF-16 unit", () => {
    const original = "Ａ b\u200Bc";
    const n = normaliseDetailed(original);
    expect(n.offsets.length).toBe(n.text.length + 1);
    expect(n.offsets[n.text.length]).toBe(original.length);
    expect(n.raw.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) expect(n.offsets[i]).toBeLessThan(n.ends[i]);
  });
});
