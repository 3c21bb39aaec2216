"use client";
/**
 * One review item, keyboard first. Opening it claims it; actions apply optimistically and can be
 * undone for a few seconds. Shortcuts: b confirm (block) · a reverse (allow) · t tag airsoft ·
 * y tag toy · e escalate · s skip · n/j next · p/k previous · u undo · h heatmap · w reveal images ·
 * 1–9 mark image N for the hash bank (added only on confirm, and only the marked ones).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { EvidenceSpan } from "@/server/taxonomy";
import { useTRPC } from "../trpc";
import { PriorityWhy } from "../queue/priority-why";
import { EvidenceList, EvidenceText } from "./evidence-text";
import { HashBankMark } from "./hash-bank-mark";
import { HeatmapViewer } from "./heatmap-viewer";
import { NearDuplicates } from "./near-duplicates";
import { ScoreBars } from "./score-bars";

type Action = "confirm" | "reverse" | "tag_airsoft" | "tag_toy" | "escalate" | "skip";
export const SHORTCUTS: Array<{ key: string; label: string; action?: Action }> = [
  { key: "b", label: "Confirm (block)", action: "confirm" },
  { key: "a", label: "Reverse (allow)", action: "reverse" },
  { key: "t", label: "Tag airsoft", action: "tag_airsoft" },
  { key: "y", label: "Tag toy", action: "tag_toy" },
  { key: "e", label: "Escalate", action: "escalate" },
  { key: "s", label: "Skip", action: "skip" },
];
const DONE_LABEL: Record<Action, string> = {
  confirm: "Blocked",
  reverse: "Allowed",
  tag_airsoft: "Allowed, tagged airsoft",
  tag_toy: "Allowed, tagged toy",
  escalate: "Escalated",
  skip: "Skipped",
};
const HISTORY_KEY = "sightline.review.history";

function history(): string[] {
  try {
    return JSON.parse(sessionStorage.getItem(HISTORY_KEY) ?? "[]");
  } catch {
    return [];
  }
}

export function ReviewView({ itemId }: { itemId: string }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const itemKey = trpc.review.item.queryKey({ itemId });
  const [claimState, setClaimState] = useState<"pending" | "mine" | "taken">("pending");
  // Read the item after the claim settles, so what we show includes who holds it.
  const item = useQuery({ ...trpc.review.item.queryOptions({ itemId }), enabled: claimState !== "pending", refetchInterval: 15_000 });
  const dups = useQuery(trpc.review.nearDuplicates.queryOptions({ itemId }));
  const [note, setNote] = useState("");
  /** sha256s of the images marked for the hash bank. */
  const [bankMarks, setBankMarks] = useState<Set<string>>(new Set());
  /** Near-duplicates ticked for a bulk decision. */
  const [dupPicks, setDupPicks] = useState<Set<string>>(new Set());
  const [heatmapOn, setHeatmapOn] = useState(true);
  const [revealed, setRevealed] = useState(false);
  const [optimistic, setOptimistic] = useState<Action | null>(null);
  const [toast, setToast] = useState<{ text: string; actionId?: string; until?: number; error?: boolean } | null>(null);
  const [, tick] = useState(0);
  const refresh = useCallback(() => qc.invalidateQueries({ queryKey: itemKey }), [qc, itemKey]);

  const claim = useMutation(trpc.review.claim.mutationOptions());
  useEffect(() => {
    const h = history().filter((x) => x !== itemId);
    sessionStorage.setItem(HISTORY_KEY, JSON.stringify([...h, itemId].slice(-50)));
    setClaimState("pending");
    setBankMarks(new Set());
    setDupPicks(new Set());
    setOptimistic(null);
    setToast(null);
    claim.mutate({ itemId }, { onSuccess: (r) => setClaimState(r.claimed ? "mine" : "taken"), onError: () => setClaimState("taken") });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemId]);

  useEffect(() => {
    if (!toast?.until) return;
    const t = setInterval(() => {
      tick((x) => x + 1);
      if (Date.now() > toast.until!) setToast(null);
    }, 500);
    return () => clearInterval(t);
  }, [toast]);

  const decide = useMutation(
    trpc.review.decide.mutationOptions({
      onMutate: (v) => {
        setOptimistic(v.action as Action);
        setToast({ text: `${DONE_LABEL[v.action as Action]} — saving…` });
      },
      onSuccess: (r) => {
        setToast({ text: DONE_LABEL[r.action as Action], actionId: r.actionId, until: Date.now() + (item.data?.undoWindowS ?? 10) * 1000 });
        setNote("");
        refresh();
        qc.invalidateQueries({ queryKey: trpc.review.queue.queryKey() });
      },
      onError: (e) => {
        setOptimistic(null);
        setToast({ text: e.message, error: true, until: Date.now() + 6000 });
      },
    }),
  );
  const undo = useMutation(
    trpc.review.undo.mutationOptions({
      onSuccess: () => {
        setOptimistic(null);
        setToast({ text: "Undone", until: Date.now() + 3000 });
        setClaimState("mine");
        refresh();
      },
      onError: (e) => setToast({ text: e.message, error: true, until: Date.now() + 6000 }),
    }),
  );
  const bulk = useMutation(
    trpc.review.bulkDecide.mutationOptions({
      onSuccess: (r) => {
        setToast({ text: `Applied to ${r.results.length} items${r.skipped.length ? ` (${r.skipped.length} skipped: decided, held by another moderator or no longer a near-duplicate)` : ""}`, until: Date.now() + 5000 });
        setDupPicks(new Set());
        refresh();
        dups.refetch();
      },
      onError: (e) => setToast({ text: e.message, error: true, until: Date.now() + 6000 }),
    }),
  );
  const next = useMutation(
    trpc.review.claimNext.mutationOptions({
      onSuccess: (r) => (r.itemId ? router.push(`/review/${r.itemId}`) : setToast({ text: "The queue is empty", until: Date.now() + 4000 })),
    }),
  );

  const d = item.data;
  const open = d?.status === "open" && !(optimistic && optimistic !== "escalate" && optimistic !== "skip");
  const act = useCallback(
    (action: Action) => {
      if (!d || decide.isPending) return;
      const hashBankImages = action === "confirm" ? d.images.filter((i) => bankMarks.has(i.sha256)).map((i) => i.sha256) : undefined;
      decide.mutate({ itemId, action, note: note || null, actionId: crypto.randomUUID(), hashBankImages });
    },
    [d, decide, itemId, note, bankMarks],
  );
  const markable = useCallback((img: { pdqHash: string; pdqQuality: number }) => !!d && !!img.pdqHash && img.pdqQuality >= d.hashMinQuality, [d]);
  const toggleMark = useCallback(
    (sha256: string, on: boolean) =>
      setBankMarks((prev) => {
        const next = new Set(prev);
        if (on) next.add(sha256);
        else next.delete(sha256);
        return next;
      }),
    [],
  );
  const doUndo = useCallback(() => {
    const actionId = toast?.actionId ?? d?.undo?.actionId;
    if (actionId && !undo.isPending) undo.mutate({ itemId, actionId });
  }, [toast, d, undo, itemId]);
  const goNext = useCallback(() => !next.isPending && next.mutate({ filters: {}, excludeId: itemId }), [next, itemId]);
  const goPrev = useCallback(() => {
    const h = history();
    const i = h.lastIndexOf(itemId);
    const prev = i > 0 ? h[i - 1] : null;
    if (prev) router.push(`/review/${prev}`);
  }, [itemId, router]);

  const keyRef = useRef<(e: KeyboardEvent) => void>(() => {});
  keyRef.current = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement | null;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
    if (e.metaKey || e.ctrlKey || e.altKey) return;
    const sc = SHORTCUTS.find((s) => s.key === e.key);
    if (sc?.action) {
      if (open) act(sc.action);
    } else if (e.key === "u") doUndo();
    else if (e.key === "n" || e.key === "j") goNext();
    else if (e.key === "p" || e.key === "k") goPrev();
    else if (e.key === "h") setHeatmapOn((v) => !v);
    else if (e.key === "w") setRevealed((v) => !v);
    else if (/^[1-9]$/.test(e.key) && d) {
      const img = d.images.find((i) => i.position === Number(e.key) - 1);
      if (!img || !markable(img) || !open) return;
      toggleMark(img.sha256, !bankMarks.has(img.sha256));
    } else return;
    e.preventDefault();
  };
  useEffect(() => {
    const h = (e: KeyboardEvent) => keyRef.current(e);
    window.addEventListener("keydown", h);
    return () => window.removeEventListener("keydown", h);
  }, []);

  if (item.error) return <p className="text-sm text-red-600">{item.error.message}</p>;
  if (!d) return <p className="text-sm text-slate-500">Loading…</p>;
  const p = d.prediction;
  const spans = (p?.evidence ?? []).map((s: EvidenceSpan, index: number) => ({ ...s, index }));
  const topCategory = p ? Object.entries(p.scores).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null : null;
  const takenByOther = d.claim && !d.claim.mine;
  const statusLabel = optimistic && optimistic !== "escalate" && optimistic !== "skip" ? DONE_LABEL[optimistic] : d.status === "closed" ? `Closed: ${d.decisions[0]?.outcome ?? ""}` : "Open";
  const secondsLeft = toast?.until ? Math.max(0, Math.ceil((toast.until - Date.now()) / 1000)) : null;

  return (
    <div className="flex flex-col gap-4" data-testid="review-view" data-item-id={d.id} data-status={d.status}>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <Link href="/queue" className="text-slate-500 hover:underline">
          ← Queue
        </Link>
        <span className={`rounded px-2 py-0.5 font-medium ${d.status === "open" && !optimistic ? "bg-amber-100 text-amber-900" : "bg-slate-200"}`} data-testid="item-status">
          {statusLabel}
        </span>
        <span className="tabular-nums">priority {d.priority.toFixed(1)}</span>
        {d.slaBreached && <span className="rounded bg-red-600 px-1 text-white">SLA breached</span>}
        <span className="text-slate-500">reasons: {d.reasons.join(", ")}</span>
        <span className="text-slate-500" data-testid="claim-status">
          {takenByOther
            ? `Claimed by ${d.claim!.name} until ${new Date(d.claim!.expiresAt!).toLocaleTimeString()}`
            : d.claim?.mine
              ? `Claimed by you until ${new Date(d.claim.expiresAt!).toLocaleTimeString()}`
              : claimState === "pending"
                ? "claiming…"
                : "not claimed"}
        </span>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[440px_1fr]">
        <div className="flex flex-col gap-3">
          {d.images.length === 0 && <p className="text-sm text-slate-500">No images.</p>}
          {d.images.map((img) => (
            <div key={img.sha256 + img.position}>
              <HeatmapViewer
                image={img}
                grids={p?.gradcam?.[img.position] ?? null}
                defaultCategory={topCategory}
                visible={heatmapOn}
                revealed={revealed}
                itemId={d.id}
              />
              <HashBankMark
                position={img.position}
                quality={img.pdqHash ? img.pdqQuality : 0}
                minQuality={d.hashMinQuality}
                checked={bankMarks.has(img.sha256)}
                disabled={!open}
                onChange={(on) => toggleMark(img.sha256, on)}
              />
            </div>
          ))}
          {d.images.some((i) => i.ocrText) && (
            <section className="rounded border border-slate-200 bg-white p-3 text-sm">
              <h3 className="mb-1 font-medium">Text in images (OCR)</h3>
              {d.images.map((img) =>
                img.ocrText ? (
                  <p key={img.position} data-testid="ocr-text">
                    <span className="text-xs text-slate-400">#{img.position + 1} </span>
                    <EvidenceText text={img.ocrText} spans={spans} field="ocr" imageIndex={img.position} />
                  </p>
                ) : null,
              )}
            </section>
          )}
          {p && p.hashMatches.length > 0 && (
            <section className="rounded border border-red-300 bg-red-50 p-3 text-sm" data-testid="hash-matches">
              <h3 className="mb-1 font-medium text-red-900">Hash-bank match</h3>
              {p.hashMatches.map((m, i) => (
                <div key={i}>
                  image #{m.imageIndex + 1} matches <b>{m.bankName}</b> entry ({m.category}) at distance {m.distance}
                  {m.entry && (
                    <div className="text-xs text-slate-600">
                      “{m.entry.note}” · added {new Date(m.entry.createdAt).toLocaleDateString()}
                      {m.entry.addedBy ? ` by ${m.entry.addedBy}` : ""} · {m.entry.pdqHash.slice(0, 16)}…{m.entry.removedAt ? " · since removed" : ""}
                    </div>
                  )}
                </div>
              ))}
            </section>
          )}
        </div>

        <div className="flex flex-col gap-4">
          <section className="rounded border border-slate-200 bg-white p-3" data-testid="actions">
            <div className="flex flex-wrap gap-2">
              {SHORTCUTS.map((s) => (
                <button
                  key={s.key}
                  onClick={() => s.action && act(s.action)}
                  disabled={!open || !!takenByOther || decide.isPending}
                  data-testid={`action-${s.action}`}
                  className="rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40"
                >
                  {s.label} <kbd className="ml-1 rounded bg-slate-200 px-1 text-xs">{s.key}</kbd>
                </button>
              ))}
            </div>
            <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
              <textarea aria-label="note" placeholder="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} rows={1} className="min-w-64 flex-1 rounded border border-slate-300 px-2 py-1" />
              <span className="text-xs text-slate-600" data-testid="hash-bank-summary">
                {bankMarks.size
                  ? `${bankMarks.size} image${bankMarks.size > 1 ? "s" : ""} marked for the hash bank (added on confirm)`
                  : "no images marked for the hash bank"}
              </span>
            </div>
            <p className="mt-2 text-xs text-slate-500" data-testid="shortcut-help">
              Keys: b confirm · a allow · t airsoft · y toy · e escalate · s skip · n/j next · p/k previous · u undo · h heatmap · w reveal images · 1–9 mark image for the hash bank
            </p>
            {dups.data && dups.data.length > 0 && (
              <NearDuplicates
                dups={dups.data}
                picked={dupPicks}
                onPick={setDupPicks}
                disabled={!open || !!takenByOther || bulk.isPending}
                onBulk={(action, itemIds) => bulk.mutate({ itemId, action, note: note || null, itemIds, bulkId: crypto.randomUUID() })}
              />
            )}
          </section>

          {p ? (
            <section className="rounded border border-slate-200 bg-white p-3 text-sm">
              <h3 className="mb-2 font-medium">Scores against policy v{p.policyVersion} thresholds</h3>
              <ScoreBars scores={p.scores} thresholds={d.thresholds} imageScores={p.imageScores} textScores={p.textScores} />
              <p className="mt-2 text-xs text-slate-500">
                model {p.modelVersion} · policy v{p.policyVersion} · {Math.round(p.latencyMs)} ms{p.failOpen ? " · FAIL-OPEN (model unavailable)" : ""}
              </p>
              <ul className="mt-2 list-disc pl-5 text-xs text-slate-700" data-testid="reason-codes">
                {p.reasons.map((r, i) => (
                  <li key={i}>
                    <code>{r.code}</code> {r.message}
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <p className="text-sm text-slate-500">No prediction stored.</p>
          )}

          <section className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="listing-text">
            <h2 className="text-base font-semibold">
              <EvidenceText text={d.listing.title} spans={spans} field="title" />
            </h2>
            <p className="mt-1 text-slate-700">
              <EvidenceText text={d.listing.description} spans={spans} field="description" />
            </p>
            <p className="mt-2 text-xs text-slate-500">
              {d.listing.price != null ? `price ${d.listing.price}` : "no price"} · category {d.listing.category ?? "—"} · region {d.listing.region ?? "—"} · language{" "}
              <span data-testid="language">{d.listing.language ?? "—"}</span> · {d.listing.id} v{d.listing.version}
            </p>
            <div className="mt-3">
              <EvidenceList spans={spans} />
            </div>
          </section>

          <section className="grid grid-cols-2 gap-3 text-sm">
            <div className="rounded border border-slate-200 bg-white p-3" data-testid="seller-context">
              <h3 className="mb-1 font-medium">Seller {d.seller.id}</h3>
              <p>account age {d.seller.accountAgeDays} days</p>
              <p>past violations {d.seller.pastViolations}</p>
              <p>active listings {d.seller.activeListings ?? "unknown"}</p>
              <p>
                appeals:{" "}
                {Object.entries(d.seller.appeals)
                  .map(([k, v]) => `${v} ${k}`)
                  .join(", ") || "none"}
              </p>
              {d.appeals.filter((a) => a.status === "open").map((a) => (
                <p key={a.id} className="mt-1 rounded bg-violet-50 p-1 text-xs">
                  Open appeal: “{a.message}”
                </p>
              ))}
            </div>
            <div className="rounded border border-slate-200 bg-white p-3">
              <h3 className="mb-1 font-medium">Why this priority</h3>
              <PriorityWhy breakdown={d.breakdown} />
              <h3 className="mb-1 mt-3 font-medium">History</h3>
              <ul className="text-xs text-slate-600" data-testid="history">
                {d.decisions.map((x) => (
                  <li key={x.id}>
                    {x.source} {x.outcome} {x.tags.length ? `[${x.tags.join(", ")}]` : ""} {x.by ? `by ${x.by}` : ""} · {new Date(x.createdAt).toLocaleString()}
                  </li>
                ))}
                {d.actions.map((x) => (
                  <li key={x.id}>
                    {x.by}: {x.action}
                    {x.note ? ` — ${x.note}` : ""}
                  </li>
                ))}
              </ul>
            </div>
          </section>
        </div>
      </div>

      {toast && (
        <div
          role="status"
          data-testid="toast"
          className={`fixed bottom-4 left-1/2 flex -translate-x-1/2 items-center gap-3 rounded px-4 py-2 text-sm text-white shadow-lg ${toast.error ? "bg-red-700" : "bg-slate-900"}`}
        >
          <span>{toast.text}</span>
          {toast.actionId && secondsLeft !== null && (
            <button className="underline" onClick={doUndo} data-testid="undo">
              Undo (u) {secondsLeft}s
            </button>
          )}
          {!toast.error && toast.actionId && (
            <button className="underline" onClick={goNext}>
              Next (n)
            </button>
          )}
        </div>
      )}
    </div>
  );
}
