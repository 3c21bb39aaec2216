/** Server settings from the environment, read in one place. */
import path from "node:path";

/** Where embedded Postgres, blobs, caches and demo credentials live (gitignored). */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SIGHTLINE_DATA_DIR ?? ".data");
}

/** A numeric setting: the variable when it is a number ≥ min, else the fallback. Read when called. */
export function envNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw !== "" && Number.isFinite(value) && value >= min ? value : fallback;
}

export const config = {
  /** Stage 2's share of the 500 ms budget; past it the cascade fails open. */
  modelBudgetMs: Number(process.env.SIGHTLINE_MODEL_BUDGET_MS ?? 350),
  /**
   * Stage 1's limit on waiting for photo hashes (image workers backed up or stuck); past it the
   * cascade fails open on the text rules. Not a latency target: a full listing of phone photos
   * takes its time to hash, and must not fail open on a machine that is merely busy.
   */
  fastSignalsBudgetMs: Number(process.env.SIGHTLINE_FAST_SIGNALS_BUDGET_MS ?? 2_000),
  /** Hamming distance for a PDQ hash-bank match (256-bit hashes). */
  hashMatchDistance: Number(process.env.SIGHTLINE_HASH_DISTANCE ?? 31),
  /** PDQ hashes below this quality are too featureless to match on. */
  hashMinQuality: Number(process.env.SIGHTLINE_HASH_MIN_QUALITY ?? 50),
};
