import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { AppError, conflict, notFound, validation } from "@/lib/errors";
import { checkMinistryDecision, ministryReportDeadline, timeliness } from "@/lib/domain/yearly-report";
import { FUNDING_SOURCES } from "@/lib/domain/funding";
import { vi } from "@/lib/i18n/vi";
import { auditActor } from "@/lib/server/users/manage-users";
import { requireProgrammeForYear } from "@/lib/server/programme/programme-access";
import { getProgrammeKpis } from "@/lib/server/verdicts/get-programme-kpis";
import { fundingTotalsForYear } from "./funding";
import type { DecideProvinceReportInput, SubmitProvinceReportInput } from "./schemas";

const text = vi.committee.ministry;

/** The KPIs (seed 002 mục I.1: 60 % pass, 85 % no relapse) and funding totals the report carries, as plain JSON. */
async function reportFigures(actor: Actor, year: number) {
  const [kpis, funding] = await Promise.all([getProgrammeKpis(actor, year), fundingTotalsForYear(actor, year)]);
  const kpi = (x: typeof kpis.year.passRate) => ({ percent: x.percent, target: x.target, targetMet: x.targetMet, numerator: x.numerator.length, denominator: x.denominator.length });
  const amounts = (a: { planned: bigint; spent: bigint }) => ({ planned: String(a.planned), spent: String(a.spent) });
  return {
    kpis: { year: { passRate: kpi(kpis.year.passRate), noRelapse: kpi(kpis.year.noRelapse) }, cumulative: { passRate: kpi(kpis.cumulative.passRate), noRelapse: kpi(kpis.cumulative.noRelapse) } },
    funding: { communes: funding.communes, total: amounts(funding.total), bySource: Object.fromEntries(FUNDING_SOURCES.map((src) => [src, amounts(funding.bySource[src])])) },
  };
}

export type ReportFigures = Awaited<ReturnType<typeof reportFigures>>;

const reportSelect = {
  id: true, results: true, difficulties: true, proposals: true, kpis: true, funding: true, status: true, submittedAt: true, decidedAt: true, returnReason: true, version: true,
} as const;

/** The secretariat's page: its province's report of `year` (or null), the figures it would carry now, and the ministry's deadline. */
export async function getProvinceReport(actor: Actor, year: number) {
  assertCan(actor, "province-report.submit");
  const programme = await requireProgrammeForYear(actor, year);
  const [report, figures] = await Promise.all([db.provinceReport.findUnique({ where: { programmeId: programme.id }, select: reportSelect }), reportFigures(actor, year)]);
  return { programme, report, figures, deadline: ministryReportDeadline(year) };
}

/**
 * Issue #18 §5: the secretariat sends its province's year-end report to the ministry (results, difficulties,
 * proposals) with its KPIs against the 60 % and 85 % targets and its funding totals taken at that moment. Allowed
 * when none was sent or it was returned (the first submission time is kept). Returns {id}.
 */
export async function submitProvinceReport(actor: Actor, input: SubmitProvinceReportInput, now = new Date()) {
  assertCan(actor, "province-report.submit");
  const programme = await requireProgrammeForYear(actor, input.year);
  const existing = await db.provinceReport.findUnique({ where: { programmeId: programme.id }, select: { id: true, status: true, version: true } });
  if (existing && existing.status !== "RETURNED") throw validation(text.alreadySent);
  const figures = await reportFigures(actor, input.year);
  const data = { results: input.results, difficulties: input.difficulties, proposals: input.proposals, ...figures, status: "SUBMITTED" as const, submittedById: actor.userId, returnReason: null };
  try {
    return await db.$transaction(async (tx) => {
      let id: string;
      if (existing) {
        const updated = await tx.provinceReport.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
        if (updated.count === 0) throw conflict();
        id = existing.id;
      } else {
        id = (await tx.provinceReport.create({ data: { ...data, programmeId: programme.id, submittedAt: now }, select: { id: true } })).id;
      }
      await writeAudit(tx, auditActor(actor), { action: "province-report.submit", entity: "ProvinceReport", entityId: id, unitId: programme.provinceId, after: { year: input.year } });
      return { id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw conflict();
    throw error;
  }
}

/**
 * The ministry's national table of `year`: every province in force of the actor's subtree with its report (or
 * none) and timeliness against `ministryReportDeadline`; counts of reported, on time and late.
 */
export async function listProvinceReports(actor: Actor, year: number) {
  assertCan(actor, "ministry.receive");
  const provinces = await db.unit.findMany({
    where: { ...unitScope(actor), level: "PROVINCE", validTo: null },
    select: { id: true, name: true, programmes: { where: { year }, select: { provinceReport: { select: reportSelect } } } },
    orderBy: { code: "asc" },
  });
  const deadline = ministryReportDeadline(year);
  const rows = provinces.map((province) => {
    const report = province.programmes[0]?.provinceReport ?? null;
    return { provinceId: province.id, name: province.name, report, timeliness: timeliness(report?.submittedAt ?? null, deadline) };
  });
  const reported = rows.filter((r) => r.report).length;
  const onTime = rows.filter((r) => r.timeliness === "ON_TIME").length;
  return { rows, deadline, counts: { expected: rows.length, submitted: reported, onTime, late: reported - onTime } };
}

/** The ministry receives a submitted province report or returns it with a reason (version-checked, audited). Returns {id, status}. */
export async function decideProvinceReport(actor: Actor, input: DecideProvinceReportInput, now = new Date()) {
  assertCan(actor, "ministry.receive");
  if (!isUuid(input.reportId)) throw notFound();
  const report = await db.provinceReport.findFirst({
    where: { id: input.reportId, programme: { province: unitScope(actor) } },
    select: { id: true, status: true, programme: { select: { provinceId: true } } },
  });
  if (!report) throw notFound();
  const check = checkMinistryDecision(report.status, input.decision, input.reason ?? null);
  if (!check.ok) throw check.code === "REASON_REQUIRED" ? validation(check.message, { reason: [check.message] }) : new AppError("VALIDATION", check.message);
  const status = input.decision === "RECEIVE" ? "RECEIVED" : "RETURNED";
  return db.$transaction(async (tx) => {
    const updated = await tx.provinceReport.updateMany({
      where: { id: report.id, version: input.version },
      data: { status, decidedAt: now, decidedById: actor.userId, returnReason: status === "RETURNED" ? input.reason! : null, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict();
    await writeAudit(tx, auditActor(actor), {
      action: status === "RECEIVED" ? "province-report.receive" : "province-report.return", entity: "ProvinceReport", entityId: report.id,
      unitId: report.programme.provinceId, before: { status: report.status }, after: { status, reason: input.reason ?? null },
    });
    return { id: report.id, status };
  });
}
