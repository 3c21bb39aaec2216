import { AppShell } from "@/components/app-shell";
import { SellerListings } from "@/components/seller-listings";
import { requireRole } from "@/server/trpc/rsc";

export const dynamic = "force-dynamic";

export default async function SellerPage() {
  const user = await requireRole("seller");
  return (
    <AppShell user={user} title="My listings">
      <SellerListings />
    </AppShell>
  );
}
