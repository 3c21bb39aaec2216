/** Unique test data, so integration suites can share one database and run in any order. */
import { randomUUID } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import type { Db } from "@/db/client";
import { serviceTokens, users } from "@/db/schema";
import { hashPassword, type ScryptCost } from "@/server/auth/password";
import { hashSecret, newSecret } from "@/server/auth/tokens";
import type { Role } from "@/server/trpc/init";

export const uid = (prefix = "t") => `${prefix}-${randomUUID().slice(0, 8)}`;

/**
 * Test users' passwords are hashed at a low scrypt cost, so suites that make dozens of users stay
 * fast; the stored hash records it, and a login through log-in.ts upgrades it to the OWASP cost.
 */
export const TEST_SCRYPT: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

export async function makeUser(db: Db, role: Role, extra: { sellerId?: string } = {}) {
  const password = "correct horse battery";
  const [user] = await db
    .insert(users)
    .values({ email: `${uid(role)}@test.sightline`, name: `Test ${role}`, role, passwordHash: await hashPassword(password, TEST_SCRYPT), sellerId: extra.sellerId })
    .returning();
  return { ...user, password };
}

export async function makeServiceToken(db: Db) {
  const secret = newSecret("slt");
  const [row] = await db.insert(serviceTokens).values({ name: uid("svc"), tokenHash: hashSecret(secret), prefix: secret.slice(0, 8) }).returning();
  return { ...row, secret };
}

/** A small real JPEG with some structure (PDQ needs more than a flat colour). */
export async function makeJpeg(seed = 1, size = 200): Promise<Buffer> {
  const shapes = Array.from({ length: 6 }, (_, i) => {
    const x = (seed * 37 + i * 53) % size;
    const y = (seed * 61 + i * 29) % size;
    return `<rect x="${x}" y="${y}" width="${30 + ((seed + i) % 40)}" height="${20 + ((seed * i) % 50)}" fill="hsl(${(seed * 40 + i * 60) % 360},70%,45%)"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="100%" height="100%" fill="#eee"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/** A tiny greyscale PNG whose header claims width x height pixels: a decompression bomb. */
export function bombPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc(1000))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
