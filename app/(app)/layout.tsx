import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { MainNav } from "@/components/layout/main-nav";
import { requirePageActor } from "@/lib/authz/page";
import { vi } from "@/lib/i18n/vi";
import { navFor } from "@/lib/navigation";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The shell also wraps the change-password form; every page redirects a pending change itself (requirePageActor).
  const actor = await requirePageActor(undefined, { beforePasswordChange: true });
  return (
    <div className="min-h-screen">
      <header className="no-print bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/" className="font-semibold">{vi.app.name}</Link>
          <div className="flex items-center gap-2 text-sm">
            <span className="hidden sm:inline" data-testid="current-user">{actor.fullName} · {actor.unitName}</span>
            <SignOutButton label={vi.nav.signOut} />
          </div>
        </div>
        <MainNav items={navFor(actor)} label="Điều hướng chính" />
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
