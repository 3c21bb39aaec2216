/**
 * Seeded, reproducible generator of realistic marketplace listings for training and evaluating the
 * text model: firearms, parts, ammunition and replicas in eight languages, hard negatives (toys,
 * airsoft, tools called "guns", allowed accessories, books, films, "magnum", "shot" glasses...)
 * and ordinary goods, with evasion tricks on a share of them. Listing i of (seed, split) depends
 * only on those three values, so a larger count extends a smaller one. Held-out policy: split.ts.
 */
import type { Category } from "@/server/taxonomy";
import { Ctx, fill, type Draft } from "./context";
import { EVASIONS, applyEvasionToWords, type Evasion } from "./evasion";
import { COND, CURRENCY, INTRO_FRAMES, LANGUAGES, SELLER, TITLE_FRAMES, type Language } from "./lexicon";
import { negative } from "./negatives";
import * as pos from "./positives";
import { Rng, hashSeed } from "./rng";
import type { Split } from "./split";

export interface GeneratedListing {
  id: string;
  title: string;
  description: string;
  /** Multi-label; empty = innocent. */
  labels: Category[];
  sublabel: string;
  language: Language;
  /** Marketplace category the seller chose (sporting_goods, toys, tools, ...). */
  category: string;
  /** US-dollar equivalent (the text shows local currency); 0 or 1 when the seller hides it. */
  price: number;
  /** Names of the evasion tricks applied (see EVASIONS). */
  evasion: string[];
}

export interface GenerateOptions {
  seed: number;
  count: number;
  /** Share of listings with a blocked label (firearm, part, ammunition, replica). Default 0.4. */
  positiveRate?: number;
  split?: Split;
  /** Share of positives given evasion tricks. Default 0.3. */
  evasionRate?: number;
  /** Share of negatives given evasion tricks (on their gun-like words). Default 0.05. */
  negativeEvasionRate?: number;
}

export const POSITIVE_SUBLABELS: readonly (readonly [string, number])[] = [
  ["handgun", 28], ["long_gun", 22], ["ammunition", 14], ["part_receiver", 7], ["part_component", 7],
  ["part_conversion", 5], ["suppressor", 6], ["magazine", 5], ["replica", 6],
];

export const NEGATIVE_SUBLABELS: readonly (readonly [string, number])[] = [
  ["toy_water_gun", 6], ["nerf", 5], ["cap_gun", 2], ["toy_gun", 4], ["airsoft", 6], ["paintball", 3], ["gel_blaster", 2],
  ["nail_gun", 4], ["staple_gun", 2], ["glue_gun", 3], ["heat_gun", 2], ["caulking_gun", 2], ["grease_gun", 2],
  ["spray_gun", 2], ["massage_gun", 2], ["drill", 3], ["holster", 5], ["gun_safe", 4], ["gun_case", 3],
  ["cleaning_kit", 4], ["optic", 3], ["hunting_clothes", 3], ["militaria_book", 3], ["militaria", 2],
  ["top_gun_poster", 2], ["camera", 2], ["shot_glass", 1], ["bullet_journal", 1], ["magnum", 1], ["knife", 3],
  ["novelty", 1], ["gunmetal", 1], ["general", 12],
];

const BUILDERS: Record<string, (c: Ctx) => Draft> = {
  handgun: pos.handgun, long_gun: pos.longGun, ammunition: pos.ammunition, part_receiver: pos.partReceiver,
  part_component: pos.partComponent, part_conversion: pos.partConversion, suppressor: pos.suppressor,
  magazine: pos.magazine, replica: pos.replica,
};

const LANGUAGE_WEIGHTS: readonly (readonly [Language, number])[] = LANGUAGES.map((l) => [l, l === "en" ? 4 : 0.86] as const);

const POSITIVE_CATEGORY: readonly (readonly [string, number])[] = [
  ["sporting_goods", 70], ["collectibles", 8], ["other", 8], ["tools", 4], ["toys", 3], ["home", 3], ["electronics", 2], ["auto_parts", 2],
];

const EMOJI = ["🔥", "💯", "✅", "📦", "🔫", "👀", "💥", "⭐", "🎯", "💰"];
const JOINERS = [". ", "\n", " - ", "\n• ", ". ", ", ", " | ", ".\n\n"];

function money(lang: Language, usd: number): string {
  const { sym, rate, before } = CURRENCY[lang];
  const v = Math.round(usd * rate);
  return before ? `${sym}${v}` : `${v} ${sym}`;
}

function tidy(s: string): string {
  return s.replace(/\(\s*\)/g, "").replace(/\s+([,.!)])/g, "$1").replace(/[ \t]{2,}/g, " ").replace(/\s+-\s*$/g, "").replace(/^\s*-\s+/, "").trim();
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** Drop, swap or double a letter in a few longer words, as hurried sellers do. */
function typos(text: string, rng: Rng, rate: number): string {
  return text.replace(/\p{L}{4,}/gu, (word) => {
    if (!rng.chance(rate)) return word;
    const cs = Array.from(word);
    const i = rng.int(1, cs.length - 2);
    const op = rng.int(0, 2);
    if (op === 0) cs.splice(i, 1);
    else if (op === 1) [cs[i], cs[i + 1]] = [cs[i + 1]!, cs[i]!];
    else cs.splice(i, 0, cs[i]!);
    return cs.join("");
  });
}

