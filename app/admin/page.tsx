import { AppShell } from "@/components/app-shell";
import { requireRole, serverCaller } from "@/server/trpc/rsc";

export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const user = await requireRole("admin");
  const { users, tokens, banks } = await (await serverCaller()).admin.overview();
  return (
    <AppShell user={user} title="Admin">
      <div className="grid gap-6 md:grid-cols-3">
        <section className="rounded border border-slate-200 bg-white p-4" data-testid="admin-users">
          <h2 className="mb-2 font-medium">Users ({users.length})</h2>
          <ul className="text-sm">
            {users.map((u) => (
              <li key={u.id}>
                {u.email} <span className="text-slate-500">· {u.role}</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="rounded border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-medium">Service tokens</h2>
          <ul className="text-sm">
            {tokens.map((t) => (
              <li key={t.id}>
                {t.name} <code className="text-slate-500">{t.prefix}…</code> {t.revokedAt ? "(revoked)" : ""}
              </li>
            ))}
          </ul>
        </section>
        <section className="rounded border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-medium">Hash banks</h2>
          <ul className="text-sm">
            {banks.map((b) => (
              <li key={b.id}>
                {b.name} <span className="text-slate-500">· {b.entries} entries</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </AppShell>
  );
}
