/**
 * Removes EXIF, XMP, IPTC and text metadata (GPS positions, camera serials, names) WITHOUT
 * re-encoding: the pixels stay byte-identical and it costs microseconds, where a sharp re-encode
 * costs tens of milliseconds on the hot path and loses JPEG quality. Colour profiles are kept.
 */
import type { ImageType } from "./sniff";

/** The bytes without metadata; the same Buffer when there was none (callers may then reuse its hash). */
export function stripMetadata(bytes: Buffer, type: ImageType): Buffer {
  if (type === "image/jpeg") return stripJpeg(bytes);
  if (type === "image/png") return stripPng(bytes);
  return stripWebp(bytes);
}

// JPEG: drop APP1 (Exif, XMP), APP13 (IPTC/Photoshop) and COM segments before the scan.
const JPEG_DROP = new Set([0xe1, 0xed, 0xfe]);
function stripJpeg(src: Buffer): Buffer {
  const parts: Buffer[] = [src.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= src.length && src[i] === 0xff) {
    const marker = src[i + 1];
    if (marker === 0xff) { i += 1; continue; } // fill byte
    if (marker === 0xda || marker === 0xd9) break; // start of scan / end: the rest is image data
    if (marker >= 0xd0 && marker <= 0xd7) { parts.push(src.subarray(i, i + 2)); i += 2; continue; }
    const length = src.readUInt16BE(i + 2);
    const end = i + 2 + length;
    if (end > src.length) break; // truncated: leave as is, the decoder will complain
    if (!JPEG_DROP.has(marker)) parts.push(src.subarray(i, end));
    i = end;
  }
  parts.push(src.subarray(i));
  return joinUnlessWhole(src, parts);
}

// PNG: drop eXIf and the free-text chunks; keep everything the decoder needs (incl. iCCP).
const PNG_DROP = new Set(["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]);
function stripPng(src: Buffer): Buffer {
  const parts: Buffer[] = [src.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= src.length) {
    const length = src.readUInt32BE(i);
    const type = src.toString("latin1", i + 4, i + 8);
    const end = i + 12 + length;
    if (end > src.length) { parts.push(src.subarray(i)); i = src.length; break; }
    if (!PNG_DROP.has(type)) parts.push(src.subarray(i, end));
    i = end;
    if (type === "IEND") break;
  }
  return joinUnlessWhole(src, parts);
}

/** `parts` are in-order, non-overlapping slices of `src`: if they add up to all of it, nothing was dropped. */
function joinUnlessWhole(src: Buffer, parts: Buffer[]): Buffer {
  const kept = parts.reduce((n, p) => n + p.length, 0);
  return kept === src.length ? src : Buffer.concat(parts, kept);
}

// WebP (RIFF): drop EXIF and XMP chunks, clear their VP8X flags, fix the RIFF size.
function stripWebp(src: Buffer): Buffer {
  const parts: Buffer[] = [];
  let i = 12;
  while (i + 8 <= src.length) {
    const type = src.toString("latin1", i, i + 4);
    const size = src.readUInt32LE(i + 4);
    const end = Math.min(src.length, i + 8 + size + (size & 1));
    if (type === "VP8X") {
      const chunk = Buffer.from(src.subarray(i, end));
      chunk[8] &= ~(0x08 | 0x04); // EXIF and XMP present flags
      parts.push(chunk);
    } else if (type !== "EXIF" && type !== "XMP ") {
      parts.push(src.subarray(i, end));
    }
    i = end;
  }
  const body = Buffer.concat(parts);
  const header = Buffer.from(src.subarray(0, 12));
  header.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([header, body]);
}
