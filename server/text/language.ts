/**
 * A small language identifier for the eight languages the lexicon covers: script first (Cyrillic →
 * ru), then letters only one language uses, then stop words. Returns "und" when unsure, which is
 * the honest answer for a three-word title.
 */
const STOP_WORDS: Record<string, readonly string[]> = {
  en: ["the", "and", "with", "for", "of", "to", "in", "is", "this", "new", "used", "condition", "it", "on", "great", "my", "you", "are", "was", "have", "not", "from", "has"],
  es: ["el", "la", "los", "las", "de", "del", "y", "con", "para", "en", "es", "un", "una", "por", "nuevo", "nueva", "muy", "estado", "que", "se", "sin", "usado"],
  fr: ["le", "la", "les", "de", "des", "du", "et", "avec", "pour", "en", "est", "un", "une", "tres", "etat", "neuf", "que", "dans", "sur", "vends", "pas", "au"],
  de: ["der", "die", "das", "und", "mit", "fur", "ist", "ein", "eine", "zu", "von", "nicht", "neu", "sehr", "gut", "zustand", "auf", "im", "den", "dem", "verkaufe", "auch"],
  pt: ["o", "a", "os", "as", "de", "do", "da", "e", "com", "para", "em", "um", "uma", "nao", "novo", "nova", "muito", "estado", "que", "por", "usado", "sem"],
  it: ["il", "lo", "la", "gli", "le", "di", "del", "della", "e", "con", "per", "un", "una", "non", "nuovo", "nuova", "molto", "stato", "che", "in", "vendo", "usato"],
  pl: ["i", "w", "z", "na", "do", "jest", "nie", "sie", "nowy", "nowa", "stan", "bardzo", "dla", "oraz", "od", "po", "to", "jak", "ze", "dobry", "uzywany"],
  ru: [],
};
/** Marketplace verbs no other of the eight languages writes: enough alone ("Sprzedam Glocka"). */
const MARKER_WORDS: Record<string, string> = { sprzedam: "pl", kupie: "pl", zamienie: "pl", sprzedaz: "pl" };
const WORDS: Map<string, string[]> = new Map();
for (const [lang, list] of Object.entries(STOP_WORDS)) {
  for (const w of list) WORDS.set(w, [...(WORDS.get(w) ?? []), lang]);
}
/** Letters that mark one language (after lower-casing, before accents are stripped). */
const MARKERS: ReadonlyArray<[RegExp, string]> = [
  [/[ąęłńśźżć]/g, "pl"],
  [/[äöüß]/g, "de"],
  [/[ñ¿¡]/g, "es"],
  [/[ãõ]|ção|ções/g, "pt"],
  [/[èìò]|[ëêîôûœ]|ç(?!ão|ões)/g, "fr"],
];

export function detectLanguage(text: string): string {
  const lower = text.toLowerCase();
  let cyrillic = 0;
  let latin = 0;
  for (const ch of lower) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (cyrillic + latin < 3) return "und";
  if (cyrillic > latin) return "ru";
  const score: Record<string, number> = { en: 0, es: 0, fr: 0, de: 0, pt: 0, it: 0, pl: 0 };
  for (const [re, lang] of MARKERS) score[lang] += (lower.match(re)?.length ?? 0) * 2;
  const plain = lower.normalize("NFD").replace(/\p{M}/gu, "");
  for (const m of plain.matchAll(/\p{L}+/gu)) {
    const marked = MARKER_WORDS[m[0]];
    if (marked) score[marked] += 1.5;
    const langs = WORDS.get(m[0]);
    if (langs) for (const l of langs) score[l] += 1 / langs.length;
  }
  const ranked = Object.entries(score).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] < 1.5 || best[1] < second[1] * 1.3) return "und";
  return best[0];
}
