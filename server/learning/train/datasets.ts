/**
 * Training/validation data assembly: the real photos (images.csv), their label mapping and the
 * seeded stratified split, generated listings, and the three kinds of examples the head learns
 * from (text-only, image-only, photo + text pairs).
 */
import { CATEGORIES, type Category } from "@/server/taxonomy";
import { contextFeatures, type ListingContext } from "@/server/inference/fusion-head";
import { textInput } from "@/server/inference/text-encoder";
import { RULE_DIM } from "@/server/text/rule-features";
import { AMMO_BRANDS, CALIBERS, HANDGUNS, LONG_GUNS, type CaliberKey } from "@/server/learning/corpus/catalog";
import { LANGUAGES, NOUN, type Language } from "@/server/learning/corpus/lexicon";
import { available, type Split } from "@/server/learning/corpus/split";
import { Rng } from "./rng";
import { photoCategories, type PhotoRow } from "./photos";

export { parseCsv, photoCategories, readPhotoCsv, splitPhotos, type PhotoRow } from "./photos";
import type { TrainExample } from "./trainer";

export function labelVector(cats: readonly Category[]): Uint8Array {
  const v = new Uint8Array(CATEGORIES.length);
  for (const c of cats) v[CATEGORIES.indexOf(c)] = 1;
  return v;
}

export interface TextItem {
  id: string;
  title: string;
  description: string;
  labels: Category[];
  sublabel: string;
  context: ListingContext;
  language?: string;
  source?: string;
  /** Counts this many times in the loss (hand-written listings weigh more than generated ones). */
  weight?: number;
}

const NO_RULES = new Float32Array(RULE_DIM);
/**
 * Share of text-only examples trained without their n-gram bag: the hashed n-grams can fit the
 * generator's phrasing perfectly, and a model that never needs the rule features learns to ignore
 * them — then fails on real text, where the rules hold up far better than that phrasing does.
 */
const DROP_BAG_RATE = 0.6;

function textExample(item: TextItem, image: Float32Array | null, extra: Category[], weight: number, kind: string, keepContext: boolean, dropBag = false): TrainExample {
  const { tok, rules } = textInput(item.title, item.description);
  return {
    ids: tok.ids,
    weights: tok.weights,
    rules,
    dropBag,
    image,
    context: contextFeatures(keepContext ? item.context : {}),
    labels: labelVector([...item.labels, ...extra]),
    weight,
    kind,
  };
}

export interface PhotoWithEmbedding extends PhotoRow {
  pooled: Float32Array;
}

/** Hard negatives and rare positives in the photos weigh more than the 700 tool photos. */
function photoWeight(p: PhotoRow): number {
  if (["toy_gun", "water_gun", "airsoft_paintball", "gun_part", "ammunition"].includes(p.sublabel)) return 8;
  return 4;
}

export function imageOnlyExample(p: PhotoWithEmbedding): TrainExample {
  return { ids: new Int32Array(0), weights: new Float32Array(0), rules: NO_RULES, image: p.pooled, context: contextFeatures({}), labels: labelVector(photoCategories(p)), weight: photoWeight(p), kind: "image" };
}

// ---------------------------------------------------------------- augmentation (mm2)

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const GUNS = [...HANDGUNS, ...LONG_GUNS];
const MAKES = [...new Set([...GUNS.map((m) => m.make).filter(Boolean), ...AMMO_BRANDS, "HK", "S&W", "SIG"])].sort((a, b) => b.length - a.length);
/** Model names safe to strip on their own: they contain a letter, or are ≥3 characters long. */
const MODELS = [...new Set(GUNS.map((m) => m.model).filter((m) => /\p{L}/u.test(m) || m.length >= 3))].sort((a, b) => b.length - a.length);
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const FULL_RE = new RegExp(`${B}(?:${MAKES.map(escapeRe).join("|")})\\s+(?:${[...new Set(GUNS.map((m) => m.model))].sort((a, b) => b.length - a.length).map(escapeRe).join("|")})${E}`, "giu");
const MAKE_RE = new RegExp(`${B}(?:${MAKES.map(escapeRe).join("|")})${E}`, "giu");
const MODEL_RE = new RegExp(`${B}(?:${MODELS.map(escapeRe).join("|")}|G\\d{2}X?)${E}`, "giu");

