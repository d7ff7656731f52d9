import "server-only";
import { db } from "@/lib/db";
import { isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { isUnitActiveOn } from "@/lib/domain/selection-cap";
import { fromDbDay } from "@/lib/domain/vn-date";
import { vi } from "@/lib/i18n/vi";

const text = vi.programme.proposals;

/** A commune of the actor's subtree existing on the programme's approval date, or "not found". */
export async function requireCommuneForProgramme(actor: Actor, communeId: string, approvalDate: Date) {
  if (!isUuid(communeId)) throw notFound();
  const unit = await db.unit.findFirst({
    where: { id: communeId, ...unitScope(actor) },
    select: { id: true, name: true, level: true, validFrom: true, validTo: true, newRuralYear: true },
  });
  if (!unit) throw notFound();
  const active = isUnitActiveOn(
    { validFrom: fromDbDay(unit.validFrom), validTo: unit.validTo ? fromDbDay(unit.validTo) : null },
    fromDbDay(approvalDate),
  );
  if (unit.level !== "COMMUNE" || !active) throw validation(text.notCommune, { communeId: [text.notCommune] });
  return unit;
}
