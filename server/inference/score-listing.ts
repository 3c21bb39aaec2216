/**
 * Stage 2's model call: image encoder (micro-batched) + text encoder + fusion head, with exact
 * Grad-CAM per image and category and per-word text attributions. Pure (no database).
 *
 * Rows sent to the head in ONE run: for every image (image_i, text) fused and (image_i, –) image
 * only, plus (–, text) text only. The listing's score per category is the max over its fused rows
 * (a listing is as dangerous as its most dangerous photo); with no images the fused row is
 * (–, text); empty text masks the text side.
 */
import { BLOCKED_BY_DEFAULT, CATEGORIES, type Category, type EvidenceSpan, type Scores, zeroScores } from "@/server/taxonomy";
import type { TextAnalysis } from "@/server/text/analyse-text";
import { listingFields } from "@/server/text/tokenise";
import type { ImageViews } from "@/server/image/preprocess";
import { IMAGE_PRIOR_MODEL, loadImagePrior, scorePhoto, type ImagePrior } from "./image-prior";
import {
  assembleInput,
  contextFeatures,
  FUSION_HEAD_MODEL,
  headForward,
  loadFusionHead,
  runFusionHead,
  type FusionRow,
  type LoadedFusionHead,
} from "./fusion-head";
import { gradCam, type GradCamGrid } from "./grad-cam";
import { encodeImage, warmUpImageEncoder } from "./encoder-workers";
import { IMAGE_ENCODER_VERSION, type ImageEncoding } from "./image-encoder";
import { manifestEntry } from "./model-files";
import { loadTextEncoder, runTextEncoder, TEXT_ENCODER_MODEL, textAttributions, textInput, type LoadedTextEncoder } from "./text-encoder";

export interface ListingForModel {
  /** each photo's preprocessed 3×224×224 views (server/image/preprocess.ts) */
  images: ImageViews[];
  title: string;
  description: string;
  ocr?: string[];
  /** Stage 1's analysis of title and description, when the caller has it (saves running the rules twice). */
  textAnalysis?: TextAnalysis;
  context: { category?: string; price?: number; sellerAccountAgeDays?: number; sellerPriorViolations?: number };
}

export interface ModelResult {
  scores: Scores;
  imageScores: Scores | null;
  textScores: Scores | null;
  /** Per image: fused scores, Grad-CAM (over the centre crop), the zero-shot weapon probability (over the views the prior read) and the image prior's firearm score. */
  perImage: Array<{ scores: Scores; gradcam: Partial<Record<Category, GradCamGrid>>; zeroShotWeapon: number; imageFirearm: number }>;
  textAttributions: EvidenceSpan[];
  embeddings: { image: number[][]; text: number[] | null };
  modelVersion: string;
  timings: { imageMs: number; textMs: number; headMs: number; explainMs: number };
}

/** Explanations are computed only for categories at or above this fused score. */
export const EXPLAIN_MIN_SCORE = 0.05;

interface Loaded {
  text: LoadedTextEncoder;
  head: LoadedFusionHead;
  prior: ImagePrior;
}

const KEY = Symbol.for("sightline.scoreListingModels");
const store = globalThis as unknown as Record<symbol, Promise<Loaded> | undefined>;

function models(): Promise<Loaded> {
  let p = store[KEY];
  if (!p) {
    p = Promise.all([loadTextEncoder(), loadFusionHead(), Promise.resolve().then(loadImagePrior)]).then(([text, head, prior]) => ({ text, head, prior }));
    p.catch(() => {
      if (store[KEY] === p) store[KEY] = undefined; // a failed load is retried by the next call
    });
    store[KEY] = p;
  }
  return p;
}

function toScores(p: ArrayLike<number>): Scores {
  const s = zeroScores();
  CATEGORIES.forEach((c, k) => (s[c] = Math.round(p[k] * 1e4) / 1e4));
  return s;
}

function maxScores(list: Scores[]): Scores {
  const s = zeroScores();
  for (const x of list) for (const c of CATEGORIES) s[c] = Math.max(s[c], x[c]);
  return s;
}

let cachedVersion: string | undefined;
/** `<image encoder>|text:<version>|head:<version>|prior:<version>` from the manifest. */
export function modelVersion(): string {
  if (!cachedVersion) {
    const v = (name: string) => {
      try {
        return manifestEntry(name).version;
      } catch {
        return "missing";
      }
    };
    cachedVersion = `${IMAGE_ENCODER_VERSION}|text:${v(TEXT_ENCODER_MODEL)}|head:${v(FUSION_HEAD_MODEL)}|prior:${v(IMAGE_PRIOR_MODEL)}`;
  }
  return cachedVersion;
}

const round4one = (x: number) => Math.round(x * 1e4) / 1e4;
const round4 = (a: ArrayLike<number>) => Array.from(a, round4one);

