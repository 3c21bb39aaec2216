import { redirect } from "next/navigation";
import { LANDING } from "@/server/auth/sessions";
import { currentUser } from "@/server/trpc/rsc";

export const dynamic = "force-dynamic";

export default async function Home() {
  const user = await currentUser();
  redirect(user ? LANDING[user.role] : "/login");
}
