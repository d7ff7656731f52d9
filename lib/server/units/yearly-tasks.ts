import "server-only";
import { db } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { addVnDays, addVnMonths, vnDay } from "@/lib/domain/vn-date";
import { defaultProgrammeDates } from "@/lib/domain/programme-calendar";
import { dueText, openYearSteps, type YearStep } from "@/lib/domain/yearly-steps";
import { t } from "@/lib/i18n/t";
import { home as text } from "@/lib/i18n/vi/home";
import { findProgrammeForYear, programmeDates } from "@/lib/server/programme/programme-access";

/** A dated step of the yearly cycle on a home page (HomeTask with its due date). */
export type YearTask = {
  key: string;
  title: string;
  detail: string;
  href: string;
  action: string;
  tone: "info" | "warning";
  dueDate: Date;
  overdue: boolean;
};

type Step = YearStep & { title: string; detail: string; href: string; action: string };

function toTasks(steps: Step[], now: Date): YearTask[] {
  return openYearSteps(steps, now).map((x) => ({
    key: x.key,
    title: x.title,
    href: x.href,
    action: x.action,
    dueDate: x.dueDate,
    overdue: x.status === "LATE",
    detail: `${x.detail} ${dueText(x.daysRemaining, x.dueDate)}.`,
    tone: x.status === "OPEN" ? "info" : "warning",
  }));
}

/** Selections of the programme in the actor's subtree, with what their reviews and verdicts have reached. */
async function selectionsOf(actor: Actor, programmeId: string) {
  const selections = await db.selection.findMany({
    where: { programmeId, status: "SELECTED", commune: unitScope(actor) },
    select: { id: true },
  });
  const ids = selections.map((x) => x.id);
  const [reviews, verdicts] = await Promise.all([
    db.communeReview.findMany({
      where: { selectionId: { in: ids } },
      select: { selectionId: true, kind: true, status: true },
    }),
    db.communeVerdict.findMany({ where: { selectionId: { in: ids } }, select: { selectionId: true, stage: true } }),
  ]);
  return selections.map((x) => ({
    id: x.id,
    reviews: reviews.filter((r) => r.selectionId === x.id),
    verdicts: verdicts.filter((v) => v.selectionId === x.id),
  }));
}

const reviewDone = (reviews: { kind: string; status: string }[], kind: "INTERIM" | "YEAR_END") =>
  reviews.some((r) => r.kind === kind && (r.status === "SUBMITTED" || r.status === "ACCEPTED"));

/**
 * The open steps of the yearly cycle that are the actor's to take (issue #13 case 9), dated from the programme's
 * own timeline (Programme dates, else the defaults of lib/domain/programme-calendar.ts), overdue first:
 * - province secretariat: reviews waiting for its decision, year-end verdicts to issue (due 14/12), opening next
 *   year's programme (before its proposals start, 01/12), next year's list to decide;
 * - district committee (or a 2-level province's commune committee): interim reviews not made (due 15/09),
 *   year-end reviews not made (due 15/11), its proposals for next year (December);
 * - province leader (the approver): verdicts and next year's list awaiting the decision.
 * The monthly steps stay with get-home-tasks.ts. `now` is a Vietnam instant (appNow()).
 */
