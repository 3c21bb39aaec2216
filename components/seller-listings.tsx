"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "./trpc";

const OUTCOME_STYLE: Record<string, string> = {
  allow: "bg-emerald-100 text-emerald-800",
  block: "bg-red-100 text-red-800",
  review: "bg-amber-100 text-amber-800",
};

export function SellerListings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listings = useQuery(trpc.seller.myListings.queryOptions());
  const [appealFor, setAppealFor] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const appeal = useMutation(
    trpc.seller.fileAppeal.mutationOptions({
      onSuccess: () => {
        setAppealFor(null);
        setMessage("");
        queryClient.invalidateQueries({ queryKey: trpc.seller.myListings.queryKey() });
      },
    }),
  );
  if (listings.isPending) return <p className="text-sm text-slate-500">Loading…</p>;
  if (listings.error) return <p className="text-sm text-red-600">{listings.error.message}</p>;
  if (listings.data.length === 0) return <p className="text-sm text-slate-500">No listings yet.</p>;
  return (
    <ul className="flex flex-col gap-3" data-testid="seller-listings">
      {listings.data.map((l) => (
        <li key={l.versionId} className="rounded border border-slate-200 bg-white p-4" data-testid="seller-listing" data-version-id={l.versionId}>
          <div className="flex items-center gap-3">
            <span className="font-medium">{l.title}</span>
            <span className={`rounded px-2 py-0.5 text-xs ${OUTCOME_STYLE[l.outcome ?? ""] ?? ""}`}>{l.outcome}</span>
            {l.appealStatus && (
              <span className="text-xs text-slate-500" data-testid="appeal-status">
                appeal {l.appealStatus}
              </span>
            )}
          </div>
          {l.reasons.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm text-slate-600" data-testid="seller-reasons">
              {l.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          )}
          {l.canAppeal && appealFor !== l.versionId && (
            <button
              className="mt-2 text-sm text-blue-700 underline"
              onClick={() => {
                appeal.reset();
                setAppealFor(l.versionId);
              }}
            >
              Appeal this decision
            </button>
          )}
          {appealFor === l.versionId && (
            <form
              className="mt-2 flex flex-col gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                appeal.mutate({ versionId: l.versionId, message });
              }}
            >
              <textarea aria-label="Appeal message" className="rounded border border-slate-300 p-2 text-sm" value={message} onChange={(e) => setMessage(e.target.value)} placeholder="Why is this listing allowed?" />
              {appeal.error && (
                <p className="text-sm text-red-600" role="alert">
                  {appeal.error.message}
                </p>
              )}
              <button className="self-start rounded bg-slate-900 px-3 py-1 text-sm text-white disabled:opacity-40" type="submit" disabled={appeal.isPending}>
                Send appeal
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
