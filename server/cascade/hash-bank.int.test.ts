/**
 * The known-bad hash bank: entries added in Postgres block matching uploads (even re-encoded
 * copies), and removed entries stop matching once the in-memory index syncs.
 */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createDb, type Db } from "@/db/client";
import { findOrCreateBank, insertHashEntry, removeHashEntry } from "@/db/queries/hash-banks";
import { pdqFromImage } from "@/server/image/pdq";
import { makeJpeg, uid } from "@/server/test/factories";
import { hashBank } from "./hash-bank-index";
import { predictListing } from "./predict-listing";

let db: Db;
beforeAll(() => {
  db = createDb(inject("databaseUrl"), 2);
});
afterAll(() => db.$client.end());

const upload = (bytes: Buffer, title = "Vintage item") => ({
  listingId: uid("hb"),
  sellerId: uid("s"),
  title,
  description: "",
  images: [{ contentType: "image/jpeg" as const, data: bytes.toString("base64") }],
});

describe("hash bank", () => {
  it("blocks an upload whose image is a near-duplicate of a bank entry, and stops after removal", async () => {
    const original = await makeJpeg(42, 320);
    const bank = await findOrCreateBank(db, uid("bank"));
    const { hash, quality } = await pdqFromImage(original);
    const entry = await insertHashEntry(db, { bankId: bank.id, pdqHash: hash, quality, category: "firearm_part", note: "test entry" });
    await hashBank().sync(db, true);

    // A re-encoded, resized copy: different bytes, same picture.
    const copy = await sharp(original).resize(300).jpeg({ quality: 70 }).toBuffer();
    const hit = await predictListing(db, upload(copy), { scorer: null });
    expect(hit.decision).toBe("block");
    expect(hit.reasons[0].code).toBe("hash_bank_match");
    expect(hit.reasons[0].category).toBe("firearm_part");
    expect(hit.evidence.hashMatches[0].entryId).toBe(entry.id);
    expect(hit.evidence.hashMatches[0].distance).toBeLessThanOrEqual(31);
    expect(hit.evidence.hashMatches[0]).toEqual({ imageIndex: 0, entryId: entry.id, distance: expect.any(Number), bankName: bank.name, category: "firearm_part", note: "test entry" });
    // Decided in stage 1: the model never ran.
    expect(hit.stageTimings.map((t) => t.stage)).toEqual(["fast_signals"]);

    await removeHashEntry(db, entry.id);
    await hashBank().sync(db, true);
    const after = await predictListing(db, upload(copy, "Vintage item again"), { scorer: null });
    expect(after.reasons.map((r) => r.code)).not.toContain("hash_bank_match");
  });

  it("an entry with a featureless hash never matches, even the very image it was made from", async () => {
    const photo = await makeJpeg(57, 320);
    const { hash, quality } = await pdqFromImage(photo);
    expect(quality).toBeGreaterThanOrEqual(50);
    const bank = await findOrCreateBank(db, uid("bank"));
    // As a hand-made or legacy entry would be: the quality on record is below the matching minimum.
    await insertHashEntry(db, { bankId: bank.id, pdqHash: hash, quality: 12, category: "firearm", note: "featureless" });
    await hashBank().sync(db, true);
    const out = await predictListing(db, upload(photo, "Garden gnome"), { scorer: null });
    expect(out.evidence.hashMatches).toEqual([]);
  });

  it("an unrelated image does not match", async () => {
    await hashBank().sync(db, true);
    const out = await predictListing(db, upload(await makeJpeg(7, 320), "Blue vase"), { scorer: null });
    expect(out.evidence.hashMatches).toEqual([]);
  });

  it("a sync that re-reads unchanged entries leaves the index alone", async () => {
    const bank = await findOrCreateBank(db, uid("bank"));
    const { hash, quality } = await pdqFromImage(await makeJpeg(11, 240));
    await insertHashEntry(db, { bankId: bank.id, pdqHash: hash, quality, category: "firearm", note: "unchanged" });
    await hashBank().sync(db, true);
    // The next sync re-reads the last 30 s (late commits): nothing changed, so nothing is rebuilt.
    const add = vi.spyOn(hashBank().index, "add");
    const compact = vi.spyOn(hashBank().index, "compact");
    try {
      await hashBank().sync(db, true);
      expect(add).not.toHaveBeenCalled();
      expect(compact).not.toHaveBeenCalled();
    } finally {
      add.mockRestore();
      compact.mockRestore();
    }
  });
});
