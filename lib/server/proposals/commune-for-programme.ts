import "server-only";
import { db } from "@/lib/db";
import { isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound, validation } from "@/lib/errors";
import { isUnitActiveOn } from "@/lib/domain/selection-cap";
import { fromDbDay } from "@/lib/domain/vn-date";
import { vi } from "@/lib/i18n/vi";

const s = vi.programme.proposals;

/** A commune of the actor's subtree existing on the programme's approval date, or "not found". */
export async function requireCommuneForProgramme(actor: Actor, communeId: string, approvalDate: Date) {
  if (!isUuid(communeId)) throw notFound();
  const c = await db.unit.findFirst({ where: { id: communeId, ...unitScope(actor) }, select: { id: true, name: true, level: true, validFrom: true, validTo: true, newRuralYear: true } });
  if (!c) throw notFound();
  const active = isUnitActiveOn({ validFrom: fromDbDay(c.validFrom), validTo: c.validTo ? fromDbDay(c.validTo) : null }, fromDbDay(approvalDate));
  if (c.level !== "COMMUNE" || !active) throw validation(s.notCommune, { communeId: [s.notCommune] });
  return c;
}
