import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { can } from "@/lib/authz/permissions";
import { isEditable } from "@/lib/domain/review-workflow";
import { ratioPercent, reductionPercent } from "@/lib/domain/indicator-math";
import { communeMonthContext } from "./context";
import { indicatorsForPeriod, isTyped } from "./catalogue";
import { communeNumericHistory } from "./commune-history";
import { appNow } from "@/lib/clock";
import { defaultCorrectionLastDay } from "@/lib/domain/entry-window";
import { toDbDay } from "@/lib/domain/vn-date";
import { toInputDay } from "@/lib/format";
import { checkUndoAcceptance } from "./check-undo-acceptance";
import { reviewerNames } from "./reviewer-names";

export const GROUP_ORDER = ["CRIMINAL", "DRUGS", "ECONOMY_ENVIRONMENT", "OTHER"] as const;

export type HistoryEntry = { at: string; by: string | null; old: unknown; new: unknown };

/** "Value" of a ValueHistory JSON ({ value, comment }) as shown to people. */
export function historyValue(j: unknown): { value: unknown; comment: unknown } | null {
  if (j === null || typeof j !== "object") return null;
  const o = j as Record<string, unknown>;
  return { value: o.value ?? null, comment: o.comment ?? null };
}

/** When the report was last accepted (else last returned): the base of "what changed since". */
async function lastReviewAt(reportId: string) {
  const rows = await db.auditLog.findMany({
    where: { entity: "MonthlyReport", entityId: reportId, action: { in: ["monthly.accept", "monthly.return", "monthly.unlock"] } },
    select: { action: true, at: true },
    orderBy: { at: "desc" },
  });
  const accept = rows.find((r) => r.action === "monthly.accept");
  return accept ? { kind: "ACCEPT" as const, at: accept.at } : rows[0] ? { kind: "RETURN" as const, at: rows[0].at } : null;
}

