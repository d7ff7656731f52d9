import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, forbidden, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { auditActor, insertUser } from "@/lib/server/users/manage-users";
import { requireAgency } from "./agency-access";
import type { CreateAgencyAccountInput, CreateAgencyInput, UpdateAgencyInput } from "./schemas";

const text = vi.committee.agencies;
const isDuplicate = (e: unknown) => (e as { code?: string }).code === "P2002";

/**
 * Issue #18 §1: the secretariat adds a member agency to its own province's committee (seed 000: sở, ban, ngành;
 * đoàn thể; Viện kiểm sát, Tòa án). Refuses an actor not placed at a province and a name already used in the
 * province. Returns {id}.
 */
export async function createAgency(actor: Actor, input: CreateAgencyInput) {
  assertCan(actor, "agency.manage");
  if (actor.unitLevel !== "PROVINCE") throw forbidden();
  try {
    return await db.$transaction(async (tx) => {
      const agency = await tx.agency.create({ data: { provinceId: actor.unitId, ...input }, select: { id: true } });
      await writeAudit(tx, auditActor(actor), { action: "agency.create", entity: "Agency", entityId: agency.id, unitId: actor.unitId, after: input });
      return agency;
    });
  } catch (error) {
    if (isDuplicate(error)) throw validation(text.nameTaken, { name: [text.nameTaken] });
    throw error;
  }
}

/** Renames, re-kinds, deactivates or reactivates an agency of the actor's province (version-checked). Returns {id, version}. */
export async function updateAgency(actor: Actor, input: UpdateAgencyInput) {
  assertCan(actor, "agency.manage");
  const agency = await requireAgency(actor, input.agencyId);
  const { agencyId, version, ...data } = input;
  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.agency.updateMany({ where: { id: agency.id, version }, data: { ...data, version: { increment: 1 } } });
      if (updated.count === 0) throw conflict();
      await writeAudit(tx, auditActor(actor), {
        action: "agency.update", entity: "Agency", entityId: agencyId, unitId: agency.provinceId,
        before: { name: agency.name, shortName: agency.shortName, kind: agency.kind, isActive: agency.isActive }, after: data,
      });
      return { id: agency.id, version: version + 1 };
    });
  } catch (error) {
    if (isDuplicate(error)) throw validation(text.nameTaken, { name: [text.nameTaken] });
    throw error;
  }
}

/**
 * An account for an active agency of the actor's subtree: role "Thành viên Ban Chỉ đạo" (AGENCY_MEMBER), placed at
 * the agency's province, scoped to the agency (lib/authz/access.ts `planTaskScope`). Returns the new user.
 */
export async function createAgencyAccount(actor: Actor, input: CreateAgencyAccountInput) {
  assertCan(actor, "agency.manage");
  assertCan(actor, "user.manage");
  const agency = await requireAgency(actor, input.agencyId);
  if (!agency.isActive) throw validation(text.agencyInactive, { agencyId: [text.agencyInactive] });
  return insertUser(actor, { ...input, role: "AGENCY_MEMBER", unitId: agency.provinceId, agencyId: agency.id });
}

/**
 * The agencies of the actor's subtree (its province's, for a secretariat), active first then by name, each with
 * its accounts and its number of assigned tasks.
 */
export async function listAgencies(actor: Actor) {
  assertCan(actor, "agency.manage");
  return db.agency.findMany({
    where: { province: unitScope(actor) },
    select: {
      id: true, name: true, shortName: true, kind: true, isActive: true, version: true,
      users: { select: { id: true, username: true, fullName: true, isActive: true }, orderBy: { username: "asc" } },
      _count: { select: { planTasks: true } },
    },
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
  });
}

/** The active agencies of the actor's province, for choosing an assignee ({id, name}; empty outside a province). */
export async function agencyOptions(actor: Actor) {
  if (!actor.provinceId) return [];
  return db.agency.findMany({ where: { provinceId: actor.provinceId, isActive: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
