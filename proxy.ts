/**
 * Pages only (API routes, static files and prefetches are matched out): a fresh CSP nonce per
 * request. Next.js reads the nonce from the request's Content-Security-Policy header and puts it
 * on the scripts it renders; the browser gets the same policy on the response.
 */
import { NextResponse, type NextRequest } from "next/server";
import { isLocalHost, requestHost } from "@/server/http/request-origin";
import { pageCsp } from "@/server/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageCsp({ nonce, dev: process.env.NODE_ENV === "development", localhost: isLocalHost(requestHost(request.headers)) });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
