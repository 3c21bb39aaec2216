import { listOpenReviewItems } from "@/db/queries/review-queue";
import { moderatorProcedure, router } from "../init";

export const reviewRouter = router({
  queue: moderatorProcedure.query(({ ctx }) => listOpenReviewItems(ctx.db)),
});
