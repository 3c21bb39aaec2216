/**
 * The word senses analyseText() found, put for the decision and for people: one line per reading
 * ("“Pistola de cola” read as a glue gun (tool)") and whether the text's firearm words were all
 * read innocently. decide() can attach the lines under the existing "negative_context" reason code
 * and, when `allCleared`, send a text-only block to review rather than block (see the report of
 * issue 14): the rules then saw gun words only in senses that are not guns.
 */
import { isFirearmLikeCategory } from "@/server/taxonomy";
import type { TextAnalysis, TextEvidenceSpan } from "./analyse-text";

/** The weight at which decide() counts a text rule as fired. */
const FIRES = 0.5;

export interface InnocentReadings {
  /** Sense spans ("sense:tool:glue"), in text order. */
  readings: TextEvidenceSpan[];
  /** "“Pistola de cola” read as a glue gun (tool)", one per reading. */
  messages: string[];
  /** Firearm words were found, and every one was read in an innocent sense or said not to be sold: no firearm-like rule fires. */
  allCleared: boolean;
}

export function innocentReadings(text: TextAnalysis): InnocentReadings {
  const readings = text.negatives.filter((n) => n.rule?.startsWith("sense:"));
  const messages = readings.map((r) => `“${r.text}” read as ${article(r.normalised)}${r.normalised}`);
  // a replica is blocked by default too: a word read as a replica is not cleared
  const fires = text.spans.some((s) => (isFirearmLikeCategory(s.category) || s.category === "replica") && s.weight >= FIRES);
  // a replica word read in an innocent sense ("neutralisé" of an inert grenade) is cleared like a firearm word, and so is a gun word
  // the text says is not sold ("keine einzige Waffe", "the rifle in the photo stays with me": negation:*)
  const cleared = text.suppressed.some(
    (s) =>
      (isFirearmLikeCategory(s.category) || s.category === "replica") &&
      (s.suppressedBy.startsWith("negation:") || (s.suppressedBy.startsWith("sense:") && !s.suppressedBy.startsWith("sense:replica"))),
  );
  return { readings, messages, allCleared: cleared && !fires };
}

function article(reading: string): string {
  if (/^(?:spent|branded|ink|cannabis|gun accessory|book|reloading)/.test(reading)) return "";
  return /^[aeiou]/i.test(reading) ? "an " : "a ";
}
