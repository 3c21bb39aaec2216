/** The policy in force, cached briefly: predict reads it on every call. */
import type { Db } from "@/db/client";
import { findActivePolicy } from "@/db/queries/policies";
import { DEFAULT_THRESHOLDS, regionOverridesSchema, thresholdsSchema, type Policy } from "./thresholds";

const CACHE_MS = 5_000;
let cached: { policy: Policy; until: number } | undefined;

/** With no published policy yet, the built-in default applies (version 0). */
export async function activePolicy(db: Db): Promise<Policy> {
  if (cached && cached.until > Date.now()) return cached.policy;
  const row = await findActivePolicy(db);
  const policy: Policy = row
    ? {
        version: row.version,
        thresholds: thresholdsSchema.parse(row.thresholds),
        regionOverrides: regionOverridesSchema.parse(row.regionOverrides),
      }
    : { version: 0, thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} };
  cached = { policy, until: Date.now() + CACHE_MS };
  return policy;
}

/** Publishing a policy must take effect at once in this process. */
export function forgetActivePolicy(): void {
  cached = undefined;
}
