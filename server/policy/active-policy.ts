/** The policy in force, cached briefly: predict reads it on every call. */
import type { Db } from "@/db/client";
import { findActivePolicy } from "@/db/queries/policies";
import { DEFAULT_THRESHOLDS, regionOverridesSchema, thresholdsSchema, type Policy } from "./thresholds";

const CACHE_MS = 5_000;
// On globalThis: Next.js bundles routes and pages separately, and a publish in one must clear
// the cache the others read.
const holder = globalThis as unknown as { __sightlinePolicy?: { policy: Policy; until: number } };

/** With no published policy yet, the built-in default applies (version 0). */
export async function activePolicy(db: Db): Promise<Policy> {
  const cached = holder.__sightlinePolicy;
  if (cached && cached.until > Date.now()) return cached.policy;
  const row = await findActivePolicy(db);
  const policy: Policy = row
    ? {
        version: row.version,
        thresholds: thresholdsSchema.parse(row.thresholds),
        regionOverrides: regionOverridesSchema.parse(row.regionOverrides),
      }
    : { version: 0, thresholds: DEFAULT_THRESHOLDS, regionOverrides: {} };
  holder.__sightlinePolicy = { policy, until: Date.now() + CACHE_MS };
  return policy;
}

/** Publishing a policy must take effect at once in this process. */
export function forgetActivePolicy(): void {
  holder.__sightlinePolicy = undefined;
}
