import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, isUuid, unitScope } from "@/lib/authz/access";
import { notFound } from "@/lib/errors";
import { monthsOfPeriod } from "@/lib/domain/period";
import { breadcrumbs } from "./view-unit";

/**
 * The last step of the drill-down: one indicator of one commune, month by month, with each value's
 * report status and its history of changes (raw values of a single commune: a small indexed read).
 */
export async function getValueHistory(actor: Actor, communeId: string, indicatorId: string, year: number) {
  assertCan(actor, "dashboard.view");
  if (!isUuid(communeId) || !isUuid(indicatorId)) throw notFound();
  const commune = await db.unit.findFirst({
    where: { AND: [{ id: communeId, level: "COMMUNE" }, unitScope(actor)] },
    select: { id: true, name: true, provinceId: true, lineage: true, level: true, parentId: true },
  });
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
      where: {
        indicatorId: { in: ids },
        report: { communeId: commune.id, year: { in: indicator.kind === "REDUCTION" ? [year - 1, year] : [year] } },
      },
      select: {
        id: true,
        indicatorId: true,
        numValue: true,
        boolValue: true,
        textValue: true,
        comment: true,
        updatedAt: true,
        report: { select: { year: true, month: true, status: true } },
        history: {
          select: { changedAt: true, oldValue: true, newValue: true, changedById: true },
          orderBy: { changedAt: "desc" },
        },
      },
    }),
  ]);
  const userIds = [
    ...new Set(values.flatMap((v) => v.history.map((h) => h.changedById)).filter((x): x is string => !!x)),
  ];
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, fullName: true } })
    : [];
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
      values: parts.map((p) => {
        const result = values.find(
          (x) => x.indicatorId === p.id && x.report.year === year && x.report.month === m.month,
        );
        return result
          ? {
              indicatorId: p.id,
              num: result.numValue,
              bool: result.boolValue,
              status: result.report.status,
              comment: result.comment,
            }
          : { indicatorId: p.id, num: null, bool: null, status: null, comment: null };
      }),
    })),
    history: values
      .flatMap((v) =>
        v.history.map((h) => ({
          ...h,
          month: v.report.month,
          year: v.report.year,
          indicatorId: v.indicatorId,
          changedBy: h.changedById ? (userName.get(h.changedById) ?? "") : "",
        })),
      )
      .sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime()),
  };
}
