import { AppShell } from "@/components/app-shell";
import { requireRole, serverCaller } from "@/server/trpc/rsc";

export const dynamic = "force-dynamic";

export default async function QueuePage() {
  const user = await requireRole("moderator");
  const items = await (await serverCaller()).review.queue();
  return (
    <AppShell user={user} title="Review queue">
      <p className="mb-3 text-sm text-slate-500" data-testid="queue-count">{items.length} open items</p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b text-left text-slate-500">
            <th className="p-2">Priority</th>
            <th className="p-2">Listing</th>
            <th className="p-2">Reasons</th>
            <th className="p-2">SLA due</th>
          </tr>
        </thead>
        <tbody>
          {items.map((it) => (
            <tr key={it.id} className="border-b" data-testid="queue-row">
              <td className="p-2 tabular-nums">{it.priority.toFixed(1)}</td>
              <td className="p-2">{it.title}</td>
              <td className="p-2">{it.reasons.join(", ")}</td>
              <td className="p-2">{it.slaDueAt.toISOString().slice(0, 16).replace("T", " ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AppShell>
  );
}
