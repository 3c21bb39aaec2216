import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login-form";
import { LANDING } from "@/server/auth/sessions";
import { currentUser } from "@/server/trpc/rsc";

export const dynamic = "force-dynamic";

export default async function LoginPage() {
  const user = await currentUser();
  if (user) redirect(LANDING[user.role]);
  return (
    <div className="flex min-h-screen items-center justify-center">
      <LoginForm />
    </div>
  );
}
