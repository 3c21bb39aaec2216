"use client";
/** Published versions, newest first; any earlier version can be re-activated (with a confirm step). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "../trpc";

export function VersionHistory() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.policy.list.queryOptions());
  const [confirming, setConfirming] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const rollback = useMutation(
    trpc.policy.rollback.mutationOptions({
      onSuccess: async (r) => {
        setConfirming(null);
        setMessage(`Version ${r.version} is active again.`);
        await queryClient.invalidateQueries({ queryKey: trpc.policy.pathKey() });
        router.refresh();
      },
      onError: (e) => setMessage(e.message),
    }),
  );

  return (
    <div className="text-sm">
      {message && <p className="mb-2 text-xs text-slate-600" role="status">{message}</p>}
      <table className="w-full" data-testid="policy-history">
        <thead>
          <tr className="border-b text-left text-xs uppercase tracking-wide text-slate-500">
            <th className="py-1">Version</th>
            <th className="py-1">Note</th>
            <th className="py-1">Published</th>
            <th className="py-1"></th>
          </tr>
        </thead>
        <tbody>
          {history.data?.map((p) => (
            <tr key={p.id} className="border-b border-slate-100">
              <td className="py-1 tabular-nums">
                v{p.version}
                {p.active && <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs text-emerald-800">active</span>}
              </td>
              <td className="py-1">{p.name}</td>
              <td className="py-1 text-xs text-slate-500">
                {(p.publishedAt ?? p.createdAt).toLocaleString()}
                {p.createdBy && ` · ${p.createdBy}`}
              </td>
              <td className="py-1 text-right">
                {!p.active &&
                  (confirming === p.version ? (
                    <span className="flex justify-end gap-2">
                      <button
                        type="button"
                        autoFocus
                        disabled={rollback.isPending}
                        className="rounded bg-red-700 px-2 py-0.5 text-xs text-white hover:bg-red-800 disabled:opacity-50"
                        onClick={() => rollback.mutate({ version: p.version })}
                      >
                        Confirm roll back to v{p.version}
                      </button>
                      <button type="button" className="text-xs text-slate-500" onClick={() => setConfirming(null)}>
                        Cancel
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="text-xs text-slate-600 underline hover:text-slate-900" onClick={() => setConfirming(p.version)}>
                      Roll back to v{p.version}
                    </button>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {history.data?.length === 0 && <p className="text-xs text-slate-500">Nothing published yet: the built-in default applies.</p>}
    </div>
  );
}
