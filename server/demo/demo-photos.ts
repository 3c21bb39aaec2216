/**
 * Photos for demo listings: the licensed real photos in ../shared/datasets when present (never
 * copied into the project), else a plain generated placeholder so the demo still works.
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

export function datasetDir(): string {
  return path.resolve(process.env.SIGHTLINE_DATASET_DIR ?? "../shared/datasets");
}

let bySublabel: Map<string, string[]> | undefined;

function index(): Map<string, string[]> {
  if (bySublabel) return bySublabel;
  bySublabel = new Map();
  const csv = path.join(datasetDir(), "images.csv");
  if (!fs.existsSync(csv)) return bySublabel;
  for (const line of fs.readFileSync(csv, "utf8").split("\n").slice(1)) {
    const [file, , sublabel] = line.split(",");
    if (!file || !sublabel) continue;
    const list = bySublabel.get(sublabel) ?? [];
    list.push(path.join(datasetDir(), file));
    bySublabel.set(sublabel, list);
  }
  for (const list of bySublabel.values()) list.sort();
  return bySublabel;
}

/** The n-th photo of a sublabel (deterministic), or a generated placeholder. */
export async function demoPhoto(sublabel: string, n: number): Promise<{ bytes: Buffer; contentType: "image/jpeg" | "image/png" }> {
  const list = index().get(sublabel);
  if (list?.length) return { bytes: fs.readFileSync(list[(n * 7) % list.length]), contentType: "image/jpeg" };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><rect width="100%" height="100%" fill="hsl(${(n * 47) % 360},40%,70%)"/><text x="20" y="130" font-size="28" font-family="sans-serif">${sublabel} #${n}</text></svg>`;
  return { bytes: await sharp(Buffer.from(svg)).png().toBuffer(), contentType: "image/png" };
}
