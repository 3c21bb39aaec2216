/**
 * Review priority. The stored terms (`priorityFactors`) are kept with the item so the console can
 * say why it ranks where it does; time waiting against the SLA is added when the queue is read
 * (it grows by itself), so the rule a moderator sees is:
 *
 *   priority = Σ PRIORITY_WEIGHTS[k] · factor[k]            (stored, recomputed on escalate/appeal)
 *   effective = priority + WAIT_WEIGHT · min(2, waited / SLA window)
 *
 * A pure module: the queue query (db/queries/review-queue.ts) mirrors `effectivePriority` in SQL.
 */
export interface PriorityFactors {
  /** Severity of the predicted category times how sure the signal is (0..1). */
  severity: number;
  /** Closeness to a threshold: 1 at the threshold, 0 far from it. */
  uncertainty: number;
  /** Seller reach: log-scaled active listings (0..1). */
  reach: number;
  /** 1 when the model could not run and the listing was allowed (fail-open). */
  failOpen: number;
  /** 1 while the seller has an open appeal on this listing version. */
  appeal: number;
  /** 1 once a moderator escalated the item. */
  escalated?: number;
}

export const PRIORITY_WEIGHTS: Record<keyof PriorityFactors, number> = {
  severity: 50,
  uncertainty: 15,
  reach: 10,
  failOpen: 40,
  appeal: 30,
  escalated: 35,
};

/** Points for waiting one full SLA window; capped at two windows. */
export const WAIT_WEIGHT = 20;
export const WAIT_CAP = 2;

export function slaHours(): number {
  const h = Number(process.env.SIGHTLINE_REVIEW_SLA_HOURS ?? 4);
  return Number.isFinite(h) && h > 0 ? h : 4;
}

export function reachFactor(activeListings: number | null): number {
  return activeListings ? Math.min(1, Math.log10(1 + activeListings) / 3) : 0;
}

export function priorityOf(f: PriorityFactors): number {
  let sum = 0;
  for (const k of Object.keys(PRIORITY_WEIGHTS) as Array<keyof PriorityFactors>) sum += PRIORITY_WEIGHTS[k] * (f[k] ?? 0);
  return Math.round(sum * 100) / 100;
}

export function effectivePriority(storedPriority: number, waited: number): number {
  return storedPriority + WAIT_WEIGHT * Math.min(WAIT_CAP, waited);
}

/** Each term's points, for the "why here" breakdown. */
export function priorityBreakdown(f: PriorityFactors, waited: number): Array<{ factor: string; value: number; weight: number; points: number }> {
  const rows = (Object.keys(PRIORITY_WEIGHTS) as Array<keyof PriorityFactors>).map((k) => ({
    factor: k as string,
    value: f[k] ?? 0,
    weight: PRIORITY_WEIGHTS[k],
    points: Math.round(PRIORITY_WEIGHTS[k] * (f[k] ?? 0) * 100) / 100,
  }));
  rows.push({ factor: "wait", value: Math.round(waited * 1000) / 1000, weight: WAIT_WEIGHT, points: Math.round(WAIT_WEIGHT * Math.min(WAIT_CAP, waited) * 100) / 100 });
  return rows;
}
