"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "./trpc";

export function LoginForm() {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation(trpc.auth.login.mutationOptions({ onSuccess: (r) => (window.location.href = r.landing) }));
  return (
    <form
      className="flex w-80 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      onSubmit={(e) => {
        e.preventDefault();
        login.mutate({ email, password });
      }}
    >
      <h1 className="text-lg font-semibold">Sign in to Sightline</h1>
      <label className="flex flex-col gap-1 text-sm">
        Email
        <input className="rounded border border-slate-300 px-2 py-1" name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Password
        <input className="rounded border border-slate-300 px-2 py-1" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      </label>
      {login.error && <p className="text-sm text-red-600" role="alert">{login.error.message}</p>}
      <button className="rounded bg-slate-900 px-3 py-1.5 text-white disabled:opacity-50" disabled={login.isPending} type="submit">
        {login.isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
