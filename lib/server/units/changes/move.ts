import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { revokeUserCredentials } from "@/lib/auth/revoke-credentials";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { planMove } from "./move-plan";
import { MoveUnitSchema, type MoveUnitInput } from "@/lib/contracts/unit-changes/move-unit";

/**
 * Moves a commune of the actor's subtree under another parent (a district, or a province when 2-level) from the
 * effective date (issue #12 §1: the province secretariat inside its province, ADMIN nation-wide). The pre-summed
 * accepted figures follow it (issue #12 §2 "a parent's total counts each value once"): its cells are subtracted from
 * the old ancestors and added to the new ones in the same transaction as the new lineage. Inside a province all
 * months follow (the province total does not change). To another province (domain.md §8, README "Administrative
 * changes"): refused while the commune holds open business there (move-plan.ts); the months before the effective
 * month stay with the old province, which accepted them under its catalogue (`UnitParentPeriod` keeps a later unlock
 * of such a month right), the later ones follow; the commune's later reports belong to the new province and its
 * accounts sign in again. Audited with the legal basis. Returns {id, parentId}.
 */
export async function moveUnit(actor: Actor, raw: MoveUnitInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(MoveUnitSchema, raw);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${input.unitId}::uuid FOR UPDATE`;
    const { day, unit, parent, oldParent, newProvinceId, crossProvince, carryFrom } = await planMove(tx, actor, input);
    const oldAncestors = unit.lineage.slice(1, -1).filter((id) => !parent.lineage.includes(id));
    const newAncestors = parent.lineage.slice(1).filter((id) => !unit.lineage.includes(id));
    for (const [ancestors, sign] of [
      [oldAncestors, -1],
      [newAncestors, 1],
    ] as const) {
      if (ancestors.length === 0) continue;
      await tx.$executeRaw`
        INSERT INTO "IndicatorTotal" ("unitId", "indicatorId", year, month, total, reports)
        SELECT a.id, t."indicatorId", t.year, t.month, ${sign}::int * t.total, ${sign}::int * t.reports
        FROM "IndicatorTotal" t CROSS JOIN unnest(${[...ancestors]}::uuid[]) AS a(id)
        WHERE t."unitId" = ${unit.id}::uuid AND (${carryFrom}::date IS NULL OR make_date(t.year, t.month, 1) >= ${carryFrom}::date)
        ON CONFLICT ("unitId", "indicatorId", year, month) DO UPDATE
          SET total = "IndicatorTotal".total + EXCLUDED.total, reports = "IndicatorTotal".reports + EXCLUDED.reports`;
    }
    await tx.unit.update({
      where: { id: unit.id },
      data: { parentId: parent.id, lineage: [...parent.lineage, unit.id], provinceId: newProvinceId },
    });
    let signedOut = 0;
    if (crossProvince) {
      await tx.unitParentPeriod.create({
        data: { unitId: unit.id, parentId: oldParent.id, parentLineage: oldParent.lineage, validTo: day },
      });
      await tx.$executeRaw`
        UPDATE "MonthlyReport" SET "provinceId" = ${newProvinceId}::uuid
        WHERE "communeId" = ${unit.id}::uuid AND make_date(year, month, 1) >= ${day}::date`;
      const users = await tx.user.findMany({ where: { unitId: unit.id, isActive: true }, select: { id: true } });
      for (const u of users) await revokeUserCredentials(tx, u.id);
      signedOut = users.length;
    }
    await writeAudit(tx, auditActor(actor), {
      action: "unit.move",
      entity: "Unit",
      entityId: unit.id,
      unitId: unit.id,
      before: { parentId: unit.parentId, provinceId: unit.provinceId },
      after: {
        parentId: parent.id,
        provinceId: newProvinceId,
        effectiveDate: input.effectiveDate,
        legalBasis: input.legalBasis,
        crossProvince,
        signedOut,
      },
    });
    return { id: unit.id, parentId: parent.id };
  });
}
