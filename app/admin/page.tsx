import { AppShell } from "@/components/app-shell";
import { requireRole, serverCaller } from "@/server/trpc/rsc";

export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const user = await requireRole("admin");
  const { users, tokens, banks } = await (await serverCaller()).admin.overview();
  return (
    <AppShell user={user} title="Admin">
      <div className="grid gap-6 md:grid-cols-3">
        <Section title={`Users (${users.length})`} testId="admin-users">
          {users.map((u) => (
            <li key={u.id}>
              {u.email} <span className="text-slate-500">· {u.role}</span>
            </li>
          ))}
        </Section>
        <Section title="Service tokens">
          {tokens.map((t) => (
            <li key={t.id}>
              {t.name} <code className="text-slate-500">{t.prefix}…</code> {t.revokedAt ? "(revoked)" : ""}
            </li>
          ))}
        </Section>
        <Section title="Hash banks">
          {banks.map((b) => (
            <li key={b.id}>
              {b.name} <span className="text-slate-500">· {b.entries} entries</span>
            </li>
          ))}
        </Section>
      </div>
    </AppShell>
  );
}

function Section({ title, testId, children }: { title: string; testId?: string; children: React.ReactNode }) {
  return (
    <section className="rounded border border-slate-200 bg-white p-4" data-testid={testId}>
      <h2 className="mb-2 font-medium">{title}</h2>
      <ul className="text-sm">{children}</ul>
    </section>
  );
}
