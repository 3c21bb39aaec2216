/**
 * The known-bad hash bank: entries added in Postgres block matching uploads (even re-encoded
 * copies), removed entries stop matching once the in-memory index syncs, and a sync that fails
 * leaves the index in memory serving.
 */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createDb, type Db } from "@/db/client";
import { findOrCreateBank, insertHashEntry, removeHashEntry } from "@/db/queries/hash-banks";
import { pdqFromImage } from "@/server/image/pdq";
import { logger } from "@/server/logger";
import { DEFAULT_THRESHOLDS } from "@/server/policy/thresholds";
import { makeJpeg, uid } from "@/server/test/factories";
import { fastSignalsStage } from "./fast-signals";
import { hashBank } from "./hash-bank-index";
import { cleanImages, decodeAndHash, readImageHeaders } from "./intake";
import { predictListing } from "./predict-listing";
import type { CascadeItem } from "./types";

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

  it("a sync that fails (database unreachable) keeps the index in memory, logs, and stage 1 still blocks on it", async () => {
    const photo = await makeJpeg(77, 320);
    const bank = await findOrCreateBank(db, uid("bank"));
    const { hash, quality } = await pdqFromImage(photo);
    await insertHashEntry(db, { bankId: bank.id, pdqHash: hash, quality, category: "firearm", note: "kept through an outage" });
    await hashBank().sync(db, true);

    // Nothing listens on port 1: the database is down as the client sees it.
    const down = createDb("postgres://sightline@127.0.0.1:1/sightline", 1);
    const warn = vi.spyOn(logger, "warn");
    try {
      await expect(hashBank().sync(down, true)).resolves.toBeUndefined();
      expect(hashBank().lastError).toMatch(/ECONNREFUSED/);
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ err: expect.stringMatching(/ECONNREFUSED/) }), expect.stringMatching(/hash bank sync failed/));

      // Once the next sync is due, stage 1 on the unreachable database: the sync it starts
      // fails again, and the index in memory still decides.
      await new Promise((r) => setTimeout(r, 2_100));
      const raw = decodeAndHash(upload(photo));
      const item: CascadeItem = {
        input: raw.input,
        images: await cleanImages(raw, await readImageHeaders(raw)),
        rawImages: raw.rawImages,
        rawImageSha256: raw.rawImageSha256,
        seller: { accountAgeDays: 30, priorViolations: 0, activeListings: null },
        policy: { version: 0, thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} },
        pdq: [],
        hashMatches: [],
      };
      const result = await fastSignalsStage(down).run(item);
      expect(result.kind === "decided" && result.verdict.outcome).toBe("block");
      expect(result.kind === "decided" && result.verdict.reasons[0].code).toBe("hash_bank_match");
      await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2));
    } finally {
      warn.mockRestore();
      await down.$client.end();
    }
    await hashBank().sync(db, true);
    expect(hashBank().lastError).toBeNull();
  });
});
