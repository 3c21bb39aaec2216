import { createCallerFactory, router } from "./init";
import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { listingRouter } from "./routers/listing";
import { occlusionRouter } from "./routers/occlusion";
import { policyRouter } from "./routers/policy";
import { reviewRouter } from "./routers/review";
import { sellerRouter } from "./routers/seller";

export const appRouter = router({
  auth: authRouter,
  listing: listingRouter,
  review: reviewRouter,
  policy: policyRouter,
  seller: sellerRouter,
  admin: adminRouter,
  occlusion: occlusionRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
