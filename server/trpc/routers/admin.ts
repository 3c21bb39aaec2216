import { eq } from "drizzle-orm";
import { z } from "zod";
import { listHashBanks, listServiceTokens, listUsers } from "@/db/queries/admin";
import { appendAudit } from "@/db/queries/audit";
import { serviceTokens } from "@/db/schema";
import { forgetServiceTokens } from "@/server/auth/service-tokens";
import { hashSecret, newSecret } from "@/server/auth/tokens";
import { adminProcedure, router } from "../init";

export const adminRouter = router({
  overview: adminProcedure.query(async ({ ctx }) => {
    const [users, tokens, banks] = await Promise.all([listUsers(ctx.db), listServiceTokens(ctx.db), listHashBanks(ctx.db)]);
    return { users, tokens, banks };
  }),
  /** The secret is returned once; only its hash is stored. */
  createToken: adminProcedure.input(z.object({ name: z.string().trim().min(1).max(100) })).mutation(async ({ ctx, input }) => {
    const secret = newSecret("slt");
    return ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(serviceTokens)
        .values({ name: input.name, tokenHash: hashSecret(secret), prefix: secret.slice(0, 8), createdBy: ctx.user.id })
        .returning({ id: serviceTokens.id });
      await appendAudit(tx, { actorType: "user", actorId: ctx.user.id, action: "token.created", entityType: "service_token", entityId: row.id, data: { name: input.name } });
      return { id: row.id, secret };
    });
  }),
  revokeToken: adminProcedure.input(z.object({ id: z.uuid() })).mutation(async ({ ctx, input }) => {
    await ctx.db.transaction(async (tx) => {
      await tx.update(serviceTokens).set({ revokedAt: new Date() }).where(eq(serviceTokens.id, input.id));
      await appendAudit(tx, { actorType: "user", actorId: ctx.user.id, action: "token.revoked", entityType: "service_token", entityId: input.id });
    });
    forgetServiceTokens();
    return { ok: true };
  }),
});
