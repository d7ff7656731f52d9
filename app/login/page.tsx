import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentActor } from "@/lib/authz/actor";
import { vi } from "@/lib/i18n/vi";

export const metadata: Metadata = { title: vi.auth.signInTitle };

export default async function LoginPage() {
  if (await getCurrentActor()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">{vi.app.committee}</p>
        <h1 className="mt-1 text-xl font-bold">{vi.app.name}</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">{vi.auth.signInTitle}</p>
        <LoginForm />
      </div>
    </main>
  );
}
