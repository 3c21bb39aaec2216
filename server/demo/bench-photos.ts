/**
 * Photos for `npm run bench`: real photos from ../shared/datasets (never copied into the project),
 * made byte-unique per request, so nothing downstream (the PDQ memo, the blob store, libvips)
 * can answer from what it saw before. Without the dataset, generated placeholders stand in.
 */
import fs from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";
import { readPhotoCsv } from "../learning/train/photos";
import { datasetDir, demoPhoto } from "./demo-photos";

export interface Photo {
  bytes: Buffer;
  contentType: "image/jpeg" | "image/png";
}

/** Up to `n` dataset photos, firearm and not alternating, in a fixed order. */
export async function benchPhotoPool(n: number): Promise<Photo[]> {
  const csv = path.join(datasetDir(), "images.csv");
  if (!fs.existsSync(csv)) return Promise.all(Array.from({ length: Math.min(n, 16) }, (_, i) => demoPhoto("placeholder", i)));
  const rows = readPhotoCsv(csv).sort((a, b) => (a.rel < b.rel ? -1 : 1));
  const firearm = rows.filter((r) => r.label === "firearm");
  const other = rows.filter((r) => r.label !== "firearm");
  const picked = Array.from({ length: Math.min(n, 2 * Math.min(firearm.length, other.length)) }, (_, i) =>
    i % 2 ? other[Math.floor(i / 2) * 3 % other.length] : firearm[Math.floor(i / 2) * 3 % firearm.length],
  );
  return picked.map((r) => ({ bytes: fs.readFileSync(r.file), contentType: "image/jpeg" }));
}

/**
 * The same picture with different bytes: a JPEG comment or PNG text chunk carrying `tag`, as a
 * re-upload from another app would differ. Pixels (and so the PDQ hash) are unchanged.
 */
export function uniqueCopy(photo: Photo, tag: string): Photo {
  const payload = Buffer.from(`sightline-bench ${tag}`, "latin1");
  if (photo.contentType === "image/jpeg") {
    const segment = Buffer.alloc(4 + payload.length);
    segment.writeUInt16BE(0xfffe, 0); // COM
    segment.writeUInt16BE(payload.length + 2, 2);
    payload.copy(segment, 4);
    return { bytes: Buffer.concat([photo.bytes.subarray(0, 2), segment, photo.bytes.subarray(2)]), contentType: photo.contentType };
  }
  const data = Buffer.concat([Buffer.from("Comment\0", "latin1"), payload]);
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write("tEXt", 4, "latin1");
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  const iend = photo.bytes.length - 12;
  return { bytes: Buffer.concat([photo.bytes.subarray(0, iend), chunk, photo.bytes.subarray(iend)]), contentType: photo.contentType };
}
