/**
 * What stops this instance from serving predict as it should, for /api/health to answer non-200
 * on (a load balancer then routes around it): a model file missing, the model stage failed to
 * load, or a worker pool crash-looping (its starts backed off, so every listing fails open).
 * Loading is not a problem here: start-up is reported separately.
 */
import type { ModelFileState } from "../inference/model-files";
import type { WorkerPoolStats } from "../workers/worker-pool";

export interface ServingState {
  files: Record<string, Pick<ModelFileState, "present">>;
  scorer: { status: "warming" | "ready" | "error"; error?: string };
  pools: WorkerPoolStats[];
}

/** One line per problem; empty when the instance can serve. */
export function servingProblems({ files, scorer, pools }: ServingState): string[] {
  const problems: string[] = [];
  for (const [name, file] of Object.entries(files)) if (!file.present) problems.push(`model file ${name} is missing`);
  if (scorer.status === "error") problems.push(`the model stage failed to load: ${scorer.error ?? "unknown error"}`);
  for (const pool of pools) {
    if (pool.crashLooping) problems.push(`${pool.name} workers keep stopping (${pool.lastStop}); next start in ${pool.restartInMs} ms`);
  }
  return problems;
}
