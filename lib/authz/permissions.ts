import type { Role, UnitLevel } from "@/lib/generated/prisma/enums";

/**
 * THE permission matrix: what each role may do, inside its own unit's subtree only
 * (the subtree part is enforced by lib/authz/access.ts). A role or permission that
 * is not listed here is denied: the check fails closed.
 */
export const PERMISSIONS = [
  "unit.view",
  // Going live (issue #11): units from the official list (system administrators at the national root) and
  // from a spreadsheet (administrators and the province secretariat, inside their subtree).
  "unit.import",
  "unit.manage",
  "user.manage",
  "audit.view",
  "dashboard.view",
  // Dashboards, official reports, data API (issue #6)
  "report.view",
  "api.token",
  // Yearly programme (issue #3)
  "programme.view",
  "programme.manage",
  "proposal.create",
  "proposal.decide",
  "plan.manage",
  "plan.update-task",
  // Reviews, verdicts, relapse, awards (issue #5). "verdict.issue" is held by the secretariat acting for the
  // approver (Programme.approverTitle): the signatory signs on paper, the secretariat records the decision.
  "review.submit",
  "review.decide",
  "verdict.propose",
  "verdict.issue",
  "relapse.record",
  "award.nominate",
  "award.manage",
  "kpi.view",
  // Monthly figures (issue #4)
  "monthly.view",
  "monthly.enter",
  "monthly.review",
  "district-report.submit",
  "entry.unlock",
  "indicator.manage",
  // Administrative changes over time (issue #12): merge, split, rename, cease, move, 3 → 2 levels
  "unit.change",
  // The whole committee (issue #18): member agencies and their accounts; an agency's own task list
  "agency.manage",
  "agency-task.view",
  "province-plan.manage",
  "yearly-report.submit",
  "yearly-report.review",
  "funding.manage",
  // Issue #18 §5: the province's year-end report to the ministry, and the ministry's receipt or return of it
  "province-report.submit",
  "ministry.receive",
  // The ministry's deadline for those reports, a national setting kept by the system administrator at NATION
  "ministry-deadline.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_MATRIX: Record<Role, readonly Permission[]> = {
  ADMIN: ["unit.view", "unit.import", "unit.manage", "unit.change", "user.manage", "audit.view", "dashboard.view", "report.view", "api.token", "kpi.view", "monthly.view", "ministry-deadline.manage"],
  PROVINCE_SECRETARIAT: ["unit.view", "unit.manage", "unit.change", "user.manage", "audit.view", "dashboard.view", "report.view", "api.token", "programme.view", "programme.manage", "proposal.create", "proposal.decide", "plan.manage", "plan.update-task", "review.submit", "review.decide", "verdict.propose", "verdict.issue", "relapse.record", "award.nominate", "award.manage", "kpi.view", "monthly.view", "monthly.review", "entry.unlock", "indicator.manage", "agency.manage", "province-plan.manage", "yearly-report.review", "funding.manage", "province-report.submit"],
  PROVINCE_LEADER: ["unit.view", "dashboard.view", "report.view", "api.token", "programme.view", "kpi.view", "monthly.view"],
  DISTRICT_COMMITTEE: ["unit.view", "dashboard.view", "report.view", "api.token", "programme.view", "proposal.create", "plan.manage", "plan.update-task", "review.submit", "verdict.propose", "award.nominate", "kpi.view", "monthly.view", "monthly.review", "district-report.submit", "entry.unlock", "yearly-report.submit", "funding.manage"],
  COMMUNE_POLICE: ["unit.view", "api.token", "programme.view", "plan.update-task", "monthly.view", "monthly.enter"],
  // Issue #18: a member agency sees its own tasks in its province's plans (scoped to User.agencyId by
  // `planTaskScope`), updates them, and sees the province's dashboards; nothing else of the programme.
  AGENCY_MEMBER: ["dashboard.view", "agency-task.view", "plan.update-task", "yearly-report.submit"],
  // Issue #18 §5: read-only on every province's dashboards, reports, KPIs and programme pages (the province it reads
  // is chosen on its national table: lib/authz/read-province.ts); its only write is the receipt or return of a
  // province's year-end report. It holds no permission that writes the programme, so every such action refuses it.
  MINISTRY_OFFICE: ["unit.view", "dashboard.view", "report.view", "kpi.view", "monthly.view", "programme.view", "ministry.receive"],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_MATRIX[role]?.includes(permission) ?? false;
}

/**
 * Unit levels each role may sit at. A committee normally sits at a district; in a
 * 2-level province (after the 2025 reform) the commune's own committee takes its place.
 */
export const ROLE_UNIT_LEVELS: Record<Role, readonly UnitLevel[]> = {
  ADMIN: ["NATION", "PROVINCE"],
  PROVINCE_SECRETARIAT: ["PROVINCE"],
  PROVINCE_LEADER: ["PROVINCE"],
  DISTRICT_COMMITTEE: ["DISTRICT", "COMMUNE"],
  COMMUNE_POLICE: ["COMMUNE"],
  AGENCY_MEMBER: ["PROVINCE"],
  MINISTRY_OFFICE: ["NATION"],
};

/**
 * Roles whose accounts belong to a member agency (User.agencyId set): created and moved only from the agency's
 * page (lib/server/committee), never through the generic user form, which has no agency to give.
 */
export const AGENCY_ROLES = ["AGENCY_MEMBER"] as const satisfies readonly Role[];
/** A role held at a unit alone (no agency): the roles of the generic user form. */
export type UnitRole = Exclude<Role, (typeof AGENCY_ROLES)[number]>;
export const isAgencyRole = (role: Role): role is (typeof AGENCY_ROLES)[number] => (AGENCY_ROLES as readonly Role[]).includes(role);

/** A secretariat may not create system administrators (privilege escalation). Includes the agency roles (they may manage those accounts). */
export function assignableRoles(managerRole: Role): Role[] {
  if (managerRole === "ADMIN") return ["ADMIN", "PROVINCE_SECRETARIAT", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "COMMUNE_POLICE", "AGENCY_MEMBER", "MINISTRY_OFFICE"];
  if (managerRole === "PROVINCE_SECRETARIAT") return ["PROVINCE_SECRETARIAT", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "COMMUNE_POLICE", "AGENCY_MEMBER"];
  return [];
}

/** The roles of the generic user form (a unit, no agency): `assignableRoles` without `AGENCY_ROLES`. */
export function unitRoles(managerRole: Role): UnitRole[] {
  return assignableRoles(managerRole).filter((r): r is UnitRole => !isAgencyRole(r));
}
