import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { formatDate, parseDay } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { auditActor } from "@/lib/server/users/manage-users";
import { RenameUnitSchema, type RenameUnitInput } from "./schemas";
import { requireExistingOn, unitsInScope } from "./units";

/**
 * Renames a unit of the actor's subtree from `effectiveDate` (issue #12 §1): the old name is kept in `UnitName` for
 * the period before (from the previous rename, or since the unit began), so reports and documents of that period show
 * it (lib/domain/unit-succession.ts nameOn). Refuses an unchanged name, a date not after the previous rename, a unit
 * not existing that day. One transaction, audited. Returns {id, name}.
 */
export async function renameUnit(actor: Actor, raw: RenameUnitInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(RenameUnitSchema, raw);
  const day = parseDay(input.effectiveDate)!;
  return db.$transaction(async (tx) => {
    const [unit] = await unitsInScope(tx, actor, [input.unitId]);
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${unit!.id}::uuid FOR UPDATE`;
    requireExistingOn(unit!, day);
    if (input.newName === unit!.name) throw validation(text.sameName, { newName: [text.sameName] });
    const last = await tx.unitName.findFirst({ where: { unitId: unit!.id }, orderBy: { validTo: "desc" }, select: { validTo: true } });
    if (last && last.validTo >= day) throw validation(t(text.renameOrder, { date: formatDate(last.validTo) }), { effectiveDate: [t(text.renameOrder, { date: formatDate(last.validTo) })] });
    await tx.unitName.create({ data: { unitId: unit!.id, name: unit!.name, validFrom: last?.validTo ?? null, validTo: day, legalBasis: input.legalBasis } });
    await tx.unit.update({ where: { id: unit!.id }, data: { name: input.newName } });
    await writeAudit(tx, auditActor(actor), {
      action: "unit.rename", entity: "Unit", entityId: unit!.id, unitId: unit!.id,
      before: { name: unit!.name }, after: { name: input.newName, effectiveDate: input.effectiveDate, legalBasis: input.legalBasis },
    });
    return { id: unit!.id, name: input.newName };
  });
}
