/**
 * Listing-wide code words: words that name a toy or a blank gun where the listing, read whole, sells a gun. "Juguetes 🧸 .380",
 * "Spielzeug Makarov ... Das 'Spielzeug' ist echt" (darknet and messenger shops call guns toys); "Scacciacani modificata — spara
 * VERO" (a blank gun converted to fire live rounds). analyseText() asks before any word is read, and drops the toy or replica
 * readings the code words would otherwise give.
 */
import type { FieldResult } from "./field-hits";
import { fold } from "./sentence-sale";
import { senseClass } from "./sense";

/** What sellers say of a "toy" that is a gun: real, only a toy by name, not airsoft, fires live rounds. */
const REAL_TOY = /(?<!\p{L})(?:brinquedos? de verdade|juguetes? de verdad|echt|tylko z nazwy|only in name|toy in name|de nombre|not airsoft|no es airsoft|nao e airsoft|kein airsoft|non e softair|nie asg|не страйкбол|боевыми|tire du reel|spara vero)(?!\p{L})/u;
/**
 * Whether the listing's toy words are a code for guns: "Juguetes 🧸 .380 disponibles", "Brinquedo AR-15 ... Calibre 5.56" (a toy
 * has no caliber), "Spielzeug Makarov ... Das 'Spielzeug' ist echt" (quoted or "for adults" in any field), "Zabawka tylko z nazwy 😉".
 */
export function toyCodeWord(results: FieldResult[]): boolean {
  const toy = (f: FieldResult) => f.toyCode || f.negatives.some((n) => n.category === "toy" && !n.negated) || f.cues.some((c) => c.sense === "toy:toy");
  if (!results.some(toy)) return false;
  if (results.some((f) => f.toyCode)) return true;
  if (results.some((f) => f.positives.some((h) => h.kind === "pattern" && h.rule.startsWith("caliber:")))) return true;
  return results.some((f) => REAL_TOY.test(fold(f.original)));
}
/** Toy words read as code: they no longer name a toy (a water gun's or a cap gun's own words still do). */
export function uncodeToys(f: FieldResult): void {
  for (const n of f.negatives) if (n.category === "toy") n.negated = true;
  f.cues = f.cues.filter((c) => c.sense !== "toy:toy");
}

/** Words that say a blank or alarm gun was converted ... */
const CONVERTED = /(?<!\p{L})(?:modifie|modificat|modificad|convert|umgebaut|przerobion|переделан|realese|canon change|canna sostituita|cano trocado|tappo tolto|вставка вынута|вставку вынул|reactivad|riattivat|reativad|reaktiviert|reactive)/u;
/** ... and to fire live rounds. */
const FIRES_LIVE = /(?<!\p{L})(?:tire du reel|tire a balle|spara vero|spara reale|dispara real|dispara bala|atira real|стреляет боевыми|schiesst scharf|scharfe munition|strzela ostr|na ostra|fires live|shoots live|live rounds?|live ammo)/u;
export function convertedBlank(results: FieldResult[]): boolean {
  // (most listings name no blank gun: the whole text is folded only for those that do)
  if (!results.some((f) => f.cues.some((c) => senseClass(c.sense) === "replica") || f.positives.some((h) => h.category === "replica"))) return false;
  const text = fold(results.map((f) => f.original).join("\n"));
  const live = FIRES_LIVE.exec(text);
  // "не стреляет боевыми", "non spara vero": what it cannot do
  return CONVERTED.test(text) && !!live && !/(?<!\p{L})(?:не|non|not|nie|ne|no|nao|kein|nicht|never)\s+$/u.test(text.slice(Math.max(0, live.index - 8), live.index));
}

/** A converted blank gun's own word ("scacciacani", "straszak") names a gun this much. */
const CONVERTED_GUN = 0.7;

/** Drop every replica reading of a converted blank gun's listing: its calibers and gun words are a gun's, and so is the blank gun. */
export function uncodeReplicas(f: FieldResult): void {
  f.cues = f.cues.filter((c) => senseClass(c.sense) !== "replica");
  for (const h of f.positives) {
    if (h.category !== "replica" || h.negated) continue;
    h.category = "firearm";
    h.weight = Math.max(h.weight, CONVERTED_GUN);
  }
}
