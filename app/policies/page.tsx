import { AppShell } from "@/components/app-shell";
import { PolicyWorkbench } from "@/components/policies/policy-workbench";
import { CATEGORIES } from "@/server/taxonomy";
import { requireRole, serverCaller } from "@/server/trpc/rsc";

export const dynamic = "force-dynamic";

export default async function PoliciesPage() {
  const user = await requireRole("policy_lead");
  const policy = await (await serverCaller()).policy.active();
  const pct = (x: number | null | undefined) => (x == null ? "—" : `${Math.round(x * 100)}%`);
  const regions = Object.keys(policy.regionOverrides).sort();
  return (
    <AppShell user={user} title="Policies">
      <p className="mb-2 text-sm text-slate-500" data-testid="policy-version">Active policy: version {policy.version}</p>
      <details className="mb-5 rounded border border-slate-200 bg-white" open>
        <summary className="cursor-pointer px-3 py-1.5 text-sm font-medium">Active thresholds{regions.length > 0 && ` · region overrides: ${regions.join(", ")}`}</summary>
        <table className="w-full border-collapse text-sm" data-testid="active-policy">
          <thead>
            <tr className="border-b text-left text-slate-500">
              <th className="px-3 py-1">Category</th>
              <th className="px-3 py-1">Block at</th>
              <th className="px-3 py-1">Review at</th>
              <th className="px-3 py-1">Tag at</th>
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((c) => (
              <tr key={c} className="border-b border-slate-100">
                <td className="px-3 py-1 font-medium">{c}</td>
                <td className="px-3 py-1 tabular-nums">{pct(policy.thresholds[c].block)}</td>
                <td className="px-3 py-1 tabular-nums">{pct(policy.thresholds[c].review)}</td>
                <td className="px-3 py-1 tabular-nums">{pct(policy.thresholds[c].tag)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <PolicyWorkbench active={policy} />
    </AppShell>
  );
}
