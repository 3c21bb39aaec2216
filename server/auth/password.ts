/**
 * Password hashing with scrypt (a memory-hard KDF, in Node's crypto; no native add-on needed).
 * Stored as scrypt$N$r$p$salt$hash (base64url), so each hash carries its own parameters: old
 * hashes keep verifying after the parameters are raised, and `needsRehash` says when to upgrade.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual } from "node:crypto";

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP Password Storage Cheat Sheet, scrypt minimum: N=2^17, r=8, p=1 (128 MiB per hash). */
export const OWASP_SCRYPT: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/**
 * scrypt needs 128·N·r bytes; Node refuses anything above maxmem. Twice the OWASP figure leaves
 * room to raise N once more, and still refuses a stored hash that claims an absurd cost.
 */
const MAX_MEM = 2 * 128 * OWASP_SCRYPT.N * OWASP_SCRYPT.r;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize("NFKC"), salt, KEY_LENGTH, { ...cost, maxmem: MAX_MEM }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `cost` is for tests that create many users; everything else uses the OWASP default. */
export async function hashPassword(password: string, cost: ScryptCost = OWASP_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

function parse(stored: string): (ScryptCost & { salt: Buffer; hash: Buffer }) | null {
  const [kind, n, r, p, salt, hash, extra] = stored.split("$");
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (kind !== "scrypt" || !salt || !hash || extra !== undefined) return null;
  if (![cost.N, cost.r, cost.p].every((v) => Number.isSafeInteger(v) && v > 0)) return null;
  return { ...cost, salt: Buffer.from(salt, "base64url"), hash: Buffer.from(hash, "base64url") };
}

/** False for a wrong password and for a stored value that is not a hash this module wrote. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  let key: Buffer;
  try {
    key = await scrypt(password, parsed.salt, parsed);
  } catch {
    return false; // parameters scrypt refuses (over maxmem, N not a power of two)
  }
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** True when the stored hash is weaker than `target`: rehash it after the next good login. */
export function needsRehash(stored: string, target: ScryptCost = OWASP_SCRYPT): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N < target.N || parsed.r < target.r || parsed.p < target.p;
}

/**
 * A well-formed hash at the OWASP cost that no password matches (its key is random). Logins for
 * unknown or disabled accounts verify against it, so they cost the same scrypt work as real ones
 * and the response time does not tell whether an account exists.
 */
export const DUMMY_PASSWORD_HASH = ["scrypt", OWASP_SCRYPT.N, OWASP_SCRYPT.r, OWASP_SCRYPT.p, randomBytes(16).toString("base64url"), randomBytes(KEY_LENGTH).toString("base64url")].join("$");
