import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { forbidden, validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { ensureCarryOverProposals } from "@/lib/server/proposals/carry-over";
import type { OpenProgrammeInput } from "@/lib/contracts/programme/open-programme";
import { appNow } from "@/lib/clock";
import { requirePlanDate, programmeData } from "./programme-data";

/** The province secretariat opens a programme year; last year's "chưa đạt" communes are carried over at once. */
export async function openProgramme(actor: Actor, input: OpenProgrammeInput, now = appNow()) {
  assertCan(actor, "programme.manage");
  if (actor.unitLevel !== "PROVINCE" || !actor.provinceId) throw forbidden();
  requirePlanDate(input.planDate, now);
  const provinceId = actor.provinceId;
  return db.$transaction(async (tx) => {
    if (
      await tx.programme.findUnique({
        where: { provinceId_year: { provinceId, year: input.year } },
        select: { id: true },
      })
    ) {
      throw validation(t(vi.programme.alreadyOpen, { year: input.year }), {
        year: [t(vi.programme.alreadyOpen, { year: input.year })],
      });
    }
    const { year, ...rest } = input;
    const programme = await tx.programme.create({
      data: { provinceId, year, ...programmeData(rest) },
      select: { id: true, year: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "programme.open",
      entity: "Programme",
      entityId: programme.id,
      unitId: provinceId,
      after: input,
    });
    const carried = await ensureCarryOverProposals(tx, programme.id);
    return { ...programme, carried };
  });
}
