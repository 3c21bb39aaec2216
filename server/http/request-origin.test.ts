import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, isCrossSite, isLocalHost, requestHost, secureCookies } from "./request-origin";

const h = (init: Record<string, string>) => new Headers(init);

afterEach(() => {
  delete process.env.SIGHTLINE_SECURE_COOKIES;
});

describe("request origin", () => {
  it("takes the address the outermost trusted proxy appended, and only that", () => {
    const headers = h({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" });
    expect(clientAddress(headers, 0)).toBe("10.0.0.2");
    expect(clientAddress(headers, 1)).toBe("10.0.0.2");
    expect(clientAddress(headers, 2)).toBe("203.0.113.7");
    expect(clientAddress(headers, 9)).toBe("6.6.6.6");
    expect(clientAddress(h({}), 1)).toBeNull();
  });

  it("believes X-Forwarded-Host only from a trusted proxy", () => {
    const headers = h({ host: "app.internal:3000", "x-forwarded-host": "sightline.example" });
    expect(requestHost(headers, 0)).toBe("app.internal:3000");
    expect(requestHost(headers, 1)).toBe("sightline.example");
  });

  it("knows localhost in its spellings", () => {
    for (const host of ["localhost", "localhost:3000", "127.0.0.1:3201", "[::1]:3000", "app.localhost"]) expect(isLocalHost(host)).toBe(true);
    for (const host of ["sightline.example", "localhost.example.com", "127.0.0.2", null]) expect(isLocalHost(host)).toBe(false);
  });

  it("makes cookies Secure except on localhost, unless told otherwise", () => {
    expect(secureCookies(h({ host: "sightline.example" }), 0)).toBe(true);
    expect(secureCookies(h({ host: "127.0.0.1:3000" }), 0)).toBe(false);
    process.env.SIGHTLINE_SECURE_COOKIES = "1";
    expect(secureCookies(h({ host: "localhost:3000" }), 0)).toBe(true);
    process.env.SIGHTLINE_SECURE_COOKIES = "0";
    expect(secureCookies(h({ host: "sightline.example" }), 0)).toBe(false);
  });

  it("calls a request cross-site when its Origin names another host", () => {
    expect(isCrossSite(h({ host: "sightline.example" }), 0)).toBe(false); // no Origin: not a browser
    expect(isCrossSite(h({ host: "sightline.example", origin: "https://sightline.example" }), 0)).toBe(false);
    expect(isCrossSite(h({ host: "127.0.0.1:3201", origin: "http://127.0.0.1:3201" }), 0)).toBe(false);
    expect(isCrossSite(h({ host: "sightline.example", origin: "https://evil.example" }), 0)).toBe(true);
    expect(isCrossSite(h({ host: "sightline.example", origin: "https://sightline.example.evil.example" }), 0)).toBe(true);
    expect(isCrossSite(h({ host: "127.0.0.1:3201", origin: "http://127.0.0.1:4000" }), 0)).toBe(true);
    expect(isCrossSite(h({ host: "sightline.example", origin: "null" }), 0)).toBe(true);
  });
});
