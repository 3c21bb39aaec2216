import { listPolicies } from "@/db/queries/policies";
import { activePolicy } from "@/server/policy/active-policy";
import { policyLeadProcedure, router } from "../init";

export const policyRouter = router({
  active: policyLeadProcedure.query(({ ctx }) => activePolicy(ctx.db)),
  list: policyLeadProcedure.query(({ ctx }) => listPolicies(ctx.db)),
});
