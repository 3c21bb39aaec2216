/**
 * Stage 1, fast signals (~10 ms): PDQ hashes looked up in the known-bad hash bank, and text
 * normalisation + lexicon. A hash-bank hit decides (block); everything else passes on. The stage
 * has a time budget of its own: image workers that are backed up or stuck must not hold the
 * upload, so past it the listing fails open on what the text rules show (fail-open.ts).
 */
import type { Db } from "@/db/client";
import { config } from "../config";
import { pdqInWorker } from "../image/image-workers";
import { memoisedPdq } from "../image/pdq-memo";
import type { PdqResult } from "../image/pdq";
import { analyseText } from "../text/analyse-text";
import { withDeadline, Timeout } from "./deadline";
import { failOpen } from "./fail-open";
import { hashBank, type SyncedHashBank } from "./hash-bank-index";
import type { HashMatch, Stage } from "./types";
import { hashMatchVerdict } from "./verdicts";

/**
 * Starts (or finds) the PDQ hash of each photo as soon as its bytes pass the intake's pixel
 * checks, so hashing runs beside the remaining intake work instead of after it; the stage below
 * picks the results up.
 */
export function hashImages(rawImages: Uint8Array[], rawImageSha256: string[]): Promise<PdqResult[]> {
  const hashes = Promise.all(rawImages.map((bytes, i) => memoisedPdq(rawImageSha256[i], () => pdqInWorker(bytes))));
  // Rejected intake ends the request before the stage awaits this: not an unhandled rejection.
  hashes.catch(() => {});
  return hashes;
}

export function fastSignalsStage(db: Db, budgetMs = config.fastSignalsBudgetMs): Stage {
  return {
    name: "fast_signals",
    async run(item) {
      // Text first: synchronous, and what a fail-open verdict stands on if the photos run late.
      item.text = analyseText({ title: item.input.title, description: item.input.description });
      let pdq: PdqResult[];
      let bank: SyncedHashBank;
      try {
        [pdq, bank] = await withDeadline(Promise.all([hashImages(item.rawImages, item.rawImageSha256), hashBank().current(db)]), budgetMs, "fast signals (photo hashing)");
      } catch (err) {
        const why = err instanceof Timeout ? err.message : `photo hashing failed: ${(err as Error).message}`;
        return { kind: "decided", verdict: failOpen(item, "stage_error", why) };
      }
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
      const verdict = hashMatchVerdict(item);
      return verdict ? { kind: "decided", verdict } : { kind: "pass" };
    },
  };
}
