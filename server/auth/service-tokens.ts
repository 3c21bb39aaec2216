/** The upload flow authenticates with a bearer service token, stored hashed. */
import type { Db } from "@/db/client";
import { findServiceToken } from "@/db/queries/auth";
import { hashSecret } from "./tokens";

export interface ServiceCaller {
  tokenId: string;
  name: string;
}

/** Tokens rarely change and predict runs at hundreds of QPS: cache lookups briefly. */
const cache = new Map<string, { caller: ServiceCaller | null; until: number }>();
const CACHE_MS = 10_000;
/** Wrong tokens are cached too (a retry storm must not hit the database), so the map is capped. */
const MAX_CACHED = 10_000;

export async function serviceFromAuthorization(db: Db, header: string | null): Promise<ServiceCaller | null> {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match) return null;
  const hash = hashSecret(match[1]);
  const hit = cache.get(hash);
  if (hit && hit.until > Date.now()) return hit.caller;
  const row = await findServiceToken(db, hash);
  const caller = row ? { tokenId: row.id, name: row.name } : null;
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(hash, { caller, until: Date.now() + CACHE_MS });
  return caller;
}

/** Revocation must bite at once in this process. */
export function forgetServiceTokens(): void {
  cache.clear();
}
