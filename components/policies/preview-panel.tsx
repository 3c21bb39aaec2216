"use client";
/** What the draft would have done to recent listings, next to what the active policy did. */
import type { PreviewResult } from "@/server/policy/preview-policy";
import { CATEGORIES } from "@/server/taxonomy";

type Preview = PreviewResult & { activeVersion: number; window: { days: number; limit: number; capped: boolean } };
const OUTCOMES = ["allow", "review", "block"] as const;
const pct = (x: number | null) => (x == null ? "—" : `${(x * 100).toFixed(1)}%`);

function Delta({ a, b }: { a: number; b: number }) {
  const d = b - a;
  if (d === 0) return <span className="text-slate-400">±0</span>;
  return <span className={d > 0 ? "text-amber-700" : "text-sky-700"}>{d > 0 ? `+${d}` : d}</span>;
}

export function PreviewPanel({ data, pending, error }: { data?: Preview; pending: boolean; error?: string }) {
  if (error) return <p className="text-sm text-red-600" role="alert">{error}</p>;
  if (!data) return <p className="text-sm text-slate-500">{pending ? "Replaying recent listings…" : "Change a threshold to see its effect."}</p>;
  const { counts, labelled } = data;
  return (
    <div className="flex flex-col gap-4 text-sm" aria-busy={pending} data-testid="policy-preview">
      <p className="text-xs text-slate-500">
        {data.rows.toLocaleString()} listings from the last {data.window.days} days
        {data.window.capped && ` (newest ${data.window.limit.toLocaleString()} only)`}, replayed under version {data.activeVersion} and the draft.
        {data.hashBankBlocks > 0 && ` ${data.hashBankBlocks} hash-bank blocks stay blocked.`}
        {data.failOpen > 0 && ` ${data.failOpen} fail-open listings have no scores to replay.`}
        {pending && <span className="ml-1 text-slate-400">updating…</span>}
      </p>

      <table className="w-full text-sm">
        <thead>
          <tr className="border-b text-left text-xs uppercase tracking-wide text-slate-500">
            <th className="py-1">Outcome</th>
            <th className="py-1 text-right">Active</th>
            <th className="py-1 text-right">Draft</th>
            <th className="py-1 text-right">Δ</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {OUTCOMES.map((o) => (
            <tr key={o} className="border-b border-slate-100">
              <td className="py-1">{o}</td>
              <td className="py-1 text-right" data-testid={`preview-${o}-active`}>{counts.active[o]}</td>
              <td className="py-1 text-right" data-testid={`preview-${o}-draft`}>{counts.draft[o]}</td>
              <td className="py-1 text-right"><Delta a={counts.active[o]} b={counts.draft[o]} /></td>
            </tr>
          ))}
        </tbody>
      </table>

      <div>
        <h3 className="mb-1 font-medium">
          <span data-testid="preview-changed">{data.changed.total}</span> {data.changed.total === 1 ? "listing changes" : "listings change"} outcome
          {Object.keys(data.changed.transitions).length > 0 && (
            <span className="ml-2 font-normal text-slate-500">
              {Object.entries(data.changed.transitions).map(([k, n]) => `${k} ${n}`).join(" · ")}
            </span>
          )}
        </h3>
        {data.changed.examples.length > 0 && (
          <ul className="max-h-64 divide-y divide-slate-100 overflow-auto rounded border border-slate-200" data-testid="preview-examples">
            {data.changed.examples.map((c) => (
              <li key={c.listingId} className="px-2 py-1">
                <div className="flex justify-between gap-2">
                  <span className="truncate" title={c.title}>{c.title}</span>
                  <span className="shrink-0 text-xs">
                    {c.from} → <b className={c.to === "block" ? "text-red-700" : c.to === "allow" ? "text-emerald-700" : "text-amber-700"}>{c.to}</b>
                  </span>
                </div>
                <div className="text-xs text-slate-500">
                  {c.listingId}
                  {c.region && ` · ${c.region}`} ·{" "}
                  {CATEGORIES.filter((k) => c.scores[k] >= 0.05).map((k) => `${k} ${Math.round(c.scores[k] * 100)}%`).join(", ")}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <h3 className="mb-1 font-medium">Per category</h3>
        <table className="w-full text-xs tabular-nums">
          <thead>
            <tr className="border-b text-left text-slate-500">
              <th className="py-0.5">Category</th>
              <th className="py-0.5 text-right">Blocks</th>
              <th className="py-0.5 text-right">Reviews</th>
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((c) => {
              const p = data.perCategory[c];
              return (
                <tr key={c} className="border-b border-slate-100">
                  <td className="py-0.5">{c}</td>
                  <td className="py-0.5 text-right">{p.active.block} → {p.draft.block}</td>
                  <td className="py-0.5 text-right">{p.active.review} → {p.draft.review}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div data-testid="preview-labelled">
        <h3 className="mb-1 font-medium">
          On human-labelled listings <span className="font-normal text-slate-500">(n = {labelled.n} labelled, {labelled.violations} violations)</span>
        </h3>
        {labelled.n === 0 ? (
          <p className="text-xs text-slate-500">No moderator decisions or dataset labels in this window yet.</p>
        ) : (
          <table className="w-full text-xs tabular-nums">
            <thead>
              <tr className="border-b text-left text-slate-500">
                <th className="py-0.5"></th>
                <th className="py-0.5 text-right">Block precision</th>
                <th className="py-0.5 text-right">Block recall</th>
                <th className="py-0.5 text-right">Flagged recall</th>
                <th className="py-0.5 text-right">TP / FP / FN</th>
              </tr>
            </thead>
            <tbody>
              {(["active", "draft"] as const).map((side) => {
                const m = labelled[side];
                return (
                  <tr key={side} className="border-b border-slate-100">
                    <td className="py-0.5">{side}</td>
                    <td className="py-0.5 text-right">{pct(m.blockPrecision)}</td>
                    <td className="py-0.5 text-right">{pct(m.blockRecall)}</td>
                    <td className="py-0.5 text-right">{pct(m.flaggedRecall)}</td>
                    <td className="py-0.5 text-right">{m.tp} / {m.fp} / {m.fn}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {labelled.n > 0 && labelled.n < 50 && (
          <p className="mt-1 text-xs text-amber-700">Small sample: treat these rates as rough. Labels come mostly from reviewed listings, so they are not a random sample.</p>
        )}
      </div>
    </div>
  );
}