export async function yearlyTasks(actor: Actor, now: Date): Promise<YearTask[]> {
  const year = vnDay(now).year;
  const [current, next] = await Promise.all([findProgrammeForYear(actor, year), findProgrammeForYear(actor, year + 1)]);
  const steps: Step[] = [];
  const dates = current ? programmeDates(current) : defaultProgrammeDates(year);
  const nextDates = next ? programmeDates(next) : defaultProgrammeDates(year + 1);
  const nextDecided = next
    ? (await db.selectionDecision.count({ where: { programmeId: next.id, kind: "ORIGINAL" } })) > 0
    : false;
  const listStep = (): Step => ({
    key: "next-list",
    title: t(text.nextList, { year: year + 1 }),
    detail: text.nextListDetail,
    href: `/programme/${year + 1}/approval`,
    action: text.open,
    startDate: addVnDays(nextDates.proposalDeadline, 1),
    dueDate: nextDates.listApprovalDate,
    remaining: next && !nextDecided ? 1 : 0,
  });

  if (actor.role === "PROVINCE_SECRETARIAT" || actor.role === "PROVINCE_LEADER") {
    const selections = current ? await selectionsOf(actor, current.id) : [];
    const noVerdict = selections.filter((x) => !x.verdicts.some((v) => v.stage === "ISSUED")).length;
    const awaitingIssue = selections.filter(
      (x) =>
        x.verdicts.some((v) => v.stage === "SECRETARIAT_PROPOSED") && !x.verdicts.some((v) => v.stage === "ISSUED"),
    ).length;
    const verdictStart = addVnDays(dates.provinceReportDeadline, 1);
    if (actor.role === "PROVINCE_SECRETARIAT") {
      const waiting = (kind: string) =>
        selections.filter((x) => x.reviews.some((r) => r.kind === kind && r.status === "SUBMITTED")).length;
      steps.push(
        {
          key: "interim-decide",
          title: text.interimDecide,
          detail: t(text.reviewsWaiting, { n: waiting("INTERIM") }),
          href: `/reviews?year=${year}`,
          action: text.review,
          startDate: addVnDays(dates.focusEnd, 1),
          dueDate: dates.interimReviewDate,
          remaining: waiting("INTERIM"),
        },
        {
          key: "year-end-decide",
          title: text.yearEndDecide,
          detail: t(text.reviewsWaiting, { n: waiting("YEAR_END") }),
          href: `/verdicts?year=${year}`,
          action: text.review,
          startDate: dates.yearEndReviewStart,
          dueDate: dates.provinceReportDeadline,
          remaining: waiting("YEAR_END"),
        },
        {
          key: "verdicts",
          title: t(text.verdicts, { year }),
          detail: t(text.verdictsDetail, { n: noVerdict }),
          href: `/verdicts?year=${year}`,
          action: text.open,
          startDate: verdictStart,
          dueDate: dates.verdictDeadline,
          remaining: current ? noVerdict : 0,
        },
        {
          key: "open-next",
          title: t(text.openNext, { year: year + 1 }),
          detail: text.openNextDetail,
          href: "/programme",
          action: text.open,
          startDate: addVnMonths(nextDates.proposalStart, -1),
          dueDate: addVnDays(nextDates.proposalStart, -1),
          remaining: next ? 0 : 1,
        },
        listStep(),
      );
    } else {
      steps.push(
        {
          key: "verdicts-issue",
          title: t(text.verdictsToIssue, { year }),
          detail: t(text.verdictsToIssueDetail, { n: awaitingIssue }),
          href: `/verdicts?year=${year}`,
          action: text.open,
          startDate: verdictStart,
          dueDate: dates.verdictDeadline,
          remaining: awaitingIssue,
        },
        listStep(),
      );
    }
  }

  if (actor.role === "DISTRICT_COMMITTEE") {
    const selections = current ? await selectionsOf(actor, current.id) : [];
    const noInterim = selections.filter((x) => !reviewDone(x.reviews, "INTERIM")).length;
    const noYearEnd = selections.filter((x) => !reviewDone(x.reviews, "YEAR_END")).length;
    const proposed = next
      ? await db.proposal.count({
          where: { programmeId: next.id, proposedByUnitId: actor.unitId, status: { not: "WITHDRAWN" } },
        })
      : 0;
    steps.push(
      {
        key: "interim",
        title: text.interim,
        detail: t(text.notMade, { n: noInterim }),
        href: `/reviews?year=${year}`,
        action: text.enter,
        startDate: addVnDays(dates.focusEnd, 1),
        dueDate: dates.interimReviewDate,
        remaining: noInterim,
      },
      {
        key: "year-end",
        title: text.yearEnd,
        detail: t(text.notMade, { n: noYearEnd }),
        href: `/verdicts?year=${year}`,
        action: text.enter,
        startDate: dates.yearEndReviewStart,
        dueDate: dates.districtReviewDeadline,
        remaining: noYearEnd,
      },
      {
        key: "propose-next",
        title: t(text.proposeNext, { year: year + 1 }),
        detail: text.proposeNextDetail,
        href: `/programme/${year + 1}/proposals`,
        action: text.enter,
        startDate: nextDates.proposalStart,
        dueDate: nextDates.proposalDeadline,
        remaining: next && proposed === 0 ? 1 : 0,
      },
    );
  }
  return toTasks(steps, now);
}
