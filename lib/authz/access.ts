import "server-only";
import { db } from "@/lib/db";
import { AppError, forbidden, notFound, unauthenticated } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { can, type Permission } from "@/lib/authz/permissions";
import { getCurrentActor, type Actor } from "@/lib/authz/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * THE authorization choke point. Every server action, route handler and page
 * loader starts here: it loads the session from the database (so sign-out,
 * deactivation and expiry apply at once), refuses an account that must change its
 * password first, and checks the role's permission.
 */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await requireSignedInActor();
  assertPasswordCurrent(actor);
  assertCan(actor, permission);
  return actor;
}

/**
 * The signed-in actor, even one that must still change its password. Only for choke points that apply
 * `assertPasswordCurrent` themselves (defineAction: every action but changing the password and signing out).
 */
export async function requireSignedInActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw unauthenticated();
  return actor;
}

/**
 * Issue #14 finding 5 / #11 §5: an account with an initial or reset password (`mustChangePassword`) may do
 * nothing but change it and sign out. Throws FORBIDDEN with a message that says what to do.
 */
export function assertPasswordCurrent(actor: Pick<Actor, "mustChangePassword">): void {
  if (actor.mustChangePassword) throw new AppError("FORBIDDEN", vi.access.mustChangePasswordFirst);
}

export function assertCan(actor: Actor, permission?: Permission): void {
  if (permission && !can(actor.role, permission)) throw forbidden();
}

/**
 * SECURITY-CRITICAL: the Prisma filter selecting the units an actor may see:
 * its own unit and every unit below it. Every query on unit-owned data must be
 * narrowed with it (directly, or through the record's unit relation); a record
 * outside it must answer "not found", never "forbidden", so that another
 * tenant's records cannot even be shown to exist.
 */
export function unitScope(actor: Pick<Actor, "unitId">): Prisma.UnitWhereInput {
  return { lineage: { has: actor.unitId } };
}

const NO_ROW = "00000000-0000-0000-0000-000000000000";

/**
 * SECURITY-CRITICAL (issue #18): the plan tasks an actor may see and update. Everyone: tasks of plans of communes
 * in its subtree, and of the province's own plan when the province is in it (province-level accounts only). A
 * member agency's account (AGENCY_MEMBER, unit = its province) is narrowed further to the tasks assigned to its own
 * agency, so another agency's task answers "not found" like another tenant's; an agency account without an agency
 * sees nothing (fails closed).
 */
export function planTaskScope(actor: Pick<Actor, "unitId" | "role" | "agencyId">): Prisma.PlanTaskWhereInput {
  const inSubtree: Prisma.PlanTaskWhereInput = {
    OR: [{ plan: { selection: { commune: unitScope(actor) } } }, { provincePlan: { province: unitScope(actor) } }],
  };
  if (actor.role !== "AGENCY_MEMBER") return inSubtree;
  return { AND: [inSubtree, { agencyId: actor.agencyId ?? NO_ROW }] };
}

export function isInScope(actor: Pick<Actor, "unitId">, unitLineage: readonly string[]): boolean {
  return unitLineage.includes(actor.unitId);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from URLs and forms are checked before reaching the database (a malformed uuid would be a 500). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Loads a unit inside the actor's subtree or throws "not found". */
export async function requireUnitInScope(actor: Actor, unitId: string) {
  if (!isUuid(unitId)) throw notFound();
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId }, unitScope(actor)] },
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      kind: true,
      parentId: true,
      provinceId: true,
      lineage: true,
      validFrom: true,
      validTo: true,
    },
  });
  if (!unit) throw notFound();
  return unit;
}
