/**
 * A stand-in for the corpus generator (server/learning/corpus/generate.ts) while it is being
 * written: the same product builders (positives.ts, negatives.ts), dressed up minimally. Used
 * only when generate.ts cannot be imported; training says which source it used.
 */
import type { Category } from "@/server/taxonomy";
import { Ctx, fill, type Draft } from "@/server/learning/corpus/context";
import { applyEvasionToWords, EVASIONS } from "@/server/learning/corpus/evasion";
import { COND, INTRO_FRAMES, LANGUAGES, TITLE_FRAMES } from "@/server/learning/corpus/lexicon";
import * as P from "@/server/learning/corpus/positives";
import { negative, NEGATIVES } from "@/server/learning/corpus/negatives";
import { createRng } from "@/server/learning/corpus/rng";

export interface InterimListing {
  id: string;
  title: string;
  description: string;
  labels: Category[];
  sublabel: string;
  language: string;
  category: string;
  price: number;
}

const POS = [P.handgun, P.longGun, P.ammunition, P.partReceiver, P.partComponent, P.partConversion, P.suppressor, P.magazine, P.replica];
const NEG = [...Object.keys(NEGATIVES), "general", "general"];

export function interimListings(opts: { seed: number; count: number; split?: "train" | "validation" | "test"; positiveRate?: number }): InterimListing[] {
  const out: InterimListing[] = [];
  const split = opts.split ?? "train";
  for (let i = 0; i < opts.count; i++) {
    const rng = createRng(opts.seed * 1_000_003 + i);
    const lang = rng.chance(0.6) ? "en" : rng.pick(LANGUAGES);
    const c = new Ctx(rng, lang, split);
    const d: Draft = rng.chance(opts.positiveRate ?? 0.45) ? rng.pick(POS)(c) : negative(c, rng.pick(NEG));
    const vars = { name: d.name, noun: d.noun, spec: d.spec, cond: c.ph(rng.pick([COND.new, COND.like_new, COND.used])) };
    let title = fill(c.pk(TITLE_FRAMES[lang]), vars).replace(/\s+/g, " ").trim();
    let description = [fill(c.pk(INTRO_FRAMES[lang]), vars), ...d.facts].join(" ");
    if (rng.chance(0.25) && d.sensitive.length) {
      const kinds = [rng.pick(EVASIONS)];
      title = applyEvasionToWords(title, d.sensitive, kinds, rng, 0.7).text;
      description = applyEvasionToWords(description, d.sensitive, kinds, rng, 0.7).text;
    }
    out.push({ id: `interim-${opts.seed}-${i}`, title, description, labels: [...d.labels], sublabel: d.sublabel, language: lang, category: d.category || "other", price: d.price });
  }
  return out;
}