/** Everything the monthly entry page needs for one commune and month. */
export async function getMonthlyEntry(actor: Actor, communeId: string, year: number, month: number, now = appNow()) {
  assertCan(actor, "monthly.view");
  const ctx = await communeMonthContext(actor, communeId, year, month, now);
  const defs = await indicatorsForPeriod(ctx.provinceId, year, month);
  const [report, history, lastYear] = await Promise.all([
    db.monthlyReport.findUnique({
      where: { communeId_year_month: { communeId: ctx.commune.id, year, month } },
      select: {
        id: true, status: true, version: true, returnReason: true, submittedAt: true, reviewedAt: true, updatedAt: true,
        reviewedById: true, reviewedUnitId: true, reviewedLevel: true,
        values: {
          select: {
            id: true, indicatorId: true, numValue: true, boolValue: true, textValue: true, comment: true,
            history: { select: { changedAt: true, changedById: true, oldValue: true, newValue: true }, orderBy: { changedAt: "asc" } },
          },
        },
      },
    }),
    communeNumericHistory(ctx.commune.id, year, month, defs.codeOf, 12),
    db.monthlyValue.findMany({ where: { report: { communeId: ctx.commune.id, year: year - 1, month } }, select: { indicatorId: true, numValue: true } }),
  ]);
  const userIds = new Set<string>();
  for (const v of report?.values ?? []) for (const h of v.history) if (h.changedById) userIds.add(h.changedById);
  const users = new Map((await db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, fullName: true, username: true } })).map((u) => [u.id, `${u.fullName} (${u.username})`]));
  const valueById = new Map((report?.values ?? []).map((v) => [v.indicatorId, v]));
  const lastYearByCode = new Map(lastYear.map((v) => [defs.codeOf.get(v.indicatorId), v.numValue]));
  const numOf = (code: string | null) => {
    const d = code ? defs.byCode.get(code) : undefined;
    return d ? (valueById.get(d.id)?.numValue ?? null) : null;
  };

  const items = defs.list.map((d) => {
    const v = valueById.get(d.id);
    let computed: number | null = null;
    if (d.kind === "RATIO") {
      const n = numOf(d.numeratorCode);
      const den = numOf(d.denominatorCode);
      computed = n === null || den === null ? null : ratioPercent(n, den);
    } else if (d.kind === "REDUCTION") {
      const cur = numOf(d.numeratorCode);
      const base = d.numeratorCode ? (lastYearByCode.get(d.numeratorCode) ?? null) : null;
      computed = cur === null || base === null ? null : reductionPercent(cur, base);
    }
    const prev = history.previous.get(d.code) ?? null;
    return {
      id: d.id, code: d.code, name: d.name, group: d.group, kind: d.kind, unitLabel: d.unitLabel, isRequired: d.isRequired,
      typed: isTyped(d), numeratorId: d.numeratorCode ? (defs.byCode.get(d.numeratorCode)?.id ?? null) : null,
      denominatorId: d.denominatorCode ? (defs.byCode.get(d.denominatorCode)?.id ?? null) : null,
      targetComparator: d.targetComparator, targetValue: d.targetValue,
      value: { num: v?.numValue ?? null, bool: v?.boolValue ?? null, text: v?.textValue ?? null, comment: v?.comment ?? null },
      previous: prev, computed,
      history: (v?.history ?? []).map((h): HistoryEntry => ({ at: h.changedAt.toISOString(), by: h.changedById ? (users.get(h.changedById) ?? null) : null, old: h.oldValue, new: h.newValue })),
    };
  });
  const status = report?.status ?? null;
  const isCommuneUser = actor.role === "COMMUNE_POLICE" && actor.unitId === ctx.commune.id;
  const canEdit = isCommuneUser && can(actor.role, "monthly.enter") && (status === null || isEditable(status)) && ctx.window.isOpen;
  const reviewer = can(actor.role, "monthly.review") && (actor.unitId !== ctx.commune.id || actor.role === "DISTRICT_COMMITTEE");
  // Who accepted, shown to everyone; the unlock button only for that level or a higher one (domain.md §8).
  const accepted = report && status === "ACCEPTED" ? report : null;
  const acceptedBy = accepted ? (await reviewerNames([accepted]))(accepted) : null;
  const undo = accepted && reviewer ? await checkUndoAcceptance(actor, accepted) : null;

  let changesSince: { base: "ACCEPT" | "RETURN"; at: string; changes: { name: string; at: string; by: string | null; old: unknown; new: unknown }[] } | null = null;
  if (report) {
    const base = await lastReviewAt(report.id);
    if (base) {
      const changes = [];
      for (const it of items) for (const h of it.history) if (new Date(h.at) > base.at) changes.push({ name: it.name, ...h });
      changesSince = { base: base.kind, at: base.at.toISOString(), changes };
    }
  }
  return {
    commune: { id: ctx.commune.id, name: ctx.commune.name, parentName: ctx.commune.parent?.name ?? null },
    year, month, selected: ctx.selected,
    window: { isOpen: ctx.window.isOpen, daysRemaining: ctx.window.daysRemaining, lastDay: ctx.window.lastDay.toISOString(), reason: ctx.window.reason?.message ?? null, code: ctx.window.reason?.code ?? null },
    report: report ? { id: report.id, status: report.status, version: report.version, returnReason: report.returnReason, submittedAt: report.submittedAt?.toISOString() ?? null } : null,
    items, canEdit, canReview: reviewer && status === "SUBMITTED", canUnlock: reviewer && can(actor.role, "entry.unlock") && undo?.ok === true,
    acceptance: accepted ? { by: acceptedBy, at: accepted.reviewedAt?.toISOString() ?? null, undoRefusal: undo && !undo.ok ? undo.message : null } : null,
    // An accepted month is reopened by "Mở khóa" (which opens entry itself), a submitted one by "Trả lại".
    canGrantEntry: reviewer && can(actor.role, "entry.unlock") && !ctx.window.isOpen && ctx.window.reason?.code === "CLOSED"
      && status !== "ACCEPTED" && status !== "SUBMITTED",
    /** Default of the "correct until" date of a return or an unlock, yyyy-MM-dd (Vietnam day). */
    defaultCorrectUntil: toInputDay(toDbDay(defaultCorrectionLastDay(now))),
    changesSince,
  };
}

export type MonthlyEntry = Awaited<ReturnType<typeof getMonthlyEntry>>;
