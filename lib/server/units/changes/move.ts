import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { auditActor } from "@/lib/server/users/manage-users";
import { MoveUnitSchema, type MoveUnitInput } from "./schemas";
import { requireExistingOn, unitsInScope } from "./units";

/**
 * Moves a commune of the actor's subtree under another parent of the same province (a district, or the province
 * itself when 2-level) from the effective date (issue #12 §1). The pre-summed accepted figures follow it (issue #12
 * §2: "a parent's total counts each value once, whatever the tree on the day of the query"): its commune cells are
 * subtracted from the old parent and added to the new one, in the same transaction as the new lineage; the province
 * total does not change. Audited with the legal basis. Returns {id, parentId}.
 */
export async function moveUnit(actor: Actor, raw: MoveUnitInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(MoveUnitSchema, raw);
  const day = parseDay(input.effectiveDate)!;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${input.unitId}::uuid FOR UPDATE`;
    const [unit, parent] = await unitsInScope(tx, actor, [input.unitId, input.newParentId]);
    if (unit!.level !== "COMMUNE") throw validation(text.onlyCommune);
    const fits = (parent!.level === "DISTRICT" || parent!.level === "PROVINCE") && parent!.id !== unit!.parentId;
    const sameProvince = (parent!.level === "PROVINCE" ? parent!.id : parent!.provinceId) === unit!.provinceId;
    if (!fits || !sameProvince) throw validation(text.moveParent, { newParentId: [text.moveParent] });
    requireExistingOn(unit!, day);
    requireExistingOn(parent!, day);
    const oldAncestors = unit!.lineage.slice(1, -1).filter((id) => !parent!.lineage.includes(id));
    const newAncestors = parent!.lineage.slice(1).filter((id) => !unit!.lineage.includes(id));
    for (const [ancestors, sign] of [[oldAncestors, -1], [newAncestors, 1]] as const) {
      if (ancestors.length === 0) continue;
      await tx.$executeRaw`
        INSERT INTO "IndicatorTotal" ("unitId", "indicatorId", year, month, total, reports)
        SELECT a.id, t."indicatorId", t.year, t.month, ${sign}::int * t.total, ${sign}::int * t.reports
        FROM "IndicatorTotal" t CROSS JOIN unnest(${[...ancestors]}::uuid[]) AS a(id)
        WHERE t."unitId" = ${unit!.id}::uuid
        ON CONFLICT ("unitId", "indicatorId", year, month) DO UPDATE
          SET total = "IndicatorTotal".total + EXCLUDED.total, reports = "IndicatorTotal".reports + EXCLUDED.reports`;
    }
    await tx.unit.update({ where: { id: unit!.id }, data: { parentId: parent!.id, lineage: [...parent!.lineage, unit!.id] } });
    await writeAudit(tx, auditActor(actor), {
      action: "unit.move", entity: "Unit", entityId: unit!.id, unitId: unit!.id,
      before: { parentId: unit!.parentId }, after: { parentId: parent!.id, effectiveDate: input.effectiveDate, legalBasis: input.legalBasis },
    });
    return { id: unit!.id, parentId: parent!.id };
  });
}
