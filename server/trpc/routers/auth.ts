import { z } from "zod";
import { LANDING, clearedSessionCookie, login, logout, sessionCookie } from "@/server/auth/sessions";
import { authedProcedure, publicProcedure, router } from "../init";

export const authRouter = router({
  login: publicProcedure
    .input(z.object({ email: z.email("is not an email address"), password: z.string().min(1, "is required").max(200) }))
    .mutation(async ({ ctx, input }) => {
      const { token, user, expiresAt } = await login(ctx.db, input.email, input.password);
      ctx.resHeaders.append("Set-Cookie", sessionCookie(token, expiresAt));
      return { user, landing: LANDING[user.role] };
    }),
  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await logout(ctx.db, ctx.sessionToken);
    ctx.resHeaders.append("Set-Cookie", clearedSessionCookie());
    return { ok: true };
  }),
  me: authedProcedure.query(({ ctx }) => ({ ...ctx.user, landing: LANDING[ctx.user.role] })),
});
