import { AppShell } from "@/components/app-shell";
import { QueueView } from "@/components/queue/queue-view";
import { requireRole } from "@/server/trpc/rsc";

export const dynamic = "force-dynamic";

export default async function QueuePage() {
  const user = await requireRole("moderator");
  return (
    <AppShell user={user} title="Review queue">
      <QueueView />
    </AppShell>
  );
}
