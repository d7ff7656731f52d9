import "server-only";
import { db } from "@/lib/db";
import { appNow } from "@/lib/clock";
import { fromDbDay } from "@/lib/domain/vn-date";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { assignableRoles, isAgencyRole, ROLE_UNIT_LEVELS } from "@/lib/authz/permissions";
import { notFound, validation } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { vi } from "@/lib/i18n/vi";

/**
 * The unit a user is given (created in, or moved to) with a role, checked for both creation and change:
 * the unit must be in the actor's subtree (else "not found") and still in force on `now` (its `validTo`
 * is exclusive, a Vietnam calendar day), the role one the actor may
 * assign (`assignableRoles`) other than an agency role (issue #18: those need an agency), and the role must sit at the unit's level (`ROLE_UNIT_LEVELS`). Returns {id, level}.
 */
export async function requireUnitForRole(actor: Actor, role: Role, unitId: string, now = appNow()) {
  const unit = await db.unit.findFirst({
    where: { id: unitId, ...unitScope(actor) },
    select: { id: true, level: true, validTo: true },
  });
  if (!unit) throw notFound();
  if (!assignableRoles(actor.role).includes(role))
    throw validation(vi.errors.forbidden, { role: [vi.errors.forbidden] });
  // An agency account needs its agency: it is created from the agency's page (lib/server/committee), never here.
  if (isAgencyRole(role))
    throw validation(vi.committee.agencyRoleElsewhere, { role: [vi.committee.agencyRoleElsewhere] });
  if (!ROLE_UNIT_LEVELS[role].includes(unit.level))
    throw validation(vi.users.roleNotAllowedForUnit, { role: [vi.users.roleNotAllowedForUnit] });
  if (unit.validTo && fromDbDay(unit.validTo) <= now)
    throw validation(vi.access.changeRole.unitCeased, { unitId: [vi.access.changeRole.unitCeased] });
  return { id: unit.id, level: unit.level };
}
