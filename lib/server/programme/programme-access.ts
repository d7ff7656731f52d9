import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { isUuid } from "@/lib/authz/access";
import { notFound } from "@/lib/errors";
import { defaultProgrammeDates, type ProgrammeDates } from "@/lib/domain/programme-calendar";
import { fromDbDay } from "@/lib/domain/vn-date";

/**
 * SECURITY: a programme belongs to one province; an actor sees only its own province's programmes
 * (its province is an ancestor for district and commune users, so the subtree rule cannot be used
 * here). Records inside the programme are then narrowed with unitScope on their commune.
 */
export function programmeScope(actor: Actor) {
  return { provinceId: actor.provinceId ?? "00000000-0000-0000-0000-000000000000" };
}

const programmeSelect = {
  id: true,
  provinceId: true,
  year: true,
  planNumber: true,
  planDate: true,
  capPercent: true,
  passThresholdPercent: true,
  approverTitle: true,
  proposalDeadline: true,
  approvalDate: true,
  planDeadline: true,
  focusStart: true,
  focusEnd: true,
  peakStart: true,
  peakEnd: true,
  interimReviewDate: true,
  yearEndReviewDeadline: true,
  reportDeadline: true,
  verdictDeadline: true,
  version: true,
  province: { select: { id: true, name: true, committeeName: true, lineage: true } },
} as const;

export async function findProgrammeForYear(actor: Actor, year: number, client: Tx | typeof db = db) {
  if (!Number.isInteger(year) || year < 2000 || year > 2200 || !actor.provinceId) return null;
  return client.programme.findFirst({ where: { year, ...programmeScope(actor) }, select: programmeSelect });
}

export async function requireProgrammeForYear(actor: Actor, year: number) {
  const programmeForYear = await findProgrammeForYear(actor, year);
  if (!programmeForYear) throw notFound();
  return programmeForYear;
}

export async function requireProgramme(actor: Actor, programmeId: string, client: Tx | typeof db = db) {
  if (!isUuid(programmeId) || !actor.provinceId) throw notFound();
  const programme = await client.programme.findFirst({
    where: { id: programmeId, ...programmeScope(actor) },
    select: programmeSelect,
  });
  if (!programme) throw notFound();
  return programme;
}

export type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof findProgrammeForYear>>>;

/** The programme's own dates as the domain's ProgrammeDates (Vietnam midnights); fields it does not store keep the defaults. */
export function programmeDates(programmeRow: ProgrammeRow): ProgrammeDates {
  const dates = defaultProgrammeDates(programmeRow.year);
  return {
    ...dates,
    proposalDeadline: fromDbDay(programmeRow.proposalDeadline),
    listApprovalDate: fromDbDay(programmeRow.approvalDate),
    planDeadline: fromDbDay(programmeRow.planDeadline),
    focusStart: fromDbDay(programmeRow.focusStart),
    focusEnd: fromDbDay(programmeRow.focusEnd),
    peakStart: fromDbDay(programmeRow.peakStart),
    peakEnd: fromDbDay(programmeRow.peakEnd),
    interimReviewDate: fromDbDay(programmeRow.interimReviewDate),
    districtReviewDeadline: fromDbDay(programmeRow.yearEndReviewDeadline),
    provinceReportDeadline: fromDbDay(programmeRow.reportDeadline),
    verdictDeadline: fromDbDay(programmeRow.verdictDeadline),
  };
}
