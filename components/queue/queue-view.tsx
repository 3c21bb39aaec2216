"use client";
/**
 * The review queue: most urgent first, why each item ranks where it does, filters, live counts
 * (refetched every few seconds), SLA breach marks, and "next item" which claims the top item.
 * Keyboard: n or j claims the next item.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { useTRPC } from "../trpc";
import { PriorityWhy } from "./priority-why";

type Filters = { category?: string; region?: string; reason?: string; language?: string };
const FILTER_KEYS = ["category", "region", "reason", "language"] as const;
type Category = "firearm" | "firearm_part" | "ammunition" | "replica" | "airsoft_paintball" | "toy";

function waitedLabel(createdAt: Date, now: Date) {
  const m = Math.max(0, Math.round((now.getTime() - createdAt.getTime()) / 60_000));
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function QueueView() {
  const trpc = useTRPC();
  const router = useRouter();
  const [filters, setFilters] = useState<Filters>({});
  const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Filters;
  const queue = useQuery({
    ...trpc.review.queue.queryOptions({ filters: { ...clean, category: clean.category as Category | undefined } }),
    refetchInterval: 5_000,
  });
  const [message, setMessage] = useState<string | null>(null);
  const next = useMutation(
    trpc.review.claimNext.mutationOptions({
      onSuccess: (r) => (r.itemId ? router.push(`/review/${r.itemId}`) : setMessage("Nothing left to claim with these filters.")),
      onError: (e) => setMessage(e.message),
    }),
  );
  const claimNext = useCallback(() => {
    if (!next.isPending) next.mutate({ filters: { ...clean, category: clean.category as Category | undefined } });
  }, [next, clean]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement) return;
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      if (e.key === "n" || e.key === "j") claimNext();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [claimNext]);

  const data = queue.data;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex gap-4 rounded border border-slate-200 bg-white px-4 py-2 text-sm" data-testid="queue-counts">
          <span>
            <b data-testid="count-open">{data?.counts.open ?? "…"}</b> open
          </span>
          <span>
            <b data-testid="count-claimed">{data?.counts.claimed ?? "…"}</b> claimed
          </span>
          <span className="text-red-700">
            <b data-testid="count-breached">{data?.counts.breached ?? "…"}</b> past SLA
          </span>
          <span className="text-fuchsia-700">
            <b>{data?.counts.failOpen ?? "…"}</b> fail-open
          </span>
          {data && <span className="text-slate-400">SLA {data.slaHours} h · live</span>}
        </div>
        <button
          onClick={claimNext}
          disabled={next.isPending}
          className="rounded bg-slate-900 px-3 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50"
          data-testid="claim-next"
        >
          Next item <kbd className="ml-1 rounded bg-slate-700 px-1 text-xs">n</kbd>
        </button>
        {message && (
          <span className="text-sm text-slate-600" role="status">
            {message}
          </span>
        )}
      </div>

      <div className="flex flex-wrap gap-3 text-sm" data-testid="queue-filters">
        {FILTER_KEYS.map((k) => {
          const options = data?.facets[k === "category" ? "categories" : k === "region" ? "regions" : k === "reason" ? "reasons" : "languages"] ?? [];
          return (
            <label key={k} className="flex items-center gap-1 text-slate-600">
              {k}
              <select
                aria-label={`filter ${k}`}
                className="rounded border border-slate-300 bg-white px-2 py-1"
                value={filters[k] ?? ""}
                onChange={(e) => setFilters((f) => ({ ...f, [k]: e.target.value || undefined }))}
              >
                <option value="">all</option>
                {options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>

      {queue.error && <p className="text-sm text-red-600">{queue.error.message}</p>}
      {!data && !queue.error && <p className="text-sm text-slate-500">Loading…</p>}
      {data && (
        <table className="w-full border-collapse bg-white text-sm" data-testid="queue-table">
          <thead>
            <tr className="border-b text-left text-slate-500">
              <th className="p-2">#</th>
              <th className="p-2">Priority</th>
              <th className="p-2">Why here</th>
              <th className="p-2">Listing</th>
              <th className="p-2">Top category</th>
              <th className="p-2">Reasons</th>
              <th className="p-2">Region · lang</th>
              <th className="p-2">Waiting</th>
              <th className="p-2">Claim</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((it, i) => (
              <tr
                key={it.id}
                className={`border-b align-top ${it.slaBreached ? "bg-red-50" : ""}`}
                data-testid="queue-row"
                data-item-id={it.id}
                data-priority={it.priority}
                data-stored-priority={it.storedPriority}
                data-waited={it.waited}
                data-factors={JSON.stringify(it.factors)}
              >
                <td className="p-2 text-slate-400 tabular-nums">{i + 1}</td>
                <td className="p-2 font-semibold tabular-nums">{it.priority.toFixed(1)}</td>
                <td className="p-2">
                  <PriorityWhy breakdown={it.breakdown} />
                </td>
                <td className="p-2">
                  <Link href={`/review/${it.id}`} className="font-medium text-slate-900 hover:underline">
                    {it.title}
                  </Link>
                  <div className="text-xs text-slate-400">
                    {it.listingId} v{it.version}
                  </div>
                </td>
                <td className="p-2">
                  {it.topCategory}
                  {it.scores != null && it.topCategory && (
                    <span className="ml-1 text-xs text-slate-400">{Math.round((it.scores as Record<string, number>)[it.topCategory] * 100)}%</span>
                  )}
                </td>
                <td className="p-2 text-xs">{it.reasons.join(", ")}</td>
                <td className="p-2 text-xs">
                  {it.region ?? "—"} · {it.language ?? "—"}
                </td>
                <td className="p-2 text-xs">
                  {waitedLabel(new Date(it.createdAt), new Date(data.now))}
                  {it.slaBreached && (
                    <span className="ml-1 rounded bg-red-600 px-1 text-white" data-testid="sla-breached">
                      SLA breached
                    </span>
                  )}
                </td>
                <td className="p-2 text-xs" data-testid="claim-cell">
                  {it.claimedBy ? (it.claimedByMe ? "you" : it.claimedByName) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && data.items.length === 0 && <p className="text-sm text-slate-500">The queue is empty.</p>}
    </div>
  );
}
