/**
 * Seller history for the model and the review priority, cached briefly per process: it changes
 * slowly (a new block now and then), and counting a big seller's past violations on every upload
 * would cost a scan per request exactly for the sellers who upload most.
 */
import type { Db } from "@/db/client";
import { findSellerContext } from "@/db/queries/listings";
import type { SellerContext } from "./types";

const TTL_MS = 60_000;
const MAX_SELLERS = 50_000;
const holder = globalThis as unknown as { __sightlineSellers?: Map<string, { value: SellerContext; until: number }> };

export async function sellerContext(db: Db, sellerId: string): Promise<SellerContext> {
  const cache = (holder.__sightlineSellers ??= new Map());
  const hit = cache.get(sellerId);
  if (hit && hit.until > Date.now()) return hit.value;
  const value = await findSellerContext(db, sellerId);
  cache.delete(sellerId);
  cache.set(sellerId, { value, until: Date.now() + TTL_MS });
  // Maps iterate in insertion order: the first key is the least recently refreshed.
  if (cache.size > MAX_SELLERS) cache.delete(cache.keys().next().value!);
  return value;
}
