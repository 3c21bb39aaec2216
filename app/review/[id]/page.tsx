import { notFound } from "next/navigation";
import { AppShell } from "@/components/app-shell";
import { ReviewView } from "@/components/review/review-view";
import { requireRole } from "@/server/trpc/rsc";

export const dynamic = "force-dynamic";

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("moderator");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  return (
    <AppShell user={user} title="Review item">
      <ReviewView itemId={id} />
    </AppShell>
  );
}
