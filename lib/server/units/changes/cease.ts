import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { applyProposals, applyUsers } from "./impact";
import { CeaseUnitSchema, type CeaseUnitInput } from "@/lib/contracts/unit-changes/cease-unit";
import { planCease } from "./cease-plan";

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
    const proposals = await applyProposals(tx, impact, input.legalBasis);
    await writeAudit(tx, auditActor(actor), {
      action: "unit.cease",
      entity: "Unit",
      entityId: unit.id,
      unitId: unit.id,
      before: { validTo: unit.validTo },
      after: {
        validTo: input.effectiveDate,
        legalBasis: input.legalBasis,
        users,
        proposals,
        selections: impact.selections.map((x) => x.id),
        openReports: impact.openReports.map((r) => r.id),
      },
    });
    return { id: unit.id, users };
  });
}
