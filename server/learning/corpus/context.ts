/** What a product builder needs: one listing's random stream, its language and its split. */
import type { Category } from "@/server/taxonomy";
import type { Language, Phrases } from "./lexicon";
import type { Rng } from "./rng";
import { pickFor, type Split } from "./split";

export class Ctx {
  constructor(
    readonly rng: Rng,
    readonly lang: Language,
    readonly split: Split,
  ) {}

  /** Pick from a list, honouring the held-out policy of split.ts. */
  pk<T>(list: readonly T[]): T {
    return pickFor(this.rng, list, this.split);
  }

  /** A phrase in this listing's language, with {n}/{x}/... filled. */
  ph(phrases: Phrases, vars: Record<string, string | number> = {}): string {
    return fill(this.pk(phrases[this.lang]), vars);
  }

  /** An English phrase regardless of language (brand-like words sellers leave untranslated). */
  en(phrases: Phrases): string {
    return this.pk(phrases.en);
  }
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** One product before it is dressed up as a listing. */
export interface Draft {
  sublabel: string;
  labels: Category[];
  /** Marketplace category the seller chose. */
  category: string;
  /** US-dollar equivalent. */
  price: number;
  /** Product name: "Glock 19 Gen 5", "Ryobi 18V brad nailer". */
  name: string;
  /** Localised noun: "pistola", "cloueur". */
  noun: string;
  /** Caliber or short spec ("9mm", "18V"); may be empty. */
  spec: string;
  /** Localised sentences about this item. */
  facts: string[];
  /** Words a seller would disguise (the evasion transforms aim here). */
  sensitive: string[];
  positive: boolean;
}
