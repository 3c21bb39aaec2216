/**
 * /api/trpc: what every request passes before tRPC runs a procedure, cheapest check first.
 * 1. Batch size (MAX_BATCH_CALLS) → 413.
 * 2. A cookie-borne (or login) POST from another site's page → 403 (CSRF).
 * 3. Service tokens: rate per token → 429; listing.predict calls in flight → 429. Both before
 *    the body is read, so refusing costs next to nothing.
 * 4. The body, read while it streams and refused (413) past the caller's cap: a listing's worth
 *    per predict call with a valid service token, CONSOLE_MAX_BODY_BYTES for everyone else.
 * Refusals are tRPC errors (thrown from createContext), so every client, batched or streaming,
 * reads them like any other error.
 */
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db/client";
import { serviceFromAuthorization } from "../auth/service-tokens";
import { predictGate, serviceTokenBuckets } from "../http/admission";
import { readBodyWithin, megabytes } from "../http/read-body";
import { isCrossSite } from "../http/request-origin";
import { MAX_BATCH_CALLS, maxBodyBytes } from "../http/request-limits";
import type { Release } from "../limits/gate";
import { sessionTokenOf } from "../http/cookies";
import { createHttpContext } from "./http-context";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/api/trpc";
const PREDICT = "listing.predict";

/** The procedure paths a request names: "a.b,c.d?batch=1" is two calls. */
export function callPaths(url: URL): string[] {
  const raw = url.pathname.slice(TRPC_ENDPOINT.length).replace(/^\/+|\/+$/g, "");
  const paths = url.searchParams.get("batch") === "1" ? raw.split(",") : [raw];
  return paths.map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p; // tRPC answers the bad encoding itself
    }
  });
}

/** A batch whose results stream (httpBatchStreamLink): its body is still being written after the handler returns. */
function streams(req: Request): boolean {
  const accept = req.headers.get("trpc-accept") ?? req.headers.get("accept") ?? "";
  return accept.split(",").some((t) => t.trim() === "application/jsonl");
}

/** Calls `release` once the response body has been sent (or abandoned). */
function releaseAfterBody(res: Response, release: Release): Response {
  if (!res.body) {
    release();
    return res;
  }
  const reader = res.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          release();
          controller.close();
        } else controller.enqueue(value);
      } catch (err) {
        release();
        controller.error(err);
      }
    },
    cancel(reason) {
      release();
      return reader.cancel(reason);
    },
  });
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}

function run(req: Request, refusal?: { error: TRPCError; retryAfterS?: number }): Promise<Response> {
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req,
    router: appRouter,
    createContext: ({ req, resHeaders }) => {
      if (refusal) {
        if (refusal.retryAfterS !== undefined) resHeaders.set("Retry-After", String(refusal.retryAfterS));
        throw refusal.error;
      }
      return createHttpContext(req, resHeaders);
    },
  });
}

/** Answers with `code` for every call in the request, without reading its body. */
function refuse(req: Request, code: TRPCError["code"], message: string, retryAfterS?: number): Promise<Response> {
  req.body?.cancel().catch(() => {});
  const bodiless = new Request(req.url, { method: req.method, headers: req.headers });
  return run(bodiless, { error: new TRPCError({ code, message }), retryAfterS });
}

export async function handleTrpcRequest(req: Request): Promise<Response> {
  const paths = callPaths(new URL(req.url));
  if (paths.length > MAX_BATCH_CALLS) {
    return refuse(req, "PAYLOAD_TOO_LARGE", `A batch may hold at most ${MAX_BATCH_CALLS} calls; this one has ${paths.length}`);
  }

  const authorization = req.headers.get("authorization");
  // A bearer token without a cookie cannot be sent by another site's page; a cookie can, and so
  // can a login form, so those must come from this site's own pages.
  const cookieOrLogin = sessionTokenOf(req) !== undefined || !authorization;
  if (req.method === "POST" && cookieOrLogin && isCrossSite(req.headers)) {
    return refuse(req, "FORBIDDEN", "Cross-site request refused: the API accepts session calls only from Sightline's own pages");
  }

  const service = await serviceFromAuthorization(getDb(), authorization);
  const predicts = service ? paths.filter((p) => p === PREDICT).length : 0;
  let release: Release | null = null;
  if (service) {
    const buckets = serviceTokenBuckets();
    const take = buckets.take(service.tokenId, paths.length);
    if (!take.ok) {
      return refuse(req, "TOO_MANY_REQUESTS", `Service token "${service.name}" is over its rate limit of ${buckets.ratePerS} calls a second; try again in ${take.retryAfterS} s`, take.retryAfterS);
    }
  }
  if (predicts > 0) {
    const gate = predictGate();
    release = gate.tryEnter(predicts);
    if (!release) {
      return refuse(req, "TOO_MANY_REQUESTS", `Sightline is deciding as many listings as this server can (${gate.limit}); try again in a second`, 1);
    }
  }

  try {
    let forward = req;
    if (req.method !== "GET" && req.method !== "HEAD") {
      const max = maxBodyBytes(predicts);
      const body = await readBodyWithin(req, max);
      if (!body.ok) {
        release?.();
        const what = predicts > 0 ? `${predicts} listing${predicts === 1 ? "" : "s"} at the size limits` : "a call without a service token";
        return refuse(req, "PAYLOAD_TOO_LARGE", `The request body is over ${megabytes(max)}, the most ${what} can need`);
      }
      forward = new Request(req.url, { method: req.method, headers: req.headers, body: body.bytes, signal: req.signal });
    }
    const res = await run(forward);
    if (!release) return res;
    // A single call's (or plain batch's) work is done when the handler returns; a streamed batch's is not.
    if (!streams(req)) {
      release();
      return res;
    }
    return releaseAfterBody(res, release);
  } catch (err) {
    release?.();
    throw err;
  }
}
