/** Server settings from the environment, read in one place. */
import path from "node:path";

/** Where embedded Postgres, blobs, caches and demo credentials live (gitignored). */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SIGHTLINE_DATA_DIR ?? ".data");
}

export const config = {
  /** Stage 2's share of the 500 ms budget; past it the cascade fails open. */
  modelBudgetMs: Number(process.env.SIGHTLINE_MODEL_BUDGET_MS ?? 350),
  /** Hamming distance for a PDQ hash-bank match (256-bit hashes). */
  hashMatchDistance: Number(process.env.SIGHTLINE_HASH_DISTANCE ?? 31),
  /** PDQ hashes below this quality are too featureless to match on. */
  hashMinQuality: Number(process.env.SIGHTLINE_HASH_MIN_QUALITY ?? 50),
};
