/**
 * The seller's page: only ever the caller's own listings, with reasons in plain words (never the
 * scores, thresholds, hash distances or model versions moderators see), and appeals.
 */
import { z } from "zod";
import { listSellerListings } from "@/db/queries/seller-listings";
import type { Reason } from "@/server/cascade/types";
import { appealRefusal } from "@/server/seller/appeal-rules";
import { fileAppeal } from "@/server/seller/file-appeal";
import { sellerReasons } from "@/server/seller/seller-reasons";
import { router, sellerProcedure } from "../init";

export const sellerRouter = router({
  myListings: sellerProcedure.query(async ({ ctx }) => {
    if (!ctx.user.sellerId) return [];
    const rows = await listSellerListings(ctx.db, ctx.user.sellerId);
    return rows.map((row) => ({
      listingId: row.listingId,
      version: row.version,
      versionId: row.versionId,
      title: row.title,
      createdAt: row.createdAt,
      outcome: row.outcome,
      appealStatus: row.appealStatus,
      reasons: sellerReasons({ outcome: row.outcome, source: row.decisionSource, reasons: (row.evidence as { reasons?: Reason[] } | null)?.reasons }),
      // The page lists current versions only; the daily limit is reported when an appeal is filed.
      canAppeal: appealRefusal({ isCurrent: true, outcome: row.outcome, latestAppealStatus: row.appealStatus }) === null,
    }));
  }),
  fileAppeal: sellerProcedure
    .input(z.object({ versionId: z.uuid(), message: z.string().trim().min(10, "say at least a sentence").max(2000) }))
    .mutation(({ ctx, input }) => fileAppeal(ctx.db, ctx.user, input)),
});
