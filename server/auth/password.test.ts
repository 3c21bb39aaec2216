import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DUMMY_PASSWORD_HASH, hashPassword, needsRehash, OWASP_SCRYPT, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes at OWASP's scrypt minimum by default (N=2^17, r=8, p=1) and verifies", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored.split("$").slice(0, 4)).toEqual(["scrypt", "131072", "8", "1"]);
    expect(OWASP_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery!", stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it("still verifies a hash written at the old parameters (N=2^15), and asks for a rehash", async () => {
    // Written exactly as the previous version of this module did.
    const salt = randomBytes(16);
    const key = scryptSync("old password", salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const old = ["scrypt", 2 ** 15, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
    expect(await verifyPassword("old password", old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
  });

  it("refuses values it did not write, and absurd costs, without throwing", async () => {
    for (const bad of ["", "plain", "scrypt$x$8$1$a$b", "bcrypt$2$8$1$a$b", "scrypt$1048576$64$1$AAAA$AAAA", "scrypt$1024$8$1$a$b$extra"]) {
      expect(await verifyPassword("pw", bad)).toBe(false);
    }
    expect(needsRehash("plain")).toBe(true);
  });

  it("the dummy hash has the OWASP cost and matches no password", async () => {
    expect(DUMMY_PASSWORD_HASH.split("$").slice(0, 4)).toEqual(["scrypt", "131072", "8", "1"]);
    expect(needsRehash(DUMMY_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword("", DUMMY_PASSWORD_HASH)).toBe(false);
  });
});
