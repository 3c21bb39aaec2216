/**
 * Training/validation data assembly: the real photos (images.csv), their label mapping and the
 * seeded stratified split, generated listings, and the three kinds of examples the head learns
 * from (text-only, image-only, photo + text pairs).
 */
import { CATEGORIES, type Category } from "@/server/taxonomy";
import { contextFeatures, type ListingContext } from "@/server/inference/fusion-head";
import { listingFields, tokeniseFields } from "@/server/text/tokenise";
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
}

function textExample(item: TextItem, image: Float32Array | null, extra: Category[], weight: number, kind: string, keepContext: boolean): TrainExample {
  const tok = tokeniseFields(listingFields(item.title, item.description));
  return {
    ids: tok.ids,
    weights: tok.weights,
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
  return { ids: new Int32Array(0), weights: new Float32Array(0), image: p.pooled, context: contextFeatures({}), labels: labelVector(photoCategories(p)), weight: photoWeight(p), kind: "image" };
}

/**
 * Text-only, image-only and paired examples. Pairs: each photo with a generated listing that agrees
 * with it (same category, or an innocent listing for a negative photo), and ~25% with one that does
 * not; the pair's label is the union (a gun photo under innocent text is still a gun listing).
 */
export function assembleExamples(texts: TextItem[], photos: PhotoWithEmbedding[], seed: number): TrainExample[] {
  const rng = new Rng(seed);
  const out: TrainExample[] = [];
  // hard negatives (holsters, cleaning kits, toys, nail guns ...) weigh double: at a 1:1000 prior the
  // false positives they cause are what limits precision
  for (const t of texts) out.push(textExample(t, null, [], t.labels.length ? 1 : 2, "text", rng.next() < 0.5));
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
  return out;
}
