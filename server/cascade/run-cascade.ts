/**
 * Runs the stages cheapest first until one decides, timing each. A stage that throws becomes a
 * fail-open result (the rules' verdict + review), never a crash: the upload flow always gets an
 * answer.
 */
import { blockRateBreaker } from "./circuit-breaker";
import { withCircuitBreaker } from "./decide";
import { failOpen } from "./fail-open";
import type { CascadeItem, CascadeResult, Stage, Verdict } from "./types";

export async function runCascade(item: CascadeItem, stages: Stage[]): Promise<CascadeResult> {
  const timings: CascadeResult["timings"] = [];
  let verdict: Verdict | undefined;
  for (const stage of stages) {
    const t0 = performance.now();
    try {
      const result = await stage.run(item);
      if (result.kind === "decided") verdict = result.verdict;
    } catch (err) {
      verdict = failOpen(item, "stage_error", `stage ${stage.name} failed: ${(err as Error).message}`);
    }
    timings.push({ stage: stage.name, ms: round(performance.now() - t0) });
    if (verdict) break;
  }
  if (!verdict) verdict = failOpen(item, "stage_error", "no stage decided");
  // A fail-open block is an automatic block like decide's: the breaker counts it and may pause it.
  if (verdict.failOpen) verdict = withCircuitBreaker(verdict, blockRateBreaker());
  const text = [...(item.text?.spans ?? []), ...(item.text?.negatives ?? []), ...(item.model?.textAttributions ?? [])];
  return { verdict, item, timings, evidence: { text, hashMatches: item.hashMatches } };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
