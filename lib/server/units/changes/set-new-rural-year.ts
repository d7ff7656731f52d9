import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { SetNewRuralYearSchema, type SetNewRuralYearInput } from "@/lib/contracts/unit-changes/set-new-rural-year";
import { unitsInScope } from "./units";

/**
 * Sets (a year 1990–2100) or clears (null) the year a commune of the actor's subtree was recognised as new-rural
 * (NTM; proposal eligibility warns on it, domain.md §2), with the legal basis in the audit entry. Communes only.
 */
export async function setNewRuralYear(actor: Actor, raw: SetNewRuralYearInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(SetNewRuralYearSchema, raw);
  return db.$transaction(async (tx) => {
    const [unit] = await unitsInScope(tx, actor, [input.unitId]);
    if (unit!.level !== "COMMUNE") throw validation(text.onlyCommune);
    const before = await tx.unit.findUniqueOrThrow({ where: { id: unit!.id }, select: { newRuralYear: true } });
    await tx.unit.update({ where: { id: unit!.id }, data: { newRuralYear: input.newRuralYear } });
    await writeAudit(tx, auditActor(actor), {
      action: "unit.new-rural-year",
      entity: "Unit",
      entityId: unit!.id,
      unitId: unit!.id,
      before,
      after: { newRuralYear: input.newRuralYear, legalBasis: input.legalBasis },
    });
    return { id: unit!.id, newRuralYear: input.newRuralYear };
  });
}
