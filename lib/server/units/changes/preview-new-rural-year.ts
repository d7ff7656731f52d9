import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { appNow } from "@/lib/clock";
import { toDbDay } from "@/lib/domain/vn-date";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { unitTouches, type UnitChangePreview } from "./impact";
import { SetNewRuralYearSchema, type SetNewRuralYearInput } from "@/lib/contracts/unit-changes/set-new-rural-year";
import { unitsInScope } from "./units";

/**
 * Preview of setting or clearing a commune's new-rural (NTM) year (nothing written; issue #12 §1): the year before
 * and after, and what it touches from today: the commune's open selections, accounts, open reports and the proposals
 * still waiting (their eligibility warns on an NTM commune, domain.md §2). Same checks as setNewRuralYear.
 */
export async function previewNewRuralYear(actor: Actor, raw: SetNewRuralYearInput): Promise<UnitChangePreview> {
  assertCan(actor, "unit.change");
  const input = parseInput(SetNewRuralYearSchema, raw);
  return db.$transaction(async (tx) => {
    const [unit] = await unitsInScope(tx, actor, [input.unitId]);
    if (unit!.level !== "COMMUNE") throw validation(text.onlyCommune);
    const { newRuralYear } = await tx.unit.findUniqueOrThrow({
      where: { id: unit!.id },
      select: { newRuralYear: true },
    });
    const show = (y: number | null) => (y === null ? text.notes.noYear : String(y));
    const note = t(text.notes.newRural, {
      name: unit!.name,
      before: show(newRuralYear),
      after: show(input.newRuralYear),
    });
    return unitTouches(tx, unit!.id, toDbDay(appNow()), [note]);
  });
}
