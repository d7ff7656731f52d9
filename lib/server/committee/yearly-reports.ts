import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid, planTaskScope, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { AppError, conflict, notFound, validation } from "@/lib/errors";
import { checkDecision, completeness, maySubmit, timeliness } from "@/lib/domain/yearly-report";
import { fromDbDay } from "@/lib/domain/vn-date";
import { vi } from "@/lib/i18n/vi";
import { auditActor } from "@/lib/server/users/manage-users";
import { requireProgrammeForYear } from "@/lib/server/programme/programme-access";
import type { DecideYearlyReportInput, SubmitYearlyReportInput } from "./schemas";

const text = vi.committee.reports;

/** Whose report the actor sends: its agency's (an agency account) or its committee unit's (a district committee). */
function reporterOf(actor: Actor): { agencyId: string } | { unitId: string } {
  if (actor.role !== "AGENCY_MEMBER") return { unitId: actor.unitId };
  if (!actor.agencyId) throw notFound();
  return { agencyId: actor.agencyId };
}

const reportSelect = {
  id: true, status: true, narrative: true, taskOutcomes: true, submittedAt: true, decidedAt: true, returnReason: true, version: true,
} as const;

/**
 * The reporter's own report of `year` with the programme's deadline (`reportDeadline`, seed 002 mục V.2: 19/11) and
 * the tasks that the report would carry (`tasksOf`). Unknown year of the actor's province → "not found".
 */
export async function getOwnYearlyReport(actor: Actor, year: number) {
  assertCan(actor, "yearly-report.submit");
  const programme = await requireProgrammeForYear(actor, year);
  const reporter = reporterOf(actor);
  const [report, tasks] = await Promise.all([
    db.yearlyReport.findFirst({ where: { programmeId: programme.id, ...reporter }, select: reportSelect }),
    tasksOf(actor, programme),
  ]);
  return { programme, report, tasks };
}

/** The actor's plan tasks of the programme year (communes' plans and the province's own, through `planTaskScope`), as reported. */
async function tasksOf(actor: Actor, programme: { id: string; provinceId: string; year: number }) {
  const rows = await db.planTask.findMany({
    where: { AND: [planTaskScope(actor), { OR: [{ plan: { selection: { programmeId: programme.id } } }, { provincePlan: { provinceId: programme.provinceId, year: programme.year } }] }] },
    select: { area: true, title: true, status: true, evidence: true, dueDate: true },
    orderBy: [{ dueDate: "asc" }, { title: "asc" }],
  });
  return rows.map((t) => ({ ...t, dueDate: t.dueDate.toISOString().slice(0, 10) }));
}

/**
 * Issue #18 §3: an agency or a district committee sends its yearly result report (narrative) for `year`; its tasks'
 * outcomes are filled in from its plan tasks at that moment. Allowed when none was sent or it was returned (then
 * sent again, keeping its first submission time, which decides timeliness). Returns {id}.
 */
export async function submitYearlyReport(actor: Actor, input: SubmitYearlyReportInput, now = new Date()) {
  assertCan(actor, "yearly-report.submit");
  const programme = await requireProgrammeForYear(actor, input.year);
  const reporter = reporterOf(actor);
  const existing = await db.yearlyReport.findFirst({ where: { programmeId: programme.id, ...reporter }, select: { id: true, status: true, version: true } });
  if (!maySubmit(existing?.status ?? null)) throw validation(text.alreadySent);
  const taskOutcomes = await tasksOf(actor, programme);
  try {
    return await db.$transaction(async (tx) => {
      const data = { narrative: input.narrative, taskOutcomes, status: "SUBMITTED" as const, submittedById: actor.userId, returnReason: null };
      let id: string;
      if (existing) {
        const updated = await tx.yearlyReport.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
        if (updated.count === 0) throw conflict();
        id = existing.id;
      } else {
        id = (await tx.yearlyReport.create({ data: { ...data, ...reporter, programmeId: programme.id, submittedAt: now }, select: { id: true } })).id;
      }
      await writeAudit(tx, auditActor(actor), { action: "yearly-report.submit", entity: "YearlyReport", entityId: id, unitId: actor.unitId, after: { year: input.year, ...reporter, tasks: taskOutcomes.length } });
      return { id };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw conflict();
    throw error;
  }
}

/**
 * The standing office's table of `year`: one row per reporter expected (the province's active member agencies and
 * the units holding an active district committee account), its report and timeliness against the programme's
 * `reportDeadline`, and the completeness counts.
 */
export async function listYearlyReports(actor: Actor, year: number) {
  assertCan(actor, "yearly-report.review");
  const programme = await requireProgrammeForYear(actor, year);
  const [agencies, units, reports] = await Promise.all([
    db.agency.findMany({ where: { provinceId: programme.provinceId, province: unitScope(actor), isActive: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.unit.findMany({ where: { ...unitScope(actor), provinceId: programme.provinceId, users: { some: { role: "DISTRICT_COMMITTEE", isActive: true } } }, select: { id: true, name: true }, orderBy: { code: "asc" } }),
    db.yearlyReport.findMany({ where: { programmeId: programme.id }, select: { ...reportSelect, agencyId: true, unitId: true } }),
  ]);
  const deadline = fromDbDay(programme.reportDeadline);
  const row = (kind: "AGENCY" | "UNIT", id: string, name: string) => {
    const report = reports.find((r) => (kind === "AGENCY" ? r.agencyId : r.unitId) === id) ?? null;
    return { kind, id, name, report, timeliness: timeliness(report?.submittedAt ?? null, deadline) };
  };
  const rows = [...agencies.map((a) => row("AGENCY", a.id, a.name)), ...units.map((u) => row("UNIT", u.id, u.name))];
  return { programme, rows, counts: completeness(rows) };
}

/**
 * The standing office accepts a submitted report or returns it with a reason; returning an accepted one undoes the
 * acceptance (`checkDecision`: same level or higher, domain.md §8). Version-checked; records who decided and the
 * level. A report outside the actor's province answers "not found". Returns {id, status}.
 */
export async function decideYearlyReport(actor: Actor, input: DecideYearlyReportInput, now = new Date()) {
  assertCan(actor, "yearly-report.review");
  if (!isUuid(input.reportId)) throw notFound();
  const report = await db.yearlyReport.findFirst({
    where: { id: input.reportId, programme: { province: unitScope(actor) } },
    select: { id: true, status: true, decidedLevel: true, programme: { select: { provinceId: true } } },
  });
  if (!report) throw notFound();
  const check = checkDecision({ status: report.status, decision: input.decision, reason: input.reason ?? null, decidedLevel: report.decidedLevel, actorLevel: actor.unitLevel });
  if (!check.ok) throw check.code === "REASON_REQUIRED" ? validation(check.message, { reason: [check.message] }) : new AppError("VALIDATION", check.message);
  const status = input.decision === "ACCEPT" ? "ACCEPTED" : "RETURNED";
  return db.$transaction(async (tx) => {
    const updated = await tx.yearlyReport.updateMany({
      where: { id: report.id, version: input.version },
      data: { status, decidedAt: now, decidedById: actor.userId, decidedLevel: actor.unitLevel, returnReason: status === "RETURNED" ? input.reason! : null, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict();
    await writeAudit(tx, auditActor(actor), {
      action: status === "ACCEPTED" ? "yearly-report.accept" : "yearly-report.return", entity: "YearlyReport", entityId: report.id,
      unitId: report.programme.provinceId, before: { status: report.status }, after: { status, reason: input.reason ?? null },
    });
    return { id: report.id, status };
  });
}
