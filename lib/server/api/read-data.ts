import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, isUuid, requireUnitInScope, unitScope } from "@/lib/authz/access";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { toPage, type PageParams } from "./http";

// Read use cases of the data API (/api/v1). Every list is narrowed to the actor's subtree, keyset-paginated
// on the id; a record outside the subtree is "not found".

const unitSelect = { id: true, code: true, name: true, level: true, kind: true, parentId: true, provinceId: true, validFrom: true, validTo: true } as const;

const dayString = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const unitOut = (u: { validFrom: Date; validTo: Date | null } & Record<string, unknown>) => ({ ...u, validFrom: dayString(u.validFrom), validTo: dayString(u.validTo) });
const after = (p: PageParams) => (p.after ? { id: { gt: p.after } } : {});

export async function apiListUnits(actor: Actor, page: PageParams, filter: { parentId?: string; level?: UnitLevel }) {
  assertCan(actor, "unit.view");
  // A parent outside the subtree is "not found" (as every other id of the API), not an empty page.
  if (filter.parentId) await requireUnitInScope(actor, filter.parentId);
  const rows = await db.unit.findMany({
    where: { AND: [unitScope(actor), after(page), filter.parentId ? { parentId: filter.parentId } : {}, filter.level ? { level: filter.level } : {}] },
    select: unitSelect,
    orderBy: { id: "asc" },
    take: page.limit + 1,
  });
  const pageOfRows = toPage(rows, page.limit);
  return { ...pageOfRows, data: pageOfRows.data.map(unitOut) };
}

export async function apiGetUnit(actor: Actor, id: string) {
  assertCan(actor, "unit.view");
  const unitInScope = await requireUnitInScope(actor, id);
  const full = await db.unit.findUniqueOrThrow({ where: { id: unitInScope.id }, select: { ...unitSelect, committeeName: true, newRuralYear: true } });
  return { data: unitOut(full) };
}

/** The catalogue(s) an actor works with: its own province's, or those of the provinces under it. */
export async function apiListIndicators(actor: Actor, page: PageParams, provinceId?: string) {
  assertCan(actor, "unit.view");
  const where: Prisma.IndicatorWhereInput = actor.provinceId
    ? { provinceId: actor.provinceId }
    : { province: unitScope(actor) };
  if (provinceId && actor.provinceId && provinceId !== actor.provinceId) throw notFound();
  const rows = await db.indicator.findMany({
    where: { AND: [where, after(page), provinceId ? { provinceId } : {}] },
    select: {
      id: true, provinceId: true, code: true, name: true, group: true, kind: true, unitLabel: true, lowerIsBetter: true, aggregation: true,
      targetComparator: true, targetValue: true, numeratorId: true, denominatorId: true, isSelectionCriterion: true, isResultIndicator: true,
      isRequired: true, validFromPeriod: true, validToPeriod: true,
    },
    orderBy: { id: "asc" },
    take: page.limit + 1,
  });
  const pageOfRows = toPage(rows, page.limit);
  return { ...pageOfRows, data: pageOfRows.data.map((r) => ({ ...r, targetValue: r.targetValue === null ? null : Number(r.targetValue) })) };
}

/** Monthly reports of communes in scope with their review status. */
export async function apiListMonthlyReports(actor: Actor, page: PageParams, filter: { unitId?: string; year?: number; month?: number; status?: string }) {
  assertCan(actor, "unit.view");
  let scope: Prisma.UnitWhereInput = unitScope(actor);
  if (filter.unitId) {
    await requireUnitInScope(actor, filter.unitId);
    scope = { lineage: { has: filter.unitId } };
  }
  const rows = await db.monthlyReport.findMany({
    where: {
      AND: [{ commune: unitScope(actor) }, { commune: scope }, after(page),
        filter.year ? { year: filter.year } : {}, filter.month ? { month: filter.month } : {},
        filter.status ? { status: filter.status as "DRAFT" } : {}],
    },
    select: { id: true, communeId: true, year: true, month: true, status: true, submittedAt: true, reviewedAt: true, returnReason: true, version: true },
    orderBy: { id: "asc" },
    take: page.limit + 1,
  });
  return toPage(rows, page.limit);
}

export async function apiGetMonthlyReport(actor: Actor, id: string) {
  assertCan(actor, "unit.view");
  if (!isUuid(id)) throw notFound();
  const monthlyReport = await db.monthlyReport.findFirst({
    where: { id, commune: unitScope(actor) },
    select: {
      id: true, communeId: true, year: true, month: true, status: true, submittedAt: true, reviewedAt: true, returnReason: true, version: true,
      values: { select: { indicatorId: true, numValue: true, boolValue: true, textValue: true, comment: true, updatedAt: true }, orderBy: { indicatorId: "asc" } },
    },
  });
  if (!monthlyReport) throw notFound();
  return { data: monthlyReport };
}

/** Selections (the decided list) in scope, with the stage of their reviews and the issued verdict. */
export async function apiListSelections(actor: Actor, page: PageParams, filter: { year?: number }) {
  assertCan(actor, "unit.view");
  const rows = await db.selection.findMany({
    where: { AND: [{ commune: unitScope(actor) }, after(page), filter.year ? { programme: { year: filter.year } } : {}] },
    select: {
      id: true, communeId: true, hotspotTypes: true, status: true, createdAt: true,
      programme: { select: { year: true, provinceId: true } },
      decision: { select: { number: true, date: true, kind: true } },
      plan: { select: { id: true, number: true, date: true } },
    },
    orderBy: { id: "asc" },
    take: page.limit + 1,
  });
  const pageOfRows = toPage(rows, page.limit);
  const ids = pageOfRows.data.map((s) => s.id);
  const reviews = ids.length ? await db.communeReview.findMany({ where: { selectionId: { in: ids } }, select: { selectionId: true, kind: true, status: true, offTrack: true } }) : [];
  return {
    ...pageOfRows,
    data: pageOfRows.data.map((s) => ({
      id: s.id, communeId: s.communeId, year: s.programme.year, provinceId: s.programme.provinceId, hotspotTypes: s.hotspotTypes, status: s.status,
      decision: { number: s.decision.number, date: dayString(s.decision.date), kind: s.decision.kind },
      plan: s.plan ? { id: s.plan.id, number: s.plan.number, date: dayString(s.plan.date) } : null,
      reviews: reviews.filter((r) => r.selectionId === s.id).map((r) => ({ kind: r.kind, status: r.status, offTrack: r.offTrack })),
    })),
  };
}

export async function apiListVerdicts(actor: Actor, page: PageParams, filter: { year?: number }) {
  assertCan(actor, "unit.view");
  const communes = await db.unit.findMany({ where: { ...unitScope(actor), level: "COMMUNE" }, select: { id: true } });
  const rows = await db.communeVerdict.findMany({
    where: { AND: [{ communeId: { in: communes.map((c) => c.id) } }, after(page), filter.year ? { year: filter.year } : {}] },
    select: {
      id: true, selectionId: true, communeId: true, year: true, stage: true, districtProposal: true, secretariatProposal: true, verdict: true,
      recommendation: true, isOverride: true, decisionNumber: true, decisionDate: true, amendsId: true, issuedAt: true,
    },
    orderBy: { id: "asc" },
    take: page.limit + 1,
  });
  const pageOfRows = toPage(rows, page.limit);
  return { ...pageOfRows, data: pageOfRows.data.map((v) => ({ ...v, decisionDate: dayString(v.decisionDate) })) };
}
