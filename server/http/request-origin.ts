/**
 * Who sent a request and to which host, as far as the headers can be believed. Next.js fills
 * X-Forwarded-For / X-Forwarded-Host from the socket and the Host header only when the request
 * does not carry them already, so they are the client's own words unless a proxy we trust wrote
 * them: SIGHTLINE_TRUSTED_PROXIES says how many proxies stand in front of the app (default 0).
 */
import { envNumber } from "../config";

export function trustedProxies(): number {
  return Math.floor(envNumber("SIGHTLINE_TRUSTED_PROXIES", 0, 0));
}

/**
 * The client's address: the entry the outermost trusted proxy appended to X-Forwarded-For. With
 * no trusted proxy, the last entry: the socket's address as Next.js recorded it, unless the client
 * sent an X-Forwarded-For of its own, which Next.js keeps (README: run behind a proxy for that).
 */
export function clientAddress(headers: Headers, proxies = trustedProxies()): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!entries.length) return null;
  return entries[Math.max(0, entries.length - Math.max(1, proxies))];
}

/** The host the browser addressed: a trusted proxy's X-Forwarded-Host, else the Host header. */
export function requestHost(headers: Headers, proxies = trustedProxies()): string | null {
  const forwarded = proxies > 0 ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return (forwarded || headers.get("host") || null)?.toLowerCase() ?? null;
}

export function isLocalHost(host: string | null): boolean {
  if (!host) return false;
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0];
  return name === "localhost" || name.endsWith(".localhost") || name === "127.0.0.1" || name === "[::1]";
}

/**
 * Session cookies are Secure unless the app is addressed as localhost (plain-HTTP development and
 * tests). SIGHTLINE_SECURE_COOKIES=1 forces Secure everywhere, =0 never (plain HTTP on a LAN host).
 */
export function secureCookies(headers: Headers, proxies = trustedProxies()): boolean {
  const setting = process.env.SIGHTLINE_SECURE_COOKIES;
  if (setting === "1") return true;
  if (setting === "0") return false;
  return !isLocalHost(requestHost(headers, proxies));
}

/**
 * True when a browser says the request comes from another site: its Origin names a host other
 * than the one addressed ("null", from sandboxed frames and some redirects, counts as foreign).
 * No Origin at all is a non-browser client (curl, the upload flow): not a cross-site request.
 */
export function isCrossSite(headers: Headers, proxies = trustedProxies()): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  return host !== requestHost(headers, proxies);
}
