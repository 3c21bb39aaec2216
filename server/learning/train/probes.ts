/**
 * Behaviour probes for the committed text encoder + fusion head, scored through scoreListing:
 * a fixed table of listings (known and unseen makes, generic-only firearm words, hard negatives),
 * each scored text-only and under an innocent synthetic photo rendered with sharp. Used by
 * probes.test.ts (assertions) and printable with `npx tsx server/learning/train/probes.ts`.
 *
 * The probe photos (random axis-aligned rectangles, a flat card with a few words, a soft
 * "room" gradient) are drawn here and never used in training; training's out-of-distribution
 * photos (synthetic-photos.ts) are other shapes and palettes.
 */
import sharp from "sharp";
import { imageToViews, type ImageViews } from "@/server/image/preprocess";
import { scoreListing } from "@/server/inference/score-listing";
import { Rng } from "./rng";

export interface Probe {
  title: string;
  description: string;
  /** "high": firearm-like score must stay high; "low": toy/tool/accessory, firearm-like must stay low */
  expect: "high" | "low";
  why: string;
}

export const PROBES: readonly Probe[] = [
  { title: "Glock 19 Gen 5 with two mags", description: "9mm, cash only, local pickup", expect: "high", why: "known make" },
  { title: "AK-47 rifle", description: "", expect: "high", why: "validation-only model + generic word" },
  { title: "Remington 870", description: "", expect: "high", why: "make shared with an ammunition brand" },
  { title: "Remington 870 pump 12 gauge", description: "", expect: "high", why: "held-out model + generic words" },
  { title: "shotgun", description: "", expect: "high", why: "generic word alone" },
  { title: "pump shotgun 12 gauge", description: "works great, cash only", expect: "high", why: "generic words only" },
  { title: "hunting rifle", description: "comes with sling, pickup only", expect: "high", why: "generic words only" },
  { title: "9mm pistol", description: "two mags, no box", expect: "high", why: "generic words only" },
  { title: "Henry Big Boy lever action rifle .44", description: "like new, shoots great", expect: "high", why: "make absent from the corpus" },
  { title: "Kel-Tec KSG shotgun", description: "bullpup 12 gauge, 2 tubes", expect: "high", why: "make absent from the corpus" },
  { title: "Norinco handgun", description: "older pistol, runs fine", expect: "high", why: "make absent from the corpus" },
  { title: "Super Soaker water gun", description: "summer fun for kids", expect: "low", why: "water gun" },
  { title: "Nerf Elite 2.0 blaster", description: "with 20 foam darts", expect: "low", why: "Nerf" },
  { title: "kids toy pistol", description: "plastic, makes sounds, ages 3+", expect: "low", why: "toy gun" },
  { title: "DeWalt framing nail gun", description: "20V cordless, with battery", expect: "low", why: "nail gun" },
  { title: "leather holster for Glock 19", description: "IWB, right hand", expect: "low", why: "holster" },
  { title: "gun safe 24 rifle capacity", description: "fireproof, digital lock, must pick up", expect: "low", why: "gun safe" },
  { title: "hot glue gun", description: "with 30 glue sticks", expect: "low", why: "glue gun" },
  // Issue 14: real innocent listings that mm2 blocked or sent to review, and bare make/model titles.
  { title: "Pistola de água infantil", description: "", expect: "low", why: "water pistol (pt)" },
  { title: "Pistolet à colle chaude", description: "", expect: "low", why: "glue gun (fr)" },
  { title: "Pistola per colla a caldo", description: "", expect: "low", why: "glue gun (it)" },
  { title: "Pistola sparachiodi", description: "", expect: "low", why: "nail gun (it)" },
  { title: "Клеевой пистолет", description: "", expect: "low", why: "glue gun (ru)" },
  { title: "Pistolet na wodę", description: "", expect: "low", why: "water pistol (pl)" },
  { title: "Massagepistole", description: "mit 6 Aufsätzen", expect: "low", why: "massage gun (de)" },
  { title: "Glock 19", description: "", expect: "high", why: "bare make + model" },
  { title: "Beretta 92FS", description: "", expect: "high", why: "bare make + model" },
  { title: "CZ Shadow 2", description: "", expect: "high", why: "bare make + model" },
];

/** Innocent synthetic photos as 224×224 tensors (deterministic). */
export async function probePhotos(): Promise<Array<{ name: string; views: ImageViews }>> {
  const rng = new Rng(4242);
  const col = () => `rgb(${Math.floor(rng.next() * 256)},${Math.floor(rng.next() * 256)},${Math.floor(rng.next() * 256)})`;
  let rects = "";
  for (let i = 0; i < 9; i++) {
    const x = Math.floor(rng.next() * 480), y = Math.floor(rng.next() * 360);
    rects += `<rect x="${x}" y="${y}" width="${40 + Math.floor(rng.next() * 200)}" height="${40 + Math.floor(rng.next() * 160)}" fill="${col()}"/>`;
  }
  const svgs: Record<string, string> = {
    rectangles: `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="${col()}"/>${rects}</svg>`,
    card: `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="#f4f1ea"/><text x="60" y="250" font-size="64" font-family="sans-serif" fill="#223">FOR SALE</text></svg>`,
    room: `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#d9d2c5"/><stop offset="0.62" stop-color="#bfb3a0"/><stop offset="0.63" stop-color="#7a5a3c"/><stop offset="1" stop-color="#5c4129"/></linearGradient></defs><rect width="640" height="480" fill="url(#g)"/><rect x="400" y="90" width="150" height="110" fill="#8fb3cf"/></svg>`,
  };
  const out: Array<{ name: string; views: ImageViews }> = [];
  for (const [name, svg] of Object.entries(svgs)) {
    const jpg = await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
    out.push({ name, views: await imageToViews(jpg) });
  }
  return out;
}

export interface ProbeResult extends Probe {
  text: number;
  /** firearm-like score under each innocent photo */
  photos: Record<string, number>;
}

const firearmLike = (s: Record<string, number>) => Math.max(s.firearm, s.firearm_part, s.ammunition);

export async function runProbes(): Promise<ProbeResult[]> {
  const photos = await probePhotos();
  const out: ProbeResult[] = [];
  for (const p of PROBES) {
    const t = await scoreListing({ images: [], title: p.title, description: p.description, context: {} });
    const r: ProbeResult = { ...p, text: firearmLike(t.scores), photos: {} };
    for (const ph of photos) {
      const s = await scoreListing({ images: [ph.views], title: p.title, description: p.description, context: {} });
      r.photos[ph.name] = firearmLike(s.scores);
    }
    out.push(r);
  }
  return out;
}

export function formatProbes(rows: ProbeResult[]): string {
  const names = Object.keys(rows[0]?.photos ?? {});
  const head = `${"listing".padEnd(48)} expect  text  ${names.map((n) => n.slice(0, 6).padStart(6)).join(" ")}`;
  return [head, ...rows.map((r) => `${`${r.title} / ${r.description}`.slice(0, 48).padEnd(48)} ${r.expect.padEnd(6)} ${r.text.toFixed(3)} ${names.map((n) => r.photos[n].toFixed(3).padStart(6)).join(" ")}`)].join("\n");
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const { ensureModels } = await import("@/server/inference/model-files");
  await ensureModels({ quiet: true });
  console.log(formatProbes(await runProbes()));
}
