"use client";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "./trpc";

export function LogoutButton() {
  const trpc = useTRPC();
  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSuccess: () => (window.location.href = "/login") }));
  return (
    <button className="text-sm text-slate-500 hover:text-slate-900" onClick={() => logout.mutate()}>
      Log out
    </button>
  );
}
