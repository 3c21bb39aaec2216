/**
 * Stage 1, fast signals (~10 ms): PDQ hashes looked up in the known-bad hash bank, and text
 * normalisation + lexicon. A hash-bank hit decides (block); everything else passes on.
 */
import type { Db } from "@/db/client";
import { config } from "../config";
import { pdqInWorker } from "../image/image-workers";
import { memoisedPdq } from "../image/pdq-memo";
import type { PdqResult } from "../image/pdq";
import { CATEGORIES, zeroScores, type Category } from "../taxonomy";
import { analyseText } from "../text/analyse-text";
import { hashBank } from "./hash-bank-index";
import type { HashMatch, Stage } from "./types";

/**
 * Starts (or finds) the PDQ hash of each photo as soon as its bytes arrive, so hashing runs beside
 * the intake checks and lookups instead of after them; the stage below picks the results up.
 */
export function hashImages(rawImages: Uint8Array[], rawImageSha256: string[]): Promise<PdqResult[]> {
  const hashes = Promise.all(rawImages.map((bytes, i) => memoisedPdq(rawImageSha256[i], () => pdqInWorker(bytes))));
  // Rejected intake ends the request before the stage awaits this: not an unhandled rejection.
  hashes.catch(() => {});
  return hashes;
}

export function fastSignalsStage(db: Db): Stage {
  return {
    name: "fast_signals",
    async run(item) {
      const bank = hashBank();
      const [pdq] = await Promise.all([hashImages(item.rawImages, item.rawImageSha256), bank.sync(db)]);
      item.pdq = pdq;
      item.hashMatches = pdq.flatMap((h, imageIndex): HashMatch[] =>
        // Featureless images (flat colour, tiny) hash alike: never match on them.
        h.quality < config.hashMinQuality
          ? []
          : bank.index.query(h.hash, config.hashMatchDistance).map(({ id, distance }): HashMatch => {
              const { bankName, category, note } = bank.meta.get(id)!;
              return { imageIndex, entryId: id, distance, bankName, category, note };
            }),
      );
      item.text = analyseText({ title: item.input.title, description: item.input.description });

      if (item.hashMatches.length === 0) return { kind: "pass" };
      const best = item.hashMatches.reduce((a, b) => (b.distance < a.distance ? b : a));
      const category: Category = (CATEGORIES as readonly string[]).includes(best.category) ? (best.category as Category) : "firearm";
      return {
        kind: "decided",
        verdict: {
          outcome: "block",
          scores: { ...zeroScores(), ...item.text.ruleScores, [category]: 1 },
          reasons: [
            {
              code: "hash_bank_match",
              category,
              message: `Image ${best.imageIndex + 1} matches "${best.bankName}" entry (PDQ distance ${best.distance})`,
            },
          ],
          tags: [],
          review: null,
          failOpen: false,
        },
      };
    },
  };
}
