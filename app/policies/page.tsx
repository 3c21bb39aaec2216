import { AppShell } from "@/components/app-shell";
import { CATEGORIES } from "@/server/taxonomy";
import { requireRole, serverCaller } from "@/server/trpc/rsc";

export const dynamic = "force-dynamic";

export default async function PoliciesPage() {
  const user = await requireRole("policy_lead");
  const policy = await (await serverCaller()).policy.active();
  const pct = (x: number | null | undefined) => (x == null ? "—" : `${Math.round(x * 100)}%`);
  return (
    <AppShell user={user} title="Policies">
      <p className="mb-3 text-sm text-slate-500" data-testid="policy-version">Active policy: version {policy.version}</p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b text-left text-slate-500">
            <th className="p-2">Category</th>
            <th className="p-2">Block at</th>
            <th className="p-2">Review at</th>
            <th className="p-2">Tag at</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => (
            <tr key={c} className="border-b">
              <td className="p-2 font-medium">{c}</td>
              <td className="p-2 tabular-nums">{pct(policy.thresholds[c].block)}</td>
              <td className="p-2 tabular-nums">{pct(policy.thresholds[c].review)}</td>
              <td className="p-2 tabular-nums">{pct(policy.thresholds[c].tag)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AppShell>
  );
}
