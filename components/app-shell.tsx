import Link from "next/link";
import type { SessionUser } from "@/db/queries/auth";
import { LogoutButton } from "./logout-button";

const NAV: Array<{ href: string; label: string; roles: SessionUser["role"][] }> = [
  { href: "/queue", label: "Queue", roles: ["moderator", "admin"] },
  { href: "/policies", label: "Policies", roles: ["policy_lead", "admin"] },
  { href: "/seller", label: "My listings", roles: ["seller"] },
  { href: "/admin", label: "Admin", roles: ["admin"] },
];

export function AppShell({ user, title, children }: { user: SessionUser; title: string; children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="flex items-center gap-6 border-b border-slate-200 bg-white px-6 py-3">
        <span className="font-semibold tracking-tight">Sightline</span>
        <nav className="flex gap-4 text-sm">
          {NAV.filter((n) => n.roles.includes(user.role)).map((n) => (
            <Link key={n.href} href={n.href} className="text-slate-600 hover:text-slate-900">
              {n.label}
            </Link>
          ))}
        </nav>
        <span className="ml-auto text-sm text-slate-500" data-testid="whoami">
          {user.name} · {user.role.replace("_", " ")}
        </span>
        <LogoutButton />
      </header>
      <main className="mx-auto max-w-6xl px-6 py-6">
        <h1 className="mb-4 text-xl font-semibold">{title}</h1>
        {children}
      </main>
    </div>
  );
}
