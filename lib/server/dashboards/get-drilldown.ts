import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import { notFound } from "@/lib/errors";
import { monthsOfPeriod } from "@/lib/domain/period";
import type { DashboardFilters } from "./filters";
import { breadcrumbs } from "./view-unit";
import { codesNeeded, valueOf } from "./indicator-sums";
import { loadUnitView, loadViewSums } from "./load-unit-view";
import { loadReductions, reductionCodes } from "./comparable-sums";
import { appNow } from "@/lib/clock";

/**
 * Drill-down (issue #6): province → district → commune → indicator. For a unit: every indicator of
 * the group over the period for the unit and for each unit below it; for a commune also month by month.
 */
export async function getDrilldown(actor: Actor, unitId: string | null, filters: DashboardFilters, now = appNow()) {
  assertCan(actor, "dashboard.view");
  const { unit, year, crumbs, children, period, cur, catalogue: all } = await loadUnitView(actor, unitId, filters, now);
  const byCode = new Map(all.map((d) => [d.code, d]));
  const defs = all.filter((d) => d.kind !== "TEXT" && (!filters.group || d.group === filters.group));
  const isCommune = unit.level === "COMMUNE";
  const yearMonths = monthsOfPeriod({ kind: "YEAR", year });
  const buckets = [
    { key: "cur", months: cur },
    ...(isCommune ? yearMonths.map((m) => ({ key: `y${m.month}`, months: [m] })) : []),
  ];
  const [{ sums, self }, reductions] = await Promise.all([
    loadViewSums(unit, children, buckets, codesNeeded(defs)),
    loadReductions([unit.id, ...children.map((c) => c.id)], cur, year, reductionCodes(defs)),
  ]);
  return {
    unit,
    crumbs,
    year,
    period,
    months: cur,
    indicators: defs.map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      group: d.group,
      unitLabel: d.unitLabel,
      isPercent: d.kind === "RATIO" || d.kind === "REDUCTION",
      kind: d.kind,
      target: d.targetValue,
      comparator: d.targetComparator,
      self: valueOf(d, self, "cur", byCode, reductions.get(unit.id)),
      monthly: isCommune ? yearMonths.map((m) => ({ month: m.month, value: valueOf(d, self, `y${m.month}`, byCode).value })) : [],
    })),
    children: children.map((c) => ({ unit: c, values: defs.map((d) => valueOf(d, sums.get(c.id), "cur", byCode, reductions.get(c.id))) })),
  };
}
export type Drilldown = Awaited<ReturnType<typeof getDrilldown>>;

/**
 * The last step of the drill-down: one indicator of one commune, month by month, with each value's
 * report status and its history of changes (raw values of a single commune: a small indexed read).
 */
export async function getValueHistory(actor: Actor, communeId: string, indicatorId: string, year: number) {
  assertCan(actor, "dashboard.view");
  if (!isUuid(communeId) || !isUuid(indicatorId)) throw notFound();
  const commune = await db.unit.findFirst({ where: { AND: [{ id: communeId, level: "COMMUNE" }, unitScope(actor)] }, select: { id: true, name: true, provinceId: true, lineage: true, level: true, parentId: true } });
  if (!commune) throw notFound();
  const indicator = await db.indicator.findFirst({
    where: { id: indicatorId, provinceId: commune.provinceId! },
    select: { id: true, code: true, name: true, kind: true, unitLabel: true, numeratorId: true, denominatorId: true },
  });
  if (!indicator) throw notFound();
  const partIds = [indicator.numeratorId, indicator.denominatorId].filter((x): x is string => !!x);
  const ids = indicator.kind === "RATIO" || indicator.kind === "REDUCTION" ? partIds : [indicator.id];
  const [parts, values] = await Promise.all([
    db.indicator.findMany({ where: { id: { in: ids } }, select: { id: true, code: true, name: true } }),
    db.monthlyValue.findMany({
      where: { indicatorId: { in: ids }, report: { communeId: commune.id, year: { in: indicator.kind === "REDUCTION" ? [year - 1, year] : [year] } } },
      select: {
        id: true, indicatorId: true, numValue: true, boolValue: true, textValue: true, comment: true, updatedAt: true,
        report: { select: { year: true, month: true, status: true } },
        history: { select: { changedAt: true, oldValue: true, newValue: true, changedById: true }, orderBy: { changedAt: "desc" } },
      },
    }),
  ]);
  const userIds = [...new Set(values.flatMap((v) => v.history.map((h) => h.changedById)).filter((x): x is string => !!x))];
  const users = userIds.length ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, fullName: true } }) : [];
  const userName = new Map(users.map((u) => [u.id, u.fullName]));
  const crumbs = await breadcrumbs(actor, { ...commune, name: commune.name });
  return {
    commune,
    crumbs,
    indicator,
    parts,
    year,
    months: monthsOfPeriod({ kind: "YEAR", year }).map((m) => ({
      month: m.month,
      values: parts.map((part) => {
        const value = values.find((x) => x.indicatorId === part.id && x.report.year === year && x.report.month === m.month);
        return value ? { indicatorId: part.id, num: value.numValue, bool: value.boolValue, status: value.report.status, comment: value.comment } : { indicatorId: part.id, num: null, bool: null, status: null, comment: null };
      }),
    })),
    history: values
      .flatMap((v) => v.history.map((h) => ({ ...h, month: v.report.month, year: v.report.year, indicatorId: v.indicatorId, changedBy: h.changedById ? userName.get(h.changedById) ?? "" : "" })))
      .sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime()),
  };
}
