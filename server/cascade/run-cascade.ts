/**
 * Runs the stages cheapest first until one decides, timing each. A stage that throws becomes a
 * fail-open result (allow + review), never a crash: the upload flow always gets an answer.
 */
import type { CascadeItem, CascadeResult, Stage, Verdict } from "./types";
import { failOpen } from "./verdicts";

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
  const text = [...(item.text?.spans ?? []), ...(item.text?.negatives ?? []), ...(item.model?.textAttributions ?? [])];
  return { verdict, item, timings, evidence: { text, hashMatches: item.hashMatches } };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
