import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { applyCarriedSelections, applyProposals, applyUsers, changeImpact, type ChangeImpact } from "./impact";
import { MergeUnitsSchema, type MergeUnitsInput } from "@/lib/contracts/unit-changes/merge-units";
import { planMerge } from "./merge-plan";

/**
 * Merges communes (issue #12 §1, domain.md §8): in one transaction the communes of `fromIds` cease on the effective
 * date (validTo = that day; never deleted), the new commune starts that day (or the receiving one continues), each
 * gets a succession link carrying the legal basis, the selections of open programmes pass to it (one selection,
 * types united, lib/domain/unit-succession.ts), the accounts move or are deactivated as chosen, and one audit entry
 * records it with the impact. The actor's subtree bounds every unit (ADMIN: the nation; a province secretariat:
 * its province); a unit outside → "not found". Returns the receiving commune's id and the impact applied.
 */
export async function mergeUnits(actor: Actor, raw: MergeUnitsInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(MergeUnitsSchema, raw);
  return db.$transaction(async (tx) => {
    const plan = await planMerge(tx, actor, input);
    const { day, from, into, parent, targetId, successorOf } = plan;
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ANY(${[...from.map((u) => u.id), ...(into ? [into.id] : [])]}::uuid[]) FOR UPDATE`;
    const impact: ChangeImpact = await changeImpact(
      tx,
      from.map((u) => u.id),
      successorOf,
      day,
    );
    if (!into) {
      const first = from[0]!;
      await tx.unit.create({
        data: {
          id: targetId,
          code: input.newCode!,
          name: input.newName!,
          level: "COMMUNE",
          kind: input.newKind ?? "XA",
          parentId: first.parentId,
          lineage: [...(parent?.lineage ?? []), targetId],
          provinceId: first.provinceId,
          committeeName: `Ban Chỉ đạo 138 ${input.newName!.toLowerCase()}`,
          validFrom: day,
        },
      });
    }
    await tx.unit.updateMany({ where: { id: { in: from.map((u) => u.id) } }, data: { validTo: day } });
    const note = t(text.mergeNote, { basis: input.legalBasis });
    await tx.unitSuccession.createMany({
      data: from.map((u) => ({ fromUnitId: u.id, toUnitId: targetId, effectiveDate: day, note })),
    });
    const selections = await applyCarriedSelections(tx, impact);
    const users = await applyUsers(tx, impact, input.users, successorOf);
    const proposals = await applyProposals(tx, impact, input.legalBasis);
    await writeAudit(tx, auditActor(actor), {
      action: "unit.merge",
      entity: "Unit",
      entityId: targetId,
      unitId: targetId,
      before: { units: from.map(({ id, code, name }) => ({ id, code, name })) },
      after: {
        into: targetId,
        created: !into,
        effectiveDate: input.effectiveDate,
        legalBasis: input.legalBasis,
        selections,
        users,
        proposals,
        carried: impact.carried,
        openReports: impact.openReports.map((r) => r.id),
      },
    });
    return { id: targetId, impact, selections, users };
  });
}
