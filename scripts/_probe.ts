import { analyseText } from "@/server/text/analyse-text";
for (const t of process.argv.slice(2)) {
  const r = analyseText({ title: t, description: "" });
  console.log(JSON.stringify(t), r.language, JSON.stringify(r.ruleScores));
  for (const s of r.spans) console.log("   +", s.rule, JSON.stringify(s.text), s.weight);
  for (const s of r.negatives) console.log("   -", s.rule, JSON.stringify(s.text), s.weight);
  for (const s of r.suppressed) console.log("   x", s.rule, JSON.stringify(s.text), "by", s.suppressedBy);
}
