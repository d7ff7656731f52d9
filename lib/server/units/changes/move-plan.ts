import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { crossProvinceMoveRefusal } from "@/lib/domain/change-carry-rules";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import type { MoveUnitSchema } from "@/lib/contracts/unit-changes/move-unit";
import { requireExistingOn, requireParentOutlives, unitsInScope } from "./units";

/**
 * The checked move (shared by its preview and its apply): the commune and its new parent, both in the actor's subtree
 * (so only ADMIN reaches another province's parent), both existing on the day, the parent not ending before the
 * commune; the new parent a district or a province, not the current one. A move to another province is refused
 * while the commune holds that province's open business (lib/domain/change-carry-rules.ts crossProvinceMoveRefusal,
 * domain.md §8).
 */
export async function planMove(tx: Tx, actor: Actor, input: ReturnType<typeof MoveUnitSchema.parse>) {
  const day = parseDay(input.effectiveDate)!;
  const [unit, parent] = await unitsInScope(tx, actor, [input.unitId, input.newParentId]);
  if (unit!.level !== "COMMUNE") throw validation(text.onlyCommune);
  const fits = (parent!.level === "DISTRICT" || parent!.level === "PROVINCE") && parent!.id !== unit!.parentId;
  if (!fits) throw validation(text.moveParent, { newParentId: [text.moveParent] });
  requireExistingOn(unit!, day);
  requireExistingOn(parent!, day);
  requireParentOutlives(unit!, parent!);
  const newProvinceId = parent!.level === "PROVINCE" ? parent!.id : parent!.provinceId!;
  const crossProvince = newProvinceId !== unit!.provinceId;
  if (crossProvince) {
    const open = { communeId: unit!.id, programme: { year: { gte: day.getUTCFullYear() } } };
    const [openSelections, waitingProposals, openReports] = await Promise.all([
      tx.selection.count({ where: { ...open, status: "SELECTED" } }),
      tx.proposal.count({ where: { ...open, status: { in: ["DRAFT", "SUBMITTED"] } } }),
      tx.monthlyReport.count({ where: { communeId: unit!.id, status: { not: "ACCEPTED" } } }),
    ]);
    const refusal = crossProvinceMoveRefusal({ openSelections, waitingProposals, openReports });
    if (refusal) throw validation(refusal.message, { newParentId: [refusal.message] });
  }
  const oldParent = await tx.unit.findUniqueOrThrow({
    where: { id: unit!.parentId! },
    select: { id: true, name: true, lineage: true },
  });
  const latest = await tx.unitParentPeriod.findFirst({
    where: { unitId: unit!.id },
    orderBy: { validTo: "desc" },
    select: { validTo: true },
  });
  // The months whose accepted totals follow the commune: all of them inside a province (the tree of today), from the
  // effective month on across provinces (the months before stay with the province that accepted them); never a month
  // an earlier conversion left with an ended district.
  const carryFrom = crossProvince ? day : (latest?.validTo ?? null);
  return { day, unit: unit!, parent: parent!, oldParent, newProvinceId, crossProvince, carryFrom };
}
