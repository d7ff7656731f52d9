import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { auditActor } from "@/lib/server/users/manage-users";
import { applyUsers, changeImpact } from "./impact";
import { CeaseUnitSchema, type CeaseUnitInput } from "./schemas";
import { requireExistingOn, unitsInScope } from "./units";

async function planCease(tx: Tx, actor: Actor, input: ReturnType<typeof CeaseUnitSchema.parse>) {
  const day = parseDay(input.effectiveDate)!;
  const [unit] = await unitsInScope(tx, actor, [input.unitId]);
  requireExistingOn(unit!, day);
  const children = await tx.unit.count({ where: { parentId: unit!.id, OR: [{ validTo: null }, { validTo: { gt: day } }] } });
  if (children > 0) throw validation(text.hasChildren);
  return { day, unit: unit!, impact: await changeImpact(tx, [unit!.id], new Map(), day) };
}

/** Preview of a cease (nothing written): the selections left without successor, the accounts, the open reports. */
export async function previewCease(actor: Actor, raw: CeaseUnitInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(CeaseUnitSchema, raw);
  return db.$transaction(async (tx) => (await planCease(tx, actor, input)).impact);
}

/**
 * Ceases a unit without successor (dissolved; issue #12 §1): validTo = the effective date (never deleted), its
 * accounts deactivated (sessions ended), its selections listed in the audit entry (a commune whose area goes to
 * another is a merge: mergeUnits). Refuses a unit with units still in force under it. One transaction, audited.
 */
export async function ceaseUnit(actor: Actor, raw: CeaseUnitInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(CeaseUnitSchema, raw);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${input.unitId}::uuid FOR UPDATE`;
    const { day, unit, impact } = await planCease(tx, actor, input);
    await tx.unit.update({ where: { id: unit.id }, data: { validTo: day } });
    const users = await applyUsers(tx, impact, "DEACTIVATE", new Map());
    await writeAudit(tx, auditActor(actor), {
      action: "unit.cease", entity: "Unit", entityId: unit.id, unitId: unit.id,
      before: { validTo: unit.validTo }, after: { validTo: input.effectiveDate, legalBasis: input.legalBasis, users, selections: impact.selections.map((x) => x.id), openReports: impact.openReports.map((r) => r.id) },
    });
    return { id: unit.id, users };
  });
}
