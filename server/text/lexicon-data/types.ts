import type { Category } from "@/server/taxonomy";

/**
 * One lexicon term as written by a person. Terms are plain words or phrases; they go through the
 * same normalise() as listing text, so write them naturally ("Schalldämpfer", "S&W M&P").
 * A trailing "*" makes the last word a stem: "винтовк*" matches винтовка, винтовку, винтовки.
 */
export interface TermSpec {
  term: string;
  /** Stable id, "<group>:<slug>", e.g. "make:glock". */
  id: string;
  /** lexicon: evidence for a category; negative: innocent context; cue: a word that gives a nearby firearm word another sense (see sense.ts). */
  kind: "lexicon" | "negative" | "cue";
  /** For negatives and cues: the category they point to (toy, airsoft_paintball, replica) or null (tool, idiom). */
  category: Category | null;
  weight: number;
  language: string;
  /**
   * Generic words (gun, rifle, pistol) are suppressed by innocent context nearby ("gun safe ... 24
   * rifle capacity") and dropped when a longer phrase contains them ("rifle barrel" is a part).
   */
  generic?: boolean;
  /** Negatives only: "overlap" suppresses hits they overlap; "nearby" also acts on hits close by. */
  scope?: "overlap" | "nearby";
  /** Slang that is an ordinary word elsewhere ("blick" is German for "look"): only for these languages. */
  onlyIn?: string[];
  /** Cues only: the sense they give, "<class>:<what>", e.g. "tool:glue" (see SENSES in senses.ts). */
  sense?: string;
}

export interface GroupOptions {
  generic?: boolean;
  scope?: "overlap" | "nearby";
  onlyIn?: string[];
}

function slug(term: string): string {
  return term
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\*$/, "")
    .replace(/[^\p{L}\p{N}.%&]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** "make:glock" for English and language-neutral terms, "generic:es:pistola" otherwise. */
function termId(language: string, group: string, term: string): string {
  return language === "en" ? `${group}:${slug(term)}` : `${group}:${language}:${slug(term)}`;
}

/** Terms as a list of "term" or ["term", weight]. */
export type Terms = ReadonlyArray<string | readonly [string, number]>;

export function lexicon(
  language: string,
  group: string,
  category: Category,
  weight: number,
  terms: Terms,
  options: GroupOptions = {},
): TermSpec[] {
  return terms.map((t) => {
    const [term, w] = typeof t === "string" ? [t, weight] : t;
    return { term, id: termId(language, group, term), kind: "lexicon", category, weight: w, language, ...options };
  });
}

export function negative(
  language: string,
  group: string,
  category: Category | null,
  weight: number,
  terms: Terms,
  options: GroupOptions = {},
): TermSpec[] {
  return terms.map((t) => {
    const [term, w] = typeof t === "string" ? [t, weight] : t;
    return {
      term,
      id: termId(language, group, term),
      kind: "negative",
      category,
      weight: w,
      language,
      scope: options.scope ?? "overlap",
      ...(options.onlyIn ? { onlyIn: options.onlyIn } : {}),
    };
  });
}

/**
 * Sense cues: words that, attached to a firearm word, read it in another sense ("pistola de cola"
 * is a glue gun). A trailing "*" makes the word a prefix ("клеев*" matches клеевой, клеевого;
 * "heissklebe*" matches Heißklebe-). Ids are "cue:<sense>:<language>:<slug>".
 */
export function cues(language: string, sense: string, category: Category | null, weight: number, terms: Terms): TermSpec[] {
  return terms.map((t) => {
    const [term, w] = typeof t === "string" ? [t, weight] : t;
    return { term, id: `cue:${sense}:${language}:${slug(term)}`, kind: "cue", category, weight: w, language, sense };
  });
}
