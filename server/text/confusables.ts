/**
 * Character tables for evasion-undoing normalisation. Pure data, no logic beyond lookups.
 *
 * Two kinds of look-alikes are kept apart on purpose:
 * - LATIN_LOOKALIKES are Latin-script oddities (small capitals, dotless i, script g ...) that no
 *   language we serve writes words with; they are mapped to plain Latin everywhere.
 * - CYRILLIC/GREEK_TO_LATIN are real letters of real alphabets. They are mapped only inside a word
 *   that mixes scripts (or, in a mostly-Latin text, a word made only of look-alikes), so genuine
 *   Russian "пистолет" stays Cyrillic for the Russian lexicon. The maps are case-sensitive because
 *   they are applied before lower-casing: Cyrillic "Н" looks like "H" while "н" is a small-cap H.
 */

export const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  // small capitals (NFKC leaves these alone)
  "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
  "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r",
  "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
  // other Latin-script look-alikes
  "ɑ": "a", "ɡ": "g", "ı": "i", "ȷ": "j", "ǀ": "l", "ɩ": "i", "ɵ": "o", "ꞵ": "b",
  // Cherokee capitals that read as Latin ("Ꮃalther", "ᏀLOCK")
  "Ꭺ": "A", "Ᏼ": "B", "Ꮯ": "C", "Ꭰ": "D", "Ꭼ": "E", "Ꮐ": "G", "Ꮋ": "H", "Ꭵ": "i", "Ꭻ": "J", "Ꮶ": "K", "Ꮮ": "L",
  "Ꮇ": "M", "Ꮻ": "O", "Ꮲ": "P", "Ꭱ": "R", "Ꮪ": "S", "Ꭲ": "T", "Ꮩ": "V", "Ꮃ": "W", "Ꮓ": "Z",
  // letters NFD does not decompose: fold them like accents
  "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
  "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th",
};

export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  "А": "A", "а": "a", "В": "B", "в": "b", "Е": "E", "е": "e", "К": "K", "к": "k", "М": "M",
  "м": "m", "Н": "H", "н": "h", "О": "O", "о": "o", "Р": "P", "р": "p", "С": "C", "с": "c",
  "Т": "T", "т": "t", "У": "Y", "у": "y", "Х": "X", "х": "x", "І": "I", "і": "i", "Ј": "J",
  "ј": "j", "Ѕ": "S", "ѕ": "s", "Ԁ": "D", "ԁ": "d", "Ү": "Y", "ү": "y", "Ԛ": "Q", "ԛ": "q",
  "Ԝ": "W", "ԝ": "w", "Һ": "H", "һ": "h", "Ӏ": "l", "ӏ": "l", "Ь": "b", "ь": "b", "г": "r",
  "п": "n", "З": "3",
};

export const GREEK_TO_LATIN: Readonly<Record<string, string>> = {
  "Α": "A", "α": "a", "Β": "B", "β": "b", "Ε": "E", "ε": "e", "Ζ": "Z", "Η": "H", "η": "n",
  "Ι": "I", "ι": "i", "Κ": "K", "κ": "k", "Μ": "M", "μ": "u", "Ν": "N", "ν": "v", "Ο": "O",
  "ο": "o", "Ρ": "P", "ρ": "p", "Τ": "T", "τ": "t", "Υ": "Y", "υ": "u", "Χ": "X", "χ": "x",
  "ϲ": "c", "γ": "y", "ω": "w",
};

/** Leetspeak digits and symbols. "1" is ambiguous (i or l): see normalise.ts. */
export const LEET: Readonly<Record<string, string>> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
};

/**
 * The fuller leetspeak sellers use ("9lock", "M49@2ynek", "8ullets"): read only by the lexicon's
 * full-leet view of a word, never written into the text the model reads, because 9, 8, 2 and 6 are
 * far more often plain digits.
 */
export const LEET_FULL: Readonly<Record<string, string>> = { ...LEET, "2": "z", "6": "g", "8": "b", "9": "g" };

/**
 * Leet characters with two readings, for words that use both in one ("p1sto1", "r1f1e": 1 as i and
 * as l; "Пн3вмати43ский": 3 as е, 4 as ч). The lexicon picks, per character, the reading that
 * keeps the word on the way to a term.
 */
export const LEET_AMBIGUOUS: Readonly<Record<"latin" | "cyrillic", Readonly<Record<string, readonly string[]>>>> = {
  latin: { "1": ["i", "l"] },
  cyrillic: { "3": ["з", "е"], "4": ["ч", "а"] },
};

/** Leetspeak inside Cyrillic words that reads one way only ("м0дератор", "о6рез", "па7роны"). */
export const LEET_CYRILLIC: Readonly<Record<string, string>> = { "0": "о", "6": "б", "7": "т", "@": "а" };
/** The two readings of 3 and 4 in a Cyrillic word ("3арядный", "п3ред"; "4ехол", "сн4ряд"). */
export const LEET_CYRILLIC_FULL: readonly [Readonly<Record<string, string>>, Readonly<Record<string, string>>] = [
  { ...LEET_CYRILLIC, "3": "з", "4": "ч" },
  { ...LEET_CYRILLIC, "3": "е", "4": "а" },
];

/**
 * Latin letters that pass for Cyrillic ones, for a Cyrillic word with a few Latin letters in it
 * ("обpeз", "Kaпcюли"): the word is Cyrillic, so these go that way.
 */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: "А", a: "а", B: "В", C: "С", c: "с", E: "Е", e: "е", H: "Н", K: "К", k: "к", M: "М", O: "О", o: "о",
  P: "Р", p: "р", T: "Т", X: "Х", x: "х", y: "у", Y: "У",
};

/** Cyrillic → Latin transliteration (a second view for makes written in Cyrillic). */
export const TRANSLIT: Readonly<Record<string, string>> = {
  "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
  "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
  "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
  "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "i", "є": "e",
};
