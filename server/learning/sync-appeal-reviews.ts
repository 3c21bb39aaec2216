/**
 * Appeals reach moderators through the review queue: each open appeal gets an open review item
 * (reason "appeal", with the appeal boost), and an item already open for that listing is boosted.
 * Run before the queue is read, so an appeal filed a moment ago is already in line; cheap when
 * there is nothing to do (two indexed reads).
 */
import type { Db } from "@/db/client";
import { appendAudit } from "@/db/queries/audit";
import { updateReviewItem } from "@/db/queries/moderation";
import { lockAppealSync, openAppealsWithoutOpenItem, openItemsMissingAppealBoost } from "@/db/queries/review-appeals";
import { SEVERITY } from "../cascade/decide";
import { openReviewItem } from "../policy/open-review-item";
import { priorityOf, reachFactor, type PriorityFactors } from "../policy/review-priority";
import { BLOCKED_BY_DEFAULT, type Scores } from "../taxonomy";

export async function syncAppealReviews(db: Db): Promise<{ created: number; boosted: number }> {
  return db.transaction(async (tx) => {
    await lockAppealSync(tx);
    const missing = await openAppealsWithoutOpenItem(tx);
    for (const a of missing) {
      const scores = (a.scores ?? null) as Scores | null;
      const severity = scores ? Math.max(0, ...BLOCKED_BY_DEFAULT.map((c) => SEVERITY[c] * scores[c])) : 0.5;
      const factors: PriorityFactors = { severity, uncertainty: 0, reach: reachFactor(a.activeListings), failOpen: a.failOpen ? 1 : 0, appeal: 1 };
      const itemId = await openReviewItem(tx, { listingVersionId: a.listingVersionId, predictionId: a.predictionId, reasons: ["appeal"], factors });
      await appendAudit(tx, { actorType: "system", actorId: "appeal-sync", action: "review.created_for_appeal", entityType: "review_item", entityId: itemId, data: { appealId: a.appealId } });
    }
    const unboosted = await openItemsMissingAppealBoost(tx);
    for (const it of unboosted) {
      const factors: PriorityFactors = { ...(it.factors as PriorityFactors), appeal: 1 };
      await updateReviewItem(tx, it.id, { priorityFactors: factors, priority: priorityOf(factors), reasons: it.reasons.includes("appeal") ? it.reasons : [...it.reasons, "appeal"] });
    }
    return { created: missing.length, boosted: unboosted.length };
  });
}
