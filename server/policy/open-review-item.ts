/**
 * Every review item starts the same way, whoever opens it (the cascade, the OCR follow-up, an
 * appeal): priority from its factors, and an SLA due time from now.
 */
import type { DbOrTx } from "@/db/client";
import { insertReviewItem } from "@/db/queries/review-appeals";
import { priorityOf, slaHours, type PriorityFactors } from "./review-priority";

/** Priority from the factors, and the SLA due time counted from now. */
export function reviewItemStart(factors: PriorityFactors): { priority: number; slaDueAt: Date } {
  return { priority: priorityOf(factors), slaDueAt: new Date(Date.now() + slaHours() * 3_600_000) };
}

export async function openReviewItem(
  tx: DbOrTx,
  item: { listingVersionId: string; predictionId: string | null | undefined; reasons: string[]; factors: PriorityFactors },
): Promise<string> {
  const row = await insertReviewItem(tx, {
    listingVersionId: item.listingVersionId,
    predictionId: item.predictionId ?? null,
    reasons: item.reasons,
    priorityFactors: item.factors,
    ...reviewItemStart(item.factors),
  });
  return row.id;
}
