import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isBase64 } from "./predict-input";

describe("isBase64", () => {
  it("accepts standard base64, padded or not", () => {
    for (const n of [0, 1, 2, 3, 4, 5, 100, 1001]) {
      const text = randomBytes(n).toString("base64");
      expect(isBase64(text), text).toBe(true);
      expect(isBase64(text.replace(/=+$/, "")), `${text} unpadded`).toBe(true);
    }
  });

  it("refuses what the decoder would silently skip or misread", () => {
    const good = randomBytes(30).toString("base64"); // 40 characters, no padding
    for (const bad of [
      "!!notbase64!!",
      `${good.slice(0, 20)}\n${good.slice(20)}`, // line breaks
      `${good.slice(0, 20)} ${good.slice(20)}`,
      "ab=c", // padding inside
      "abc===", // too much padding
      "a", // one character holds no byte
      good.replace(/[+/]/g, "-") + "-_", // base64url
    ]) {
      expect(isBase64(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
