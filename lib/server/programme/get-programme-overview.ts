import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { phaseStatus, programmePhases } from "@/lib/domain/programme-calendar";
import { startOfVnDay, vnCalendarDaysBetween } from "@/lib/domain/vn-date";
import { toInputDay } from "@/lib/format";
import { programmeDates, requireProgrammeForYear } from "./programme-access";
import type { ProgrammeFormValues } from "@/lib/contracts/programme/open-programme";
import { appNow } from "@/lib/clock";

/** A programme year with its timeline: each phase, who is responsible, what is due and what is late. */
export async function getProgrammeOverview(actor: Actor, year: number, now = appNow()) {
  assertCan(actor, "programme.view");
  const programmeForYear = await requireProgrammeForYear(actor, year);
  const live = { programmeId: programmeForYear.id, status: "SELECTED" as const };
  const [decisions, selections, plans, proposals, nextDecided] = await Promise.all([
    db.selectionDecision.findMany({
      where: { programmeId: programmeForYear.id },
      select: { id: true, kind: true, number: true, date: true },
      orderBy: { createdAt: "asc" },
    }),
    db.selection.findMany({ where: live, select: { id: true } }),
    db.plan.count({ where: { selection: live } }),
    db.proposal.count({
      where: { programmeId: programmeForYear.id, status: { in: ["SUBMITTED", "APPROVED", "REJECTED"] } },
    }),
    db.selectionDecision.count({
      where: {
        kind: "ORIGINAL",
        programme: { provinceId: programmeForYear.provinceId, year: programmeForYear.year + 1 },
      },
    }),
  ]);
  // Progress of the later phases, from the records of the review and verdict workflow (issue #5).
  const ids = selections.map((x) => x.id);
  const [interimDone, yearEndDone, verdictDone] = ids.length
    ? await Promise.all([
        db.communeReview.findMany({
          where: { kind: "INTERIM", status: { in: ["SUBMITTED", "ACCEPTED"] }, selectionId: { in: ids } },
          select: { selectionId: true },
          distinct: ["selectionId"],
        }),
        db.communeReview.findMany({
          where: { kind: "YEAR_END", status: { in: ["SUBMITTED", "ACCEPTED"] }, selectionId: { in: ids } },
          select: { selectionId: true },
          distinct: ["selectionId"],
        }),
        db.communeVerdict.findMany({
          where: { stage: "ISSUED", selectionId: { in: ids } },
          select: { selectionId: true },
          distinct: ["selectionId"],
        }),
      ])
    : [[], [], []];
  const today = startOfVnDay(now);
  const all = (done: unknown[]) => ids.length > 0 && done.length >= ids.length;
  const decided = decisions.some((d) => d.kind === "ORIGINAL");
  const completed = new Set<string>();
  if (decided) completed.add("PROPOSAL").add("LIST_APPROVAL");
  if (decided && ids.length > 0 && plans >= ids.length) completed.add("PLAN");
  if (all(interimDone)) completed.add("INTERIM_REVIEW");
  if (all(yearEndDone)) completed.add("DISTRICT_YEAR_END_REVIEW").add("PROVINCE_REPORT");
  if (all(verdictDone)) completed.add("VERDICT");
  if (nextDecided) completed.add("NEXT_YEAR_PROPOSAL");
  const phases = phaseStatus(
    programmePhases(programmeDates(programmeForYear)).map((ph) => ({
      ...ph,
      // A period (focus, peak) is not "late" once over: it simply ended.
      completed:
        completed.has(ph.key) ||
        ((ph.key === "FOCUS" || ph.key === "PEAK") && vnCalendarDaysBetween(ph.dueDate, today) > 0),
    })),
    today,
  );
  const form: ProgrammeFormValues & { programmeId: string; version: number } = {
    programmeId: programmeForYear.id,
    version: programmeForYear.version,
    year: programmeForYear.year,
    planNumber: programmeForYear.planNumber,
    planDate: toInputDay(programmeForYear.planDate),
    capPercent: Number(programmeForYear.capPercent),
    passThresholdPercent: Number(programmeForYear.passThresholdPercent),
    approverTitle: programmeForYear.approverTitle,
    proposalDeadline: toInputDay(programmeForYear.proposalDeadline),
    approvalDate: toInputDay(programmeForYear.approvalDate),
    planDeadline: toInputDay(programmeForYear.planDeadline),
    focusStart: toInputDay(programmeForYear.focusStart),
    focusEnd: toInputDay(programmeForYear.focusEnd),
    peakStart: toInputDay(programmeForYear.peakStart),
    peakEnd: toInputDay(programmeForYear.peakEnd),
    interimReviewDate: toInputDay(programmeForYear.interimReviewDate),
    yearEndReviewDeadline: toInputDay(programmeForYear.yearEndReviewDeadline),
    reportDeadline: toInputDay(programmeForYear.reportDeadline),
    verdictDeadline: toInputDay(programmeForYear.verdictDeadline),
  };
  return { programme: programmeForYear, phases, decisions, counts: { selections: ids.length, plans, proposals }, form };
}
