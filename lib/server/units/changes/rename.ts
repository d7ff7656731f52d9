import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { RenameUnitSchema, type RenameUnitInput } from "@/lib/contracts/unit-changes/rename-unit";
import { planRename } from "./rename-plan";

/**
 * Renames a unit of the actor's subtree from `effectiveDate` (issue #12 §1): the old name is kept in `UnitName` for
 * the period before (from the previous rename, or since the unit began), so reports and documents of that period show
 * it (lib/domain/unit-succession.ts nameOn). Refuses an unchanged name, a date not after the previous rename, a unit
 * not existing that day. One transaction, audited. Returns {id, name}.
 */
export async function renameUnit(actor: Actor, raw: RenameUnitInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(RenameUnitSchema, raw);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${input.unitId}::uuid FOR UPDATE`;
    const { day, unit, formerFrom } = await planRename(tx, actor, input);
    await tx.unitName.create({
      data: { unitId: unit.id, name: unit.name, validFrom: formerFrom, validTo: day, legalBasis: input.legalBasis },
    });
    await tx.unit.update({ where: { id: unit.id }, data: { name: input.newName } });
    await writeAudit(tx, auditActor(actor), {
      action: "unit.rename",
      entity: "Unit",
      entityId: unit.id,
      unitId: unit.id,
      before: { name: unit.name },
      after: { name: input.newName, effectiveDate: input.effectiveDate, legalBasis: input.legalBasis },
    });
    return { id: unit.id, name: input.newName };
  });
}
