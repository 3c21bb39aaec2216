/**
 * Fault drills: faults a running server can be told to suffer, so `npm run load` can check that
 * every request is still answered and stored exactly once while they happen. Off unless the server
 * was started with SIGHTLINE_FAULT_DRILLS=1 (POST /api/drills answers 404 otherwise).
 */
import { z } from "zod";
import { encoderWorkers } from "../inference/encoder-workers";

export const drillSchema = z.discriminatedUnion("fault", [
  /** An encoder worker thread dies mid-run: its listings fail open, a replacement starts. */
  z.object({ fault: z.literal("encoder_crash") }),
  /** The model's budget drops to `ms` for `forMs`: listings meanwhile fail open on the budget. */
  z.object({ fault: z.literal("model_budget"), ms: z.number().int().min(1), forMs: z.number().int().min(1).max(60_000) }),
]);
export type Drill = z.infer<typeof drillSchema>;

const holder = globalThis as unknown as { __sightlineDrills?: { modelBudgetMs: number; until: number } };
const state = (holder.__sightlineDrills ??= { modelBudgetMs: 0, until: 0 });

export function drillsEnabled(): boolean {
  return process.env.SIGHTLINE_FAULT_DRILLS === "1";
}

/** The model budget a running drill imposes, if one does. */
export function drillModelBudgetMs(): number | undefined {
  return state.until > Date.now() ? state.modelBudgetMs : undefined;
}

export function runDrill(drill: Drill): string {
  if (drill.fault === "encoder_crash") {
    return encoderWorkers().terminateOne() ? "an encoder worker was terminated" : "no encoder worker was running";
  }
  state.modelBudgetMs = drill.ms;
  state.until = Date.now() + drill.forMs;
  return `model budget ${drill.ms} ms for ${drill.forMs} ms`;
}
