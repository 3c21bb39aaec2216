import { predictInputSchema } from "@/server/cascade/predict-input";
import { predictListing } from "@/server/cascade/predict-listing";
import { router, serviceProcedure } from "../init";

export const listingRouter = router({
  /** The upload flow's call: decide within 500 ms (P99), store everything. */
  predict: serviceProcedure.input(predictInputSchema).mutation(({ ctx, input }) =>
    predictListing(ctx.db, input, { actor: { type: "service", id: ctx.service.tokenId } }),
  ),
});