export async function scoreListing(input: ListingForModel): Promise<ModelResult> {
  const started = performance.now();
  let imagesDone = started;
  // Per photo: the centre crop through the encoder, then the image prior, which asks for the end
  // crops only when the centre leaves doubt (image-prior.ts scorePhoto).
  const imagesP: Promise<Array<{ centre: ImageEncoding; photo: Awaited<ReturnType<typeof scorePhoto>> }>> = Promise.all(
    input.images.map(async (v) => {
      const centre = await encodeImage(v.centre);
      const { prior } = await models();
      const photo = await scorePhoto(prior, centre, async () => Promise.all((await v.ends()).map((t) => encodeImage(t))));
      return { centre, photo };
    }),
  ).then((r) => {
    imagesDone = performance.now();
    return r;
  });
  // Awaited below, after the text side; an encoder failure meanwhile must not count as unhandled
  // (Node would end the process on it).
  imagesP.catch(() => {});
  const { text: enc, head } = await models();

  const t0 = performance.now();
  const fields = listingFields(input.title, input.description, input.ocr ?? []);
  const text = textInput(input.title, input.description, input.ocr ?? [], input.textAnalysis);
  const textEmb = await runTextEncoder(enc, text);
  const textMs = performance.now() - t0;

  const photos = await imagesP;
  const images = photos.map((p) => p.centre);
  const imageMs = imagesDone - started;

  const h0 = performance.now();
  const ctx = contextFeatures(input.context);
  const none = contextFeatures({});
  const rows: FusionRow[] = [];
  for (const img of images) rows.push({ image: img.pooled, text: textEmb, context: ctx });
  for (const img of images) rows.push({ image: img.pooled, text: null, context: none });
  const textRow = rows.length;
  if (textEmb || images.length === 0) rows.push({ image: null, text: textEmb, context: ctx });
  const out = await runFusionHead(head, rows);
  const n = images.length;
  const fused = n > 0 ? out.slice(0, n).map((o) => toScores(o.p)) : [toScores(out[textRow].p)];
  // The image side's firearm score is the image prior's (zero-shot weapon classes + a damped
  // correction: image-prior.ts), which holds on photos unlike ours; the rest is the head's.
  const zeroShot = photos.map((p) => p.photo.zeroShot);
  const imageFirearm = photos.map((p) => round4one(p.photo.score));
  const imageScores = n > 0 ? { ...maxScores(out.slice(n, 2 * n).map((o) => toScores(o.p))), firearm: Math.max(...imageFirearm) } : null;
  const textScores = textEmb ? toScores(out[textRow].p) : null;
  // Text floor for blocked categories: an innocent photo must not hide what the words say
  // ("Glock 19, DM me" under a picture of a box). Image floor for firearm: a photo of a gun is a
  // gun listing whatever the words say, unless they say toy, airsoft or replica (realistic toys
  // look like guns to the image side, and their text is what clears them).
  const floors: Scores[] = [];
  if (textScores) floors.push(pick(textScores, BLOCKED_BY_DEFAULT));
  if (imageScores && !saysNotAGun(textScores)) floors.push({ ...zeroScores(), firearm: imageScores.firearm });
  const scores = maxScores([...fused, ...floors]);
  const headMs = performance.now() - h0;

  const e0 = performance.now();
  const perImage = images.map((img, i) => {
    const gradcam: Partial<Record<Category, GradCamGrid>> = {};
    const wanted = CATEGORIES.map((c, k) => [c, k] as const).filter(([c]) => fused[i][c] >= EXPLAIN_MIN_SCORE);
    if (wanted.length) {
      const { h } = headForward(head.weights, assembleInput(head.weights, rows[i]));
      for (const [c, k] of wanted) gradcam[c] = gradCam(head.weights, h, k, img.featureMap);
    }
    return { scores: fused[i], gradcam, zeroShotWeapon: round4one(zeroShot[i]), imageFirearm: imageFirearm[i] };
  });
  const attributions: EvidenceSpan[] = [];
  if (textEmb) {
    // attributions on the text-only row: what the words alone contribute
    const row = rows[textRow];
    const wanted = BLOCKED_BY_DEFAULT.filter((c) => scores[c] >= EXPLAIN_MIN_SCORE).map((c) => ({ k: CATEGORIES.indexOf(c), category: c }));
    const logitsOf = (emb: Float32Array) => headForward(head.weights, assembleInput(head.weights, { ...row, text: emb })).y;
    attributions.push(...textAttributions(enc.weights, text, logitsOf, wanted, fields));
  }
  const explainMs = performance.now() - e0;

  return {
    scores,
    imageScores,
    textScores,
    perImage,
    textAttributions: attributions,
    embeddings: { image: images.map((img) => round4(img.pooled)), text: textEmb ? round4(textEmb) : null },
    modelVersion: modelVersion(),
    timings: { imageMs: round1(imageMs), textMs: round1(textMs), headMs: round1(headMs), explainMs: round1(explainMs) },
  };
}


/** The words call it a toy, airsoft or a replica: then a gun-like photo alone does not make it a gun. */
export function saysNotAGun(text: Scores | null): boolean {
  return !!text && (text.toy >= 0.5 || text.airsoft_paintball >= 0.5 || text.replica >= 0.5);
}

function pick(scores: Scores, categories: readonly Category[]): Scores {
  const out = { ...scores };
  for (const c of CATEGORIES) if (!categories.includes(c)) out[c] = 0;
  return out;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Loads the image encoder, text encoder and fusion head and runs one listing through them, so the
 * first request is not slow. Rejects when a model file is missing (the cascade then fails open).
 */
export async function warmUpModels(): Promise<void> {
  await Promise.all([models(), warmUpImageEncoder()]);
  await scoreListing({ images: [], title: "warm up", description: "", context: {} });
}
