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
export function historyValue(json: unknown): { value: unknown; comment: unknown } | null {
  if (json === null || typeof json !== "object") return null;
  const entry = json as Record<string, unknown>;
  return { value: entry.value ?? null, comment: entry.comment ?? null };
}

/** When the report was last accepted (else last returned): the base of "what changed since". */
async function lastReviewAt(reportId: string) {
  const rows = await db.auditLog.findMany({
    where: {
      entity: "MonthlyReport",
      entityId: reportId,
      action: { in: ["monthly.accept", "monthly.return", "monthly.unlock"] },
    },
    select: { action: true, at: true },
    orderBy: { at: "desc" },
  });
  const accept = rows.find((r) => r.action === "monthly.accept");
  return accept
    ? { kind: "ACCEPT" as const, at: accept.at }
    : rows[0]
      ? { kind: "RETURN" as const, at: rows[0].at }
      : null;
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
        id: true,
        status: true,
        version: true,
        returnReason: true,
        submittedAt: true,
        reviewedAt: true,
        updatedAt: true,
        reviewedById: true,
        reviewedUnitId: true,
        reviewedLevel: true,
        values: {
          select: {
            id: true,
            indicatorId: true,
            numValue: true,
            boolValue: true,
            textValue: true,
            comment: true,
            history: {
              select: { changedAt: true, changedById: true, oldValue: true, newValue: true },
              orderBy: { changedAt: "asc" },
            },
          },
        },
      },
    }),
    communeNumericHistory(ctx.commune.id, year, month, defs.codeOf, 12),
    db.monthlyValue.findMany({
      where: { report: { communeId: ctx.commune.id, year: year - 1, month } },
      select: { indicatorId: true, numValue: true },
    }),
  ]);
  const userIds = new Set<string>();
  for (const reportValue of report?.values ?? [])
    for (const h of reportValue.history) if (h.changedById) userIds.add(h.changedById);
  const users = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...userIds] } },
        select: { id: true, fullName: true, username: true },
      })
    ).map((u) => [u.id, `${u.fullName} (${u.username})`]),
  );
  const valueById = new Map((report?.values ?? []).map((v) => [v.indicatorId, v]));
  const lastYearByCode = new Map(lastYear.map((v) => [defs.codeOf.get(v.indicatorId), v.numValue]));
  const numOf = (code: string | null) => {
    const def = code ? defs.byCode.get(code) : undefined;
    return def ? (valueById.get(def.id)?.numValue ?? null) : null;
  };

  const items = defs.list.map((def) => {
    const value = valueById.get(def.id);
    let computed: number | null = null;
    if (def.kind === "RATIO") {
      const numerator = numOf(def.numeratorCode);
      const den = numOf(def.denominatorCode);
      computed = numerator === null || den === null ? null : ratioPercent(numerator, den);
    } else if (def.kind === "REDUCTION") {
      const cur = numOf(def.numeratorCode);
      const base = def.numeratorCode ? (lastYearByCode.get(def.numeratorCode) ?? null) : null;
      computed = cur === null || base === null ? null : reductionPercent(cur, base);
    }
    const prev = history.previous.get(def.code) ?? null;
    return {
      id: def.id,
      code: def.code,
      name: def.name,
      group: def.group,
      kind: def.kind,
      unitLabel: def.unitLabel,
      isRequired: def.isRequired,
      typed: isTyped(def),
      numeratorId: def.numeratorCode ? (defs.byCode.get(def.numeratorCode)?.id ?? null) : null,
      denominatorId: def.denominatorCode ? (defs.byCode.get(def.denominatorCode)?.id ?? null) : null,
      targetComparator: def.targetComparator,
      targetValue: def.targetValue,
      value: {
        num: value?.numValue ?? null,
        bool: value?.boolValue ?? null,
        text: value?.textValue ?? null,
        comment: value?.comment ?? null,
      },
      previous: prev,
      computed,
      history: (value?.history ?? []).map((h): HistoryEntry => ({
        at: h.changedAt.toISOString(),
        by: h.changedById ? (users.get(h.changedById) ?? null) : null,
        old: h.oldValue,
        new: h.newValue,
      })),
    };
  });
  const status = report?.status ?? null;
  const isCommuneUser = actor.role === "COMMUNE_POLICE" && actor.unitId === ctx.commune.id;
  const canEdit =
    isCommuneUser && can(actor.role, "monthly.enter") && (status === null || isEditable(status)) && ctx.window.isOpen;
  const reviewer =
    can(actor.role, "monthly.review") && (actor.unitId !== ctx.commune.id || actor.role === "DISTRICT_COMMITTEE");
  // Who accepted, shown to everyone; the unlock button only for that level or a higher one (domain.md §8).
  const accepted = report && status === "ACCEPTED" ? report : null;
  const acceptedBy = accepted ? (await reviewerNames([accepted]))(accepted) : null;
  const undo = accepted && reviewer ? await checkUndoAcceptance(actor, accepted) : null;

  let changesSince: {
    base: "ACCEPT" | "RETURN";
    at: string;
    changes: { name: string; at: string; by: string | null; old: unknown; new: unknown }[];
  } | null = null;
  if (report) {
    const base = await lastReviewAt(report.id);
    if (base) {
      const changes = [];
      for (const it of items)
        for (const h of it.history) if (new Date(h.at) > base.at) changes.push({ name: it.name, ...h });
      changesSince = { base: base.kind, at: base.at.toISOString(), changes };
    }
  }
  return {
    commune: { id: ctx.commune.id, name: ctx.commune.name, parentName: ctx.commune.parent?.name ?? null },
    year,
    month,
    selected: ctx.selected,
    window: {
      isOpen: ctx.window.isOpen,
      daysRemaining: ctx.window.daysRemaining,
      lastDay: ctx.window.lastDay.toISOString(),
      reason: ctx.window.reason?.message ?? null,
      code: ctx.window.reason?.code ?? null,
    },
    report: report
      ? {
          id: report.id,
          status: report.status,
          version: report.version,
          returnReason: report.returnReason,
          submittedAt: report.submittedAt?.toISOString() ?? null,
        }
      : null,
    items,
    canEdit,
    canReview: reviewer && status === "SUBMITTED",
    canUnlock: reviewer && can(actor.role, "entry.unlock") && undo?.ok === true,
    acceptance: accepted
      ? {
          by: acceptedBy,
          at: accepted.reviewedAt?.toISOString() ?? null,
          undoRefusal: undo && !undo.ok ? undo.message : null,
        }
      : null,
    // An accepted month is reopened by "Mở khóa" (which opens entry itself), a submitted one by "Trả lại".
    canGrantEntry:
      reviewer &&
      can(actor.role, "entry.unlock") &&
      !ctx.window.isOpen &&
      ctx.window.reason?.code === "CLOSED" &&
      status !== "ACCEPTED" &&
      status !== "SUBMITTED",
    /** Default of the "correct until" date of a return or an unlock, yyyy-MM-dd (Vietnam day). */
    defaultCorrectUntil: toInputDay(toDbDay(defaultCorrectionLastDay(now))),
    changesSince,
  };
}

export type MonthlyEntry = Awaited<ReturnType<typeof getMonthlyEntry>>;
