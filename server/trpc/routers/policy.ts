import { z } from "zod";
import { listPolicyHistory } from "@/db/queries/policies";
import { previewPolicy } from "@/server/policy/preview-policy";
import { currentPolicy, policyDraftSchema, publishPolicy, rollbackPolicy } from "@/server/policy/publish-policy";
import { policyLeadProcedure, router } from "../init";

export const policyRouter = router({
  /** Uncached: the console must show the version just published. */
  active: policyLeadProcedure.query(({ ctx }) => currentPolicy(ctx.db)),
  list: policyLeadProcedure.query(({ ctx }) => listPolicyHistory(ctx.db)),
  /** Replay the decision rule over recent predictions: active policy vs this draft. */
  preview: policyLeadProcedure
    .input(
      z.object({
        draft: policyDraftSchema,
        days: z.number().int().min(1).max(365).optional(),
        limit: z.number().int().min(1).max(50_000).optional(),
      }),
    )
    .query(({ ctx, input }) => previewPolicy(ctx.db, input.draft, { days: input.days, limit: input.limit })),
  publish: policyLeadProcedure
    .input(z.object({ draft: z.unknown(), note: z.string().max(500).default(""), baseVersion: z.number().int().min(0).optional() }))
    .mutation(({ ctx, input }) => publishPolicy(ctx.db, ctx.user, input)),
  rollback: policyLeadProcedure
    .input(z.object({ version: z.number().int().min(1), note: z.string().max(500).optional() }))
    .mutation(({ ctx, input }) => rollbackPolicy(ctx.db, ctx.user, input)),
});
