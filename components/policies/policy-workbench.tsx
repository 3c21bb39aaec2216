"use client";
/**
 * The policy lead's workbench: edit thresholds (default and per region), watch the preview
 * replay recent listings as you type (debounced), publish with a note after a confirm step.
 * Keyboard: every control is a native input or button; Escape leaves the confirm step.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import type { Category } from "@/server/taxonomy";
import { useTRPC } from "../trpc";
import { describeChanges, draftFromForm, formFromPolicy, type Draft, type Field, type FormState } from "./policy-form";
import { PreviewPanel } from "./preview-panel";
import { RegionOverrides } from "./region-overrides";
import { ThresholdTable } from "./threshold-editor";
import { VersionHistory } from "./version-history";

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function PolicyWorkbench({ active }: { active: Draft & { version: number } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const activeForm = useMemo(() => formFromPolicy(active), [active]);
  const [form, setForm] = useState<FormState>(activeForm);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string; version?: number } | null>(null);
  // After a publish or rollback the editor starts from the new policy. Reset here rather than by
  // remounting (a key), which would also drop the "Published version N" confirmation; a message
  // about another version (a rollback since) goes.
  const [formVersion, setFormVersion] = useState(active.version);
  if (formVersion !== active.version) {
    setFormVersion(active.version);
    setForm(activeForm);
    if (message?.version !== active.version) setMessage(null);
  }
  const { draft, errors } = useMemo(() => draftFromForm(form), [form]);
  const changes = useMemo(() => describeChanges(active, draft), [active, draft]);
  const valid = Object.keys(errors).length === 0;

  // Preview the last valid draft; the previous result stays on screen while the next one loads.
  const debounced = useDebounced(JSON.stringify(draft), 400);
  const preview = useQuery({
    ...trpc.policy.preview.queryOptions({ draft: JSON.parse(debounced) as Draft }),
    enabled: valid,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState("");
  const publish = useMutation(
    trpc.policy.publish.mutationOptions({
      onSuccess: async (r) => {
        setConfirming(false);
        setNote("");
        setMessage({ kind: "ok", text: `Published version ${r.version}. It applies to new uploads now.`, version: r.version });
        await queryClient.invalidateQueries({ queryKey: trpc.policy.pathKey() });
        router.refresh();
      },
      onError: (e) => setMessage({ kind: "error", text: e.message }),
    }),
  );

  useEffect(() => {
    if (!confirming) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setConfirming(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [confirming]);

  const setBase = (c: Category, f: Field, v: string) => setForm((p) => ({ ...p, base: { ...p.base, [c]: { ...p.base[c], [f]: v } } }));

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div className="flex flex-col gap-5">
        <section className="rounded border border-slate-200 bg-white p-3">
          <div className="mb-2 flex items-center justify-between">
            <h2 className="font-medium">Draft thresholds</h2>
            <button
              type="button"
              className="text-xs text-slate-500 underline disabled:no-underline disabled:opacity-50"
              disabled={changes.length === 0}
              onClick={() => setForm(activeForm)}
            >
              Reset to version {active.version}
            </button>
          </div>
          <p className="mb-2 text-xs text-slate-500">Percent; blank means never. Block applies at or above the block threshold, review between review and block.</p>
          <ThresholdTable base={form.base} active={activeForm.base} errors={errors} onChange={setBase} />
        </section>

        <section className="rounded border border-slate-200 bg-white p-3">
          <h2 className="mb-2 font-medium">Region overrides</h2>
          <RegionOverrides form={form} errors={errors} setForm={setForm} />
        </section>

        <section className="rounded border border-slate-200 bg-white p-3">
          {message && (
            <p role={message.kind === "error" ? "alert" : "status"} className={`mb-2 text-sm ${message.kind === "error" ? "text-red-600" : "text-emerald-700"}`}>
              {message.text}
            </p>
          )}
          {!confirming ? (
            <button
              type="button"
              disabled={!valid || changes.length === 0}
              onClick={() => {
                setMessage(null);
                setConfirming(true);
              }}
              className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white hover:bg-slate-700 disabled:opacity-40"
            >
              Publish…
            </button>
          ) : (
            <form
              className="flex flex-col gap-2"
              aria-label="Confirm publish"
              onSubmit={(e) => {
                e.preventDefault();
                publish.mutate({ draft, note, baseVersion: active.version });
              }}
            >
              <h3 className="text-sm font-medium">Publish these changes as a new version?</h3>
              <ul className="list-disc pl-5 text-sm" data-testid="publish-changes">
                {changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
              {preview.data && (
                <p className="text-xs text-slate-500">
                  On the last {preview.data.window.days} days: {preview.data.changed.total} listings change outcome; blocks {preview.data.counts.active.block} →{" "}
                  {preview.data.counts.draft.block}, reviews {preview.data.counts.active.review} → {preview.data.counts.draft.review}.
                </p>
              )}
              <label className="text-sm">
                Note (why)
                <textarea
                  autoFocus
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  maxLength={500}
                  rows={2}
                  className="mt-1 block w-full rounded border border-slate-300 px-2 py-1"
                />
              </label>
              <div className="flex gap-2">
                <button type="submit" disabled={publish.isPending} className="rounded bg-red-700 px-3 py-1.5 text-sm text-white hover:bg-red-800 disabled:opacity-50">
                  {publish.isPending ? "Publishing…" : "Confirm publish"}
                </button>
                <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-300 px-3 py-1.5 text-sm">
                  Cancel
                </button>
              </div>
            </form>
          )}
        </section>

        <section className="rounded border border-slate-200 bg-white p-3">
          <h2 className="mb-2 font-medium">Version history</h2>
          <VersionHistory />
        </section>
      </div>

      <section className="self-start rounded border border-slate-200 bg-white p-3 lg:sticky lg:top-4">
        <h2 className="mb-2 font-medium">Preview</h2>
        {!valid ? (
          <p className="text-sm text-red-600">Fix the highlighted thresholds to preview.</p>
        ) : (
          <PreviewPanel data={preview.data} pending={preview.isFetching} error={preview.error?.message} />
        )}
      </section>
    </div>
  );
}
