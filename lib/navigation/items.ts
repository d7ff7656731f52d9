import type { Actor } from "@/lib/authz/actor";
import { can, type Permission } from "@/lib/authz/permissions";
import { vi } from "@/lib/i18n/vi";
import { documents } from "@/lib/i18n/vi/documents";
import type { NavGroup } from "./current-item";

/** What the navigation knows besides the actor: the newest programme year of its province (null: none, no access). */
export type NavContext = { programmeYear: number | null };

/**
 * One entry. `path` is the route of the page it opens ("*" for a dynamic segment) and marks it current on that page and
 * the pages under it; `permission` is the one that page's `requirePageActor` checks (tests/unit/navigation/
 * navigation.test.ts compares them), so the entry shows exactly to the roles that can open it. `href` (needed when
 * the path has a "*") returns null when the entry has nowhere to go for this actor (no programme year yet).
 */
type NavItem = {
  path: string;
  label: string | ((actor: Actor) => string);
  permission?: Permission;
  href?: (actor: Actor, context: NavContext) => string | null;
};

type NavGroupDef = { id: string; label: string; items: NavItem[] };

/** A page of the newest programme year: hidden until the province has one. */
const ofProgrammeYear =
  (page: string) =>
  (_actor: Actor, { programmeYear }: NavContext) =>
    programmeYear === null ? null : `/programme/${programmeYear}/${page}`;

/**
 * A page of one province's records: hidden from an account without a province (the national administrator, the
 * ministry before it chooses the province it reads), which the page answers with "not found".
 */
const ofProvince = (page: string) => (actor: Actor) => (actor.provinceId ? page : null);

/** The monthly figures page does what the role does there: a commune enters, a district or province reviews. */
const monthlyLabel = (actor: Actor) => {
  if (can(actor.role, "monthly.enter")) return vi.nav.monthly.enter;
  return can(actor.role, "monthly.review") ? vi.nav.monthly.review : vi.nav.monthly.view;
};

/**
 * Every page of `app/(app)` grouped by the user's task (issue #16 §6). A page without an entry of its own is covered by
 * the entry above it (`/programme/2026/decisions/…` under "Các năm chương trình", `/dashboard/map` under "Bảng điều
 * hành"); the unit test fails on a page no entry covers. Features add their entry to the group of their task.
 */
export const NAV_GROUPS: NavGroupDef[] = [
  { id: "home", label: "", items: [{ path: "/", label: vi.nav.home }] },
  {
    id: "programme",
    label: vi.nav.groups.programme,
    items: [
      { path: "/programme", label: vi.programme.years, permission: "programme.view" },
      {
        path: "/programme/*/proposals",
        label: vi.programme.links.proposals,
        permission: "programme.view",
        href: ofProgrammeYear("proposals"),
      },
      {
        path: "/programme/*/approval",
        label: vi.programme.links.approval,
        permission: "proposal.decide",
        href: ofProgrammeYear("approval"),
      },
      {
        path: "/programme/*/plans",
        label: vi.programme.links.plans,
        permission: "programme.view",
        href: ofProgrammeYear("plans"),
      },
    ],
  },
  {
    id: "monthly",
    label: vi.nav.groups.monthly,
    items: [
      { path: "/monthly", label: monthlyLabel, permission: "monthly.view" },
      { path: "/monthly/summary", label: vi.monthly.summary, permission: "monthly.view" },
      { path: "/monthly/indicators", label: vi.monthly.navCatalogue, permission: "monthly.view" },
    ],
  },
  {
    id: "evaluation",
    label: vi.nav.groups.evaluation,
    items: [
      { path: "/reviews", label: vi.reviews.nav.reviews, permission: "kpi.view" },
      { path: "/verdicts", label: vi.reviews.nav.verdicts, permission: "kpi.view" },
      { path: "/verdicts/config", label: vi.reviews.configTitle, permission: "programme.manage" },
      { path: "/awards", label: vi.reviews.nav.awards, permission: "award.nominate" },
      {
        path: "/awards/overview",
        label: vi.reviews.nav.awardsOverview,
        permission: "kpi.view",
        href: ofProvince("/awards/overview"),
      },
    ],
  },
  {
    id: "monitoring",
    label: vi.nav.groups.monitoring,
    items: [
      { path: "/dashboard", label: vi.dashboard.nav.dashboard, permission: "dashboard.view" },
      { path: "/reports", label: vi.dashboard.nav.reports, permission: "report.view" },
    ],
  },
  {
    // Funding has no page of its own: it is entered on each plan page and summed on the dashboard and yearly reports.
    id: "committee",
    label: vi.nav.groups.committee,
    items: [
      { path: "/committee/agencies", label: vi.committee.nav.agencies, permission: "agency.manage" },
      { path: "/committee/plan", label: vi.committee.nav.plan, permission: "province-plan.manage" },
      { path: "/committee/tasks", label: vi.committee.nav.tasks, permission: "agency-task.view" },
      { path: "/committee/report", label: vi.committee.reports.nav, permission: "yearly-report.submit" },
      { path: "/committee/reports", label: vi.committee.reports.nav, permission: "yearly-report.review" },
      { path: "/committee/ministry", label: vi.committee.ministry.nav, permission: "province-report.submit" },
      { path: "/ministry", label: vi.committee.ministry.navNational, permission: "ministry.receive" },
      { path: "/ministry/deadline", label: vi.committee.ministry.deadlineNav, permission: "ministry-deadline.manage" },
    ],
  },
  {
    id: "admin",
    label: vi.nav.groups.admin,
    items: [
      { path: "/units/*", label: vi.nav.units, permission: "unit.view", href: (actor) => `/units/${actor.unitId}` },
      { path: "/units/changes", label: vi.nav.unitChanges, permission: "unit.change" },
      { path: "/units/import", label: vi.golive.import.nav, permission: "unit.import" },
      { path: "/units/sheet", label: vi.golive.unitSheet.nav, permission: "unit.manage" },
      { path: "/users", label: vi.nav.users, permission: "user.manage" },
      { path: "/audit", label: vi.nav.audit, permission: "audit.view" },
      { path: "/documents/settings", label: documents.settingsTitle, permission: "programme.manage" },
      { path: "/account/tokens", label: vi.dashboard.nav.tokens, permission: "api.token" },
    ],
  },
  { id: "account", label: vi.nav.groups.account, items: [{ path: "/account/password", label: vi.nav.changePassword }] },
];

/**
 * The navigation `actor` sees: each group with the entries its role may open (the permission matrix), groups left
 * empty dropped. Returns plain data for the client component (components/layout/main-nav.tsx).
 */
export function navFor(actor: Actor, context: NavContext): NavGroup[] {
  return NAV_GROUPS.map((group) => ({
    id: group.id,
    label: group.label,
    items: group.items.flatMap((item) => {
      if (item.permission && !can(actor.role, item.permission)) return [];
      const href = item.href ? item.href(actor, context) : item.path;
      if (href === null) return [];
      return [{ href, path: item.path, label: typeof item.label === "string" ? item.label : item.label(actor) }];
    }),
  })).filter((group) => group.items.length > 0);
}
