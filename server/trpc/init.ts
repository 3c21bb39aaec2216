/**
 * tRPC: context, error mapping and procedures by role. The context can be built without an HTTP
 * request, so routers are tested with `createCaller` against a real database.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { randomUUID } from "node:crypto";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/db/queries/auth";
import { AppError, type AppErrorCode } from "../errors/app-error";
import { logger } from "../logger";
import type { ServiceCaller } from "../auth/service-tokens";

export type Role = SessionUser["role"];

export interface Context {
  db: Db;
  user: SessionUser | null;
  service: ServiceCaller | null;
  /** Where procedures add Set-Cookie and similar. */
  resHeaders: Headers;
  sessionToken?: string;
  /** The caller's address over HTTP (server/http/request-origin.ts); null when unknown. */
  clientAddress?: string | null;
  /** Whether Set-Cookie gets Secure; true unless the request addressed localhost. */
  secureCookies?: boolean;
  requestId: string;
  log: typeof logger;
}

export function createContext(input: Omit<Context, "requestId" | "log" | "resHeaders"> & { resHeaders?: Headers }): Context {
  const requestId = randomUUID();
  return { resHeaders: new Headers(), ...input, requestId, log: logger.child({ requestId }) };
}

const APP_TO_TRPC: Record<AppErrorCode, TRPCError["code"]> = {
  BAD_INPUT: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
};

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof ZodError
        ? z.flattenError(cause).fieldErrors
        : cause instanceof AppError
          ? cause.fieldErrors
          : undefined;
    // Unknown errors never reach the client verbatim; invalid input reads as one plain sentence.
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? "Internal error"
        : cause instanceof ZodError
          ? `Invalid input: ${cause.issues.map((i) => `${i.path.join(".") || "input"} ${i.message}`).join("; ")}`
          : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined, fieldErrors: fieldErrors ?? null } };
  },
});

/** Services throw AppError; turn it into the matching TRPCError, and log the rest. */
const mapErrors = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      if (cause.retryAfterS !== undefined) ctx.resHeaders.set("Retry-After", String(cause.retryAfterS));
      throw new TRPCError({ code: APP_TO_TRPC[cause.code], message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") ctx.log.error({ err: cause ?? result.error, path }, "procedure failed");
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapErrors);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Log in first" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Admins may do what any role may; everyone else only their own. */
export function roleProcedure(...roles: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role) && ctx.user.role !== "admin") {
      throw new TRPCError({ code: "FORBIDDEN", message: `Needs role ${roles.join(" or ")}` });
    }
    return next({ ctx });
  });
}

export const moderatorProcedure = roleProcedure("moderator");
export const policyLeadProcedure = roleProcedure("policy_lead");
export const sellerProcedure = roleProcedure("seller");
export const adminProcedure = roleProcedure("admin");

export const serviceProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.service) {
    // A logged-in person is known but not allowed; nobody at all is not authenticated.
    throw new TRPCError({
      code: ctx.user ? "FORBIDDEN" : "UNAUTHORIZED",
      message: "A service token (Authorization: Bearer …) is required",
    });
  }
  return next({ ctx: { ...ctx, service: ctx.service } });
});