const SYL = ["var", "nek", "tor", "ka", "lin", "dro", "mes", "zu", "pra", "vel", "osk", "rim", "ta", "gor", "bel", "xen"];
function fakeName(rng: Rng): string {
  const make = Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYL)).join("");
  const name = make.charAt(0).toUpperCase() + make.slice(1);
  const r = rng.next();
  if (r < 0.35) return name;
  if (r < 0.7) return `${name} ${rng.pick(["M", "X", "T", "P", "SR", "K"])}${rng.int(1, 999)}`;
  return `${name} ${rng.int(10, 9999)}`;
}

/**
 * Make/model dropout: the corpus names real makes and models, so the model can memorise them and
 * let unseen ones fall through. The copy replaces every catalogue make/model with an invented name
 * (or removes it), keeping the label: the generic words ("rifle", "12 gauge", "pump") must carry
 * it. Applied to negatives that mention makes too ("holster for Glock 19"), so invented names are
 * no shortcut either way.
 */
export function dropMakes(text: string, rng: Rng): string {
  const sub = () => (rng.next() < 0.3 ? "" : fakeName(rng));
  return text.replace(FULL_RE, sub).replace(MAKE_RE, sub).replace(MODEL_RE, sub).replace(/[ \t]{2,}/g, " ").trim();
}

const GENERIC_NOUNS = ["pistol", "revolver", "rifle", "shotgun"] as const;
const GENERIC_CALS: Record<(typeof GENERIC_NOUNS)[number], CaliberKey[]> = {
  pistol: ["9mm", "45acp", "40sw", "380acp", "22lr", "9x18"],
  revolver: ["357mag", "44mag", "22lr"],
  rifle: ["556", "762x39", "308", "3006", "65cm", "22lr", "303", "3030", "762x54r"],
  shotgun: ["12ga", "20ga"],
};
const ACTIONS: Record<(typeof GENERIC_NOUNS)[number], string[]> = {
  pistol: ["semi auto", "compact", "full size", "subcompact", "striker fired", "double stack"],
  revolver: ["6 shot", "double action", "stainless", "snub nose", "4 inch"],
  rifle: ["bolt action", "lever action", "semi auto", "single shot", "scoped", "tactical"],
  shotgun: ["pump", "pump action", "semi auto", "double barrel", "over under", "single shot", "tactical"],
};
const TAILS = ["cash only", "local pickup", "works great", "like new", "no trades", "DM me", "price firm", "runs great", "barely used", "serious buyers only"];

/**
 * Positives whose only firearm evidence is generic words (kind + caliber + action, maybe an
 * invented make), in all corpus languages, from the split's share of the noun and caliber lists.
 */
export function genericListings(count: number, seed: number, split: Split): TextItem[] {
  const rng = new Rng(seed ^ 0x9e3779b9);
  const out: TextItem[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rng.pick(GENERIC_NOUNS);
    const lang: Language = rng.next() < 0.5 ? "en" : rng.pick(LANGUAGES);
    const nouns = available(NOUN[kind][lang] ?? NOUN[kind].en, split);
    const noun = rng.pick(nouns);
    const key = rng.pick(GENERIC_CALS[kind]);
    const calNames = CALIBERS[key].names[lang]?.length ? CALIBERS[key].names[lang] : CALIBERS[key].names.en;
    const cal = rng.pick(available(calNames, split));
    const parts: string[] = [];
    if (rng.next() < 0.25) parts.push(fakeName(rng));
    if (lang === "en" && rng.next() < 0.4) parts.push(rng.pick(ACTIONS[kind]));
    const withCal = rng.next();
    const title = (withCal < 0.3 ? [...parts, cal, noun] : withCal < 0.55 ? [...parts, noun, cal] : [...parts, noun]).join(" ");
    const tail = rng.next() < 0.5 ? "" : Array.from({ length: rng.int(1, 2) }, () => rng.pick(TAILS)).join(", ");
    const r = rng.next();
    out.push({
      id: `generic-${split}-${i}`,
      title: r < 0.1 ? title.toUpperCase() : r < 0.25 ? title.toLowerCase() : title,
      description: tail,
      labels: ["firearm"],
      sublabel: `generic_${kind}`,
      context: rng.next() < 0.5 ? { price: rng.int(150, 1500) } : {},
      language: lang,
    });
  }
  return out;
}

