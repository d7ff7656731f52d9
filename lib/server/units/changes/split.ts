import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { applyCarriedSelections, applyProposals, applyUsers } from "./impact";
import { SplitUnitSchema, type SplitUnitInput } from "@/lib/contracts/unit-changes/split-unit";
import { planSplit } from "./split-plan";

/**
 * Splits a commune into 2–10 new communes from the effective date (issue #12 §1): the commune ceases (kept), the parts
 * start that day under the same parent, each with a succession link carrying the legal basis (their "same period
 * last year" is then not comparable: lib/domain/unit-succession.ts baselineSources); its selections of open
 * programmes pass to the part the operator named, its accounts to the part named or are deactivated. One
 * transaction, audited. Returns the new communes' ids.
 */
export async function splitUnit(actor: Actor, raw: SplitUnitInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(SplitUnitSchema, raw);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${input.unitId}::uuid FOR UPDATE`;
    const { day, unit, ids, parent, selectionsTo, impact } = await planSplit(tx, actor, input);
    await tx.unit.createMany({
      data: input.parts.map((p, i) => ({
        id: ids[i]!,
        code: p.code,
        name: p.name,
        level: "COMMUNE" as const,
        kind: p.kind,
        parentId: unit.parentId,
        lineage: [...parent.lineage, ids[i]!],
        provinceId: unit.provinceId,
        committeeName: `Ban Chỉ đạo 138 ${p.name.toLowerCase()}`,
        validFrom: day,
      })),
    });
    await tx.unit.update({ where: { id: unit.id }, data: { validTo: day } });
    await tx.unitSuccession.createMany({
      data: ids.map((id) => ({ fromUnitId: unit.id, toUnitId: id, effectiveDate: day, note: input.legalBasis })),
    });
    const selections = await applyCarriedSelections(tx, impact);
    const usersTo = input.usersTo === null ? new Map<string, string>() : new Map([[unit.id, ids[input.usersTo]!]]);
    const users = await applyUsers(tx, impact, input.usersTo === null ? "DEACTIVATE" : "MOVE", usersTo);
    const proposals = await applyProposals(tx, impact, input.legalBasis);
    await writeAudit(tx, auditActor(actor), {
      action: "unit.split",
      entity: "Unit",
      entityId: unit.id,
      unitId: unit.id,
      before: { name: unit.name },
      after: {
        parts: ids,
        effectiveDate: input.effectiveDate,
        legalBasis: input.legalBasis,
        selections,
        users,
        proposals,
        selectionsTo: [...selectionsTo.values()],
      },
    });
    return { ids, selections, users };
  });
}
