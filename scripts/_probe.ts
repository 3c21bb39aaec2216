import { analyseText } from "@/server/text/analyse-text";
import { ruleFeatures, RULE_FEATURES } from "@/server/text/rule-features";
import { scoreListing, warmUpModels } from "@/server/inference/score-listing";
await warmUpModels();
for (const t of process.argv.slice(2)) {
  const a = analyseText({ title: t, description: "" });
  const f = ruleFeatures(a);
  const m = await scoreListing({ images: [], title: t, description: "", context: {} });
  console.log(t, "|", [...f].map((v, i) => v ? `${RULE_FEATURES[i]}=${v.toFixed(2)}` : "").filter(Boolean).join(" "), "|", Object.entries(m.scores).filter(([, v]) => v > 0.05).map(([k, v]) => `${k}:${v.toFixed(2)}`).join(" "));
}
process.exit(0);
