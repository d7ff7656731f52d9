import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { MainNav, MenuButton, NavMenuProvider } from "@/components/layout/main-nav";
import { requirePageActor } from "@/lib/authz/page";
import { vi } from "@/lib/i18n/vi";
import { navFor } from "@/lib/navigation/items";
import { latestProgrammeYear } from "@/lib/server/programme/latest-programme-year";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The shell also wraps the change-password form; every page redirects a pending change itself (requirePageActor).
  const actor = await requirePageActor(undefined, { beforePasswordChange: true });
  const groups = navFor(actor, { programmeYear: await latestProgrammeYear(actor) });
  return (
    <NavMenuProvider>
      <div className="min-h-screen">
        <header className="no-print bg-brand-700 text-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
            <Link href="/" className="font-semibold">
              {vi.app.name}
            </Link>
            <div className="flex items-center gap-2 text-sm">
              <span className="hidden sm:inline" data-testid="current-user">
                {actor.fullName} · {actor.unitName}
              </span>
              <MenuButton label={vi.nav.menu} />
              <SignOutButton label={vi.nav.signOut} />
            </div>
          </div>
        </header>
        <div className="mx-auto max-w-7xl lg:flex">
          <MainNav groups={groups} label={vi.nav.label} />
          <main className="min-w-0 flex-1 px-4 py-6">{children}</main>
        </div>
      </div>
    </NavMenuProvider>
  );
}
