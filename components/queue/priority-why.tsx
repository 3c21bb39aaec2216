/** Why an item ranks where it does: each term's points as a stacked bar, with the numbers on hover. */
const COLORS: Record<string, string> = {
  severity: "bg-rose-500",
  uncertainty: "bg-amber-400",
  reach: "bg-sky-500",
  failOpen: "bg-fuchsia-500",
  appeal: "bg-violet-500",
  escalated: "bg-red-700",
  wait: "bg-slate-400",
};

export interface BreakdownRow {
  factor: string;
  value: number;
  weight: number;
  points: number;
}

export function PriorityWhy({ breakdown, scale = 150 }: { breakdown: BreakdownRow[]; scale?: number }) {
  const shown = breakdown.filter((b) => b.points > 0);
  const label = shown.map((b) => `${b.factor} ${b.weight}×${b.value.toFixed(2)} = ${b.points.toFixed(1)}`).join("\n");
  return (
    <div className="min-w-40" title={label} data-testid="priority-why">
      <div className="flex h-2 w-full overflow-hidden rounded bg-slate-100">
        {shown.map((b) => (
          <div key={b.factor} className={COLORS[b.factor] ?? "bg-slate-500"} style={{ width: `${Math.min(100, (b.points / scale) * 100)}%` }} />
        ))}
      </div>
      <div className="mt-1 flex flex-wrap gap-x-2 text-[11px] leading-tight text-slate-500">
        {shown.map((b) => (
          <span key={b.factor} data-factor={b.factor}>
            {b.factor} +{b.points.toFixed(1)}
          </span>
        ))}
      </div>
    </div>
  );
}
