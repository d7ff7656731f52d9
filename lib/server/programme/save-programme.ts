import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, forbidden, validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";
import { ensureCarryOverProposals } from "@/lib/server/proposals/carry-over";
import { auditActor, requireProgramme } from "./programme-access";
import { type OpenProgrammeInput, type UpdateProgrammeInput } from "./schemas";
import { checkPlanDate } from "@/lib/domain/decision-calendar";
import { fromDbDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";

/** The plan a decision will cite must exist: not dated after today (lib/domain/decision-calendar.ts). */
function requirePlanDate(planDate: string, now: Date) {
  const refused = checkPlanDate(fromDbDay(parseDay(planDate)!), now);
  if (refused) throw validation(refused.message, { planDate: [refused.message] });
}

function programmeData(input: Omit<OpenProgrammeInput, "year">) {
  return {
    planNumber: input.planNumber,
    planDate: parseDay(input.planDate)!,
    capPercent: input.capPercent,
    passThresholdPercent: input.passThresholdPercent,
    approverTitle: input.approverTitle,
    proposalDeadline: parseDay(input.proposalDeadline)!,
    approvalDate: parseDay(input.approvalDate)!,
    planDeadline: parseDay(input.planDeadline)!,
    focusStart: parseDay(input.focusStart)!,
    focusEnd: parseDay(input.focusEnd)!,
    peakStart: parseDay(input.peakStart)!,
    peakEnd: parseDay(input.peakEnd)!,
    interimReviewDate: parseDay(input.interimReviewDate)!,
    yearEndReviewDeadline: parseDay(input.yearEndReviewDeadline)!,
    reportDeadline: parseDay(input.reportDeadline)!,
    verdictDeadline: parseDay(input.verdictDeadline)!,
  };
}

/** The province secretariat opens a programme year; last year's "chưa đạt" communes are carried over at once. */
export async function openProgramme(actor: Actor, input: OpenProgrammeInput, now = appNow()) {
  assertCan(actor, "programme.manage");
  if (actor.unitLevel !== "PROVINCE" || !actor.provinceId) throw forbidden();
  requirePlanDate(input.planDate, now);
  const provinceId = actor.provinceId;
  return db.$transaction(async (tx) => {
    if (await tx.programme.findUnique({ where: { provinceId_year: { provinceId, year: input.year } }, select: { id: true } })) {
      throw validation(t(vi.programme.alreadyOpen, { year: input.year }), { year: [t(vi.programme.alreadyOpen, { year: input.year })] });
    }
    const { year, ...rest } = input;
    const programme = await tx.programme.create({ data: { provinceId, year, ...programmeData(rest) }, select: { id: true, year: true } });
    await writeAudit(tx, auditActor(actor), { action: "programme.open", entity: "Programme", entityId: programme.id, unitId: provinceId, after: input });
    const carried = await ensureCarryOverProposals(tx, programme.id);
    return { ...programme, carried };
  });
}

/** Edits the programme's settings and dates (version-checked). */
export async function updateProgramme(actor: Actor, input: UpdateProgrammeInput, now = appNow()) {
  assertCan(actor, "programme.manage");
  const programme = await requireProgramme(actor, input.programmeId);
  if (actor.unitLevel !== "PROVINCE") throw forbidden();
  requirePlanDate(input.planDate, now);
  const { programmeId, version, ...rest } = input;
  return db.$transaction(async (tx) => {
    const updated = await tx.programme.updateMany({ where: { id: programmeId, version }, data: { ...programmeData(rest), version: { increment: 1 } } });
    if (updated.count === 0) {
      const now = await tx.programme.findUnique({ where: { id: programmeId }, select: { version: true, updatedAt: true } });
      throw conflict(vi.errors.conflict, now);
    }
    await writeAudit(tx, auditActor(actor), { action: "programme.update", entity: "Programme", entityId: programme.id, unitId: programme.provinceId, before: programme, after: rest });
    return { id: programme.id, year: programme.year };
  });
}
