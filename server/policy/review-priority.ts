/**
 * Review priority: the terms are stored with the item so the console can say why it ranks where
 * it does. Time waiting against the SLA is added when the queue is read (it grows by itself).
 */
export interface PriorityFactors {
  /** Severity of the predicted category times how sure the signal is (0..1). */
  severity: number;
  /** Closeness to a threshold: 1 at the threshold, 0 far from it. */
  uncertainty: number;
  /** Seller reach: log-scaled active listings (0..1). */
  reach: number;
  failOpen: number;
  appeal: number;
}

export const PRIORITY_WEIGHTS: Record<keyof PriorityFactors, number> = {
  severity: 50,
  uncertainty: 15,
  reach: 10,
  failOpen: 40,
  appeal: 30,
};

export function reachFactor(activeListings: number | null): number {
  return activeListings ? Math.min(1, Math.log10(1 + activeListings) / 3) : 0;
}

export function priorityOf(f: PriorityFactors): number {
  let sum = 0;
  for (const k of Object.keys(PRIORITY_WEIGHTS) as Array<keyof PriorityFactors>) sum += PRIORITY_WEIGHTS[k] * f[k];
  return Math.round(sum * 100) / 100;
}
