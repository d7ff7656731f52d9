import type { Actor } from "@/lib/authz/actor";
import { can, type Permission } from "@/lib/authz/permissions";
import { vi } from "@/lib/i18n/vi";
import { documents } from "@/lib/i18n/vi/documents";

type NavItem = { href: (a: Actor) => string; label: string; permission?: Permission };

// Features add their entry here; the shell shows what the actor's role allows.
const NAV: NavItem[] = [
  { href: () => "/", label: vi.nav.home },
  { href: (a) => `/units/${a.unitId}`, label: vi.nav.units, permission: "unit.view" },
  { href: () => "/units/import", label: vi.golive.import.nav, permission: "unit.import" },
  { href: () => "/units/sheet", label: vi.golive.unitSheet.nav, permission: "unit.manage" },
  { href: () => "/programme", label: vi.programme.nav, permission: "programme.view" },
  { href: () => "/monthly", label: vi.monthly.nav, permission: "monthly.view" },
  { href: () => "/monthly/indicators", label: vi.monthly.navCatalogue, permission: "monthly.view" },
  { href: () => "/reviews", label: vi.reviews.nav.reviews, permission: "kpi.view" },
  { href: () => "/verdicts", label: vi.reviews.nav.verdicts, permission: "kpi.view" },
  { href: () => "/awards", label: vi.reviews.nav.awards, permission: "award.nominate" },
  { href: () => "/documents/settings", label: documents.settingsTitle, permission: "programme.manage" },
  { href: () => "/committee/tasks", label: vi.committee.nav.tasks, permission: "agency-task.view" },
  { href: () => "/committee/agencies", label: vi.committee.nav.agencies, permission: "agency.manage" },
  { href: () => "/committee/plan", label: vi.committee.nav.plan, permission: "province-plan.manage" },
  { href: () => "/committee/report", label: vi.committee.reports.nav, permission: "yearly-report.submit" },
  { href: () => "/committee/reports", label: vi.committee.reports.nav, permission: "yearly-report.review" },
  { href: () => "/committee/ministry", label: vi.committee.ministry.nav, permission: "province-report.submit" },
  { href: () => "/ministry", label: vi.committee.ministry.navNational, permission: "ministry.receive" },
  { href: () => "/ministry/deadline", label: vi.committee.ministry.deadlineNav, permission: "ministry-deadline.manage" },
  { href: () => "/users", label: vi.nav.users, permission: "user.manage" },
  { href: () => "/audit", label: vi.nav.audit, permission: "audit.view" },
  { href: () => "/dashboard", label: vi.dashboard.nav.dashboard, permission: "dashboard.view" },
  { href: () => "/reports", label: vi.dashboard.nav.reports, permission: "report.view" },
  { href: () => "/account/tokens", label: vi.dashboard.nav.tokens, permission: "api.token" },
  { href: () => "/account/password", label: vi.nav.changePassword },
];

export function navFor(actor: Actor) {
  return NAV.filter((i) => !i.permission || can(actor.role, i.permission)).map((i) => ({ href: i.href(actor), label: i.label }));
}
