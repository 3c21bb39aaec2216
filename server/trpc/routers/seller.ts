import { z } from "zod";
import { appendAudit } from "@/db/queries/audit";
import { findVersionOwner, listSellerListings } from "@/db/queries/seller-listings";
import { appeals } from "@/db/schema";
import { AppError } from "@/server/errors/app-error";
import type { Reason } from "@/server/cascade/types";
import { router, sellerProcedure } from "../init";

export const sellerRouter = router({
  /** Only ever the caller's own listings. */
  myListings: sellerProcedure.query(async ({ ctx }) => {
    if (!ctx.user.sellerId) return [];
    const rows = await listSellerListings(ctx.db, ctx.user.sellerId);
    return rows.map(({ evidence, ...row }) => ({
      ...row,
      // Sellers see the reasons, not internal scores or evidence offsets.
      reasons: ((evidence as { reasons?: Reason[] } | null)?.reasons ?? []).map((r) => r.message),
    }));
  }),
  fileAppeal: sellerProcedure
    .input(z.object({ versionId: z.uuid(), message: z.string().trim().min(10, "say at least a sentence").max(2000) }))
    .mutation(async ({ ctx, input }) => {
      const owner = await findVersionOwner(ctx.db, input.versionId);
      if (!owner || owner.sellerId !== ctx.user.sellerId) throw new AppError("NOT_FOUND", "No such listing");
      return ctx.db.transaction(async (tx) => {
        const [appeal] = await tx
          .insert(appeals)
          .values({ listingVersionId: input.versionId, sellerId: owner.sellerId, message: input.message })
          .onConflictDoNothing()
          .returning();
        if (!appeal) throw new AppError("CONFLICT", "An appeal for this listing is already open");
        await appendAudit(tx, {
          actorType: "user",
          actorId: ctx.user.id,
          action: "appeal.filed",
          entityType: "appeal",
          entityId: appeal.id,
          data: { listingId: owner.listingId },
        });
        return appeal;
      });
    }),
});