export interface AssembleOptions {
  /** vocabulary split for the generic listings (train for training, validation for validation) */
  split?: Split;
  /** embeddings of innocent out-of-distribution drawings (synthetic-photos.ts) */
  synthetic?: Float32Array[];
  /** turn the mm2 augmentations on (default true) */
  augment?: boolean;
}

/**
 * Text-only, image-only and paired examples. Pairs: each photo with a generated listing that agrees
 * with it (same category, or an innocent listing for a negative photo), and ~25% with one that does
 * not; the pair's label is the union (a gun photo under innocent text is still a gun listing).
 * With augmentation (mm2): make/model-dropout copies of 40 % of the listings that name a make,
 * generic-only positives (8 % of the count), 35 % of positive listings paired with an innocent photo
 * (a real negative photo or a synthetic drawing; label = the text's), 8 % of negative listings paired
 * with a drawing, and every drawing on its own as an innocent image.
 */
export function assembleExamples(baseTexts: TextItem[], photos: PhotoWithEmbedding[], seed: number, opts: AssembleOptions = {}): TrainExample[] {
  const rng = new Rng(seed);
  const out: TrainExample[] = [];
  const augment = opts.augment ?? true;
  const synthetic = opts.synthetic ?? [];
  let texts = baseTexts;
  if (augment) {
    const arng = new Rng(seed ^ 0x5bd1e995);
    const dropped: TextItem[] = [];
    for (const t of baseTexts) {
      const both = `${t.title}\n${t.description}`;
      MAKE_RE.lastIndex = 0;
      MODEL_RE.lastIndex = 0;
      if (!(MAKE_RE.test(both) || MODEL_RE.test(both)) || arng.next() >= 0.4) continue;
      dropped.push({ ...t, id: `${t.id}-dropmake`, title: dropMakes(t.title, arng), description: dropMakes(t.description, arng) });
    }
    texts = [...baseTexts, ...dropped, ...genericListings(Math.round(baseTexts.length * 0.08), seed, opts.split ?? "train")];
  }
  // hard negatives (holsters, cleaning kits, toys, nail guns ...) weigh double: at a 1:1000 prior the
  // false positives they cause are what limits precision
  // A share of the text-only examples is learned from the rule features alone (DROP_BAG_RATE).
  const drng = new Rng(seed ^ 0x68e31da4);
  for (const t of texts) out.push(textExample(t, null, [], (t.labels.length ? 1 : 2) * (t.weight ?? 1), "text", rng.next() < 0.5, drng.next() < DROP_BAG_RATE));
  const negatives = texts.filter((t) => t.labels.length === 0);
  const byCat = new Map<Category, TextItem[]>();
  for (const t of texts) for (const c of t.labels) byCat.set(c, [...(byCat.get(c) ?? []), t]);
  const positives = texts.filter((t) => t.labels.length > 0);
  const pick = <T>(list: T[]) => list[Math.floor(rng.next() * list.length)];
  for (const p of photos) {
    const cats = photoCategories(p);
    out.push(imageOnlyExample(p));
    const consistent = rng.next() >= 0.25;
    let text: TextItem | undefined;
    if (consistent) text = cats.length ? pick(byCat.get(cats[0]) ?? negatives) : pick(negatives);
    else text = cats.length ? pick(negatives) : pick(positives);
    if (text) out.push(textExample(text, p.pooled, cats, 1, "pair", rng.next() < 0.5));
  }
  if (augment) {
    const vrng = new Rng(seed ^ 0x27d4eb2f);
    const innocentPhotos = photos.filter((p) => photoCategories(p).length === 0).map((p) => p.pooled);
    for (const s of synthetic) out.push({ ids: new Int32Array(0), weights: new Float32Array(0), rules: NO_RULES, image: s, context: contextFeatures({}), labels: labelVector([]), weight: 4, kind: "image" });
    for (const t of texts) {
      const r = vrng.next();
      if (t.labels.length > 0 && r < 0.35) {
        const img = synthetic.length && (vrng.next() < 0.4 || !innocentPhotos.length) ? vrng.pick(synthetic) : innocentPhotos.length ? vrng.pick(innocentPhotos) : null;
        if (img) out.push(textExample(t, img, [], 1, "pair", vrng.next() < 0.5));
      } else if (t.labels.length === 0 && r < 0.08 && synthetic.length) {
        out.push(textExample(t, vrng.pick(synthetic), [], 1, "pair", vrng.next() < 0.5));
      }
    }
  }
  return out;
}
