import { z } from "zod";
import { login } from "@/server/auth/log-in";
import { LANDING, clearedSessionCookie, logout, sessionCookie } from "@/server/auth/sessions";
import { authedProcedure, publicProcedure, router } from "../init";

export const authRouter = router({
  login: publicProcedure
    .input(z.object({ email: z.email("is not an email address"), password: z.string().min(1, "is required").max(200) }))
    .mutation(async ({ ctx, input }) => {
      const { token, user, expiresAt } = await login(ctx.db, { ...input, clientAddress: ctx.clientAddress });
      ctx.resHeaders.append("Set-Cookie", sessionCookie(token, expiresAt, ctx.secureCookies ?? true));
      return { user, landing: LANDING[user.role] };
    }),
  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await logout(ctx.db, ctx.sessionToken);
    ctx.resHeaders.append("Set-Cookie", clearedSessionCookie(ctx.secureCookies ?? true));
    return { ok: true };
  }),
  me: authedProcedure.query(({ ctx }) => ({ ...ctx.user, landing: LANDING[ctx.user.role] })),
});