function dress(c: Ctx, d: Draft): { title: string; description: string; shownPrice: number } {
  const { rng, lang } = c;
  const cond = c.ph(rng.weighted([[COND.new, 1], [COND.like_new, 2], [COND.used, 2]] as const));
  const hidePrice = rng.chance(d.positive ? 0.08 : 0.03);
  const shownPrice = hidePrice ? rng.pick([0, 1]) : d.price;
  const vars = { name: d.name, noun: d.noun, spec: d.spec, cond };

  let title = tidy(fill(c.pk(TITLE_FRAMES[lang]), vars));
  if (!hidePrice && rng.chance(0.18)) title += ` ${rng.pick(["-", "|", "·"])} ${money(lang, d.price)}`;
  if (rng.chance(0.1)) title = `${rng.pick(EMOJI)} ${title}`;
  if (rng.chance(0.08)) title = title.toUpperCase();
  else if (rng.chance(0.1)) title = title.toLowerCase();

  const parts: string[] = [];
  if (rng.chance(0.8)) parts.push(fill(c.pk(INTRO_FRAMES[lang]), vars));
  parts.push(...rng.shuffle(d.facts).slice(0, rng.int(Math.min(1, d.facts.length), d.facts.length)));
  const pools = [SELLER.cash_only, SELLER.pickup, SELLER.trades, SELLER.serious, SELLER.contact, SELLER.reason];
  for (const p of rng.pickN(pools, rng.int(0, 3))) parts.push(c.ph(p));
  if (hidePrice || rng.chance(0.08)) parts.push(c.ph(SELLER.dm_price));
  else if (rng.chance(0.3)) parts.push(money(lang, d.price));
  if (rng.chance(d.positive ? 0.12 : 0.03)) parts.push(c.ph(SELLER.discreet));
  if (rng.chance(d.positive ? 0.08 : 0.01)) parts.push(c.ph(SELLER.no_questions));
  const body = rng.shuffle(parts.slice(1));
  const ordered = parts.length > 0 && rng.chance(0.85) ? [parts[0]!, ...body] : rng.shuffle(parts);
  const joiner = rng.pick(JOINERS);
  // Frames end in "."; every joiner brings its own punctuation or line break, so drop it.
  const sentences = [...new Set(ordered.map((s) => capitalise(tidy(s)).replace(/[.]+$/, "")))].filter(Boolean);
  let description = sentences.join(joiner);
  if (joiner.startsWith("\n•")) description = `• ${description}`;
  if (rng.chance(0.04)) description = "";
  if (rng.chance(0.12)) description = description.toLowerCase();
  if (rng.chance(0.1)) description += ` ${rng.pick(EMOJI)}`;
  return { title, description, shownPrice };
}

function evade(c: Ctx, text: string, words: readonly string[], kinds: readonly Evasion[], applied: Set<Evasion>): string {
  const r = applyEvasionToWords(text, words, kinds, c.rng, 0.7);
  r.applied.forEach((k) => applied.add(k));
  return r.text;
}

/** One listing; depends only on (seed, split, index). */
export function generateListing(seed: number, index: number, opts: Omit<GenerateOptions, "seed" | "count"> = {}): GeneratedListing {
  const split = opts.split ?? "train";
  const rng = new Rng(hashSeed("sightline-corpus", seed, split, index));
  const lang = rng.weighted(LANGUAGE_WEIGHTS);
  const c = new Ctx(rng, lang, split);
  const positive = rng.chance(opts.positiveRate ?? 0.4);
  const sublabel = rng.weighted(positive ? POSITIVE_SUBLABELS : NEGATIVE_SUBLABELS);
  const draft = positive ? BUILDERS[sublabel]!(c) : negative(c, sublabel);
  if (positive) draft.category = rng.weighted(sublabel === "suppressor" && /filter/.test(draft.name) ? [["auto_parts", 3], ["tools", 1]] as const : POSITIVE_CATEGORY);
  let { title, description, shownPrice } = dress(c, draft);

  if (rng.chance(0.3)) {
    title = typos(title, rng, 0.04);
    description = typos(description, rng, 0.03);
  }
  const applied = new Set<Evasion>();
  if (draft.sensitive.length > 0 && rng.chance(positive ? (opts.evasionRate ?? 0.3) : (opts.negativeEvasionRate ?? 0.05))) {
    const kinds = rng.pickN(EVASIONS, rng.weighted([[1, 5], [2, 3], [3, 1]] as const));
    title = evade(c, title, draft.sensitive, kinds, applied);
    description = evade(c, description, draft.sensitive, kinds, applied);
  }
  return {
    id: `${split}-${seed}-${String(index).padStart(6, "0")}`,
    title,
    description,
    labels: [...new Set(draft.labels)],
    sublabel,
    language: lang,
    category: draft.category,
    price: shownPrice,
    evasion: EVASIONS.filter((k) => applied.has(k)),
  };
}

export function generateListings(opts: GenerateOptions): GeneratedListing[] {
  const out: GeneratedListing[] = [];
  for (let i = 0; i < opts.count; i++) out.push(generateListing(opts.seed, i, opts));
  return out;
}

/** The binary label the eval CSV uses: firearm when any blocked category is present. */
export function binaryLabel(labels: readonly Category[]): "firearm" | "not_firearm" {
  return labels.some((l) => l === "firearm" || l === "firearm_part" || l === "ammunition" || l === "replica") ? "firearm" : "not_firearm";
}
