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
  id: true, provinceId: true, year: true, planNumber: true, planDate: true, capPercent: true, passThresholdPercent: true,
  approverTitle: true, proposalDeadline: true, approvalDate: true, planDeadline: true, focusStart: true, focusEnd: true,
  peakStart: true, peakEnd: true, interimReviewDate: true, yearEndReviewDeadline: true, reportDeadline: true,
  verdictDeadline: true, version: true, province: { select: { id: true, name: true, committeeName: true, lineage: true } },
} as const;

export async function findProgrammeForYear(actor: Actor, year: number, client: Tx | typeof db = db) {
  if (!Number.isInteger(year) || year < 2000 || year > 2200 || !actor.provinceId) return null;
  return client.programme.findFirst({ where: { year, ...programmeScope(actor) }, select: programmeSelect });
}

export async function requireProgrammeForYear(actor: Actor, year: number) {
  const p = await findProgrammeForYear(actor, year);
  if (!p) throw notFound();
  return p;
}

export async function requireProgramme(actor: Actor, programmeId: string, client: Tx | typeof db = db) {
  if (!isUuid(programmeId) || !actor.provinceId) throw notFound();
  const p = await client.programme.findFirst({ where: { id: programmeId, ...programmeScope(actor) }, select: programmeSelect });
  if (!p) throw notFound();
  return p;
}

export type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof findProgrammeForYear>>>;

/** The programme's own dates as the domain's ProgrammeDates (Vietnam midnights); fields it does not store keep the defaults. */
export function programmeDates(p: ProgrammeRow): ProgrammeDates {
  const d = defaultProgrammeDates(p.year);
  return {
    ...d,
    proposalDeadline: fromDbDay(p.proposalDeadline),
    listApprovalDate: fromDbDay(p.approvalDate),
    planDeadline: fromDbDay(p.planDeadline),
    focusStart: fromDbDay(p.focusStart),
    focusEnd: fromDbDay(p.focusEnd),
    peakStart: fromDbDay(p.peakStart),
    peakEnd: fromDbDay(p.peakEnd),
    interimReviewDate: fromDbDay(p.interimReviewDate),
    districtReviewDeadline: fromDbDay(p.yearEndReviewDeadline),
    provinceReportDeadline: fromDbDay(p.reportDeadline),
    verdictDeadline: fromDbDay(p.verdictDeadline),
  };
}
