import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { parseDay } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { formatVnDate, fromDbDay } from "@/lib/domain/vn-date";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { auditActor } from "@/lib/server/users/manage-users";
import { applyUsers, changeImpact } from "./impact";
import { ConvertProvinceSchema, type ConvertProvinceInput } from "./schemas";
import { requireExistingOn, unitsInScope } from "./units";

/** Units existing on `day` (a DB day): validFrom ≤ day < validTo (lib/domain/selection-cap.ts isUnitActiveOn). */
const existingOn = (day: Date) => ({ validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] });

/** The checked plan: the province, its districts existing on the day, the communes existing under them. */
async function planConversion(tx: Tx, actor: Actor, input: ReturnType<typeof ConvertProvinceSchema.parse>) {
  const day = parseDay(input.effectiveDate)!;
  const [province] = await unitsInScope(tx, actor, [input.provinceId]);
  if (province!.level !== "PROVINCE") throw validation(text.notProvince);
  requireExistingOn(province!, day);
  const districts = await tx.unit.findMany({ where: { parentId: province!.id, level: "DISTRICT", ...existingOn(day) }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } });
  if (districts.length === 0) throw validation(t(text.notThreeLevel, { date: formatVnDate(fromDbDay(day)) }));
  const communes = await tx.unit.findMany({ where: { parentId: { in: districts.map((d) => d.id) }, ...existingOn(day) }, select: { id: true, code: true, name: true, parentId: true } });
  const successorOf = new Map(districts.map((d) => [d.id, province!.id]));
  const [impact, districtReports, proposals] = await Promise.all([
    changeImpact(tx, districts.map((d) => d.id), successorOf, day),
    tx.districtReport.findMany({ where: { unitId: { in: districts.map((d) => d.id) }, status: { not: "ACCEPTED" } }, select: { id: true, year: true, month: true, status: true } }),
    tx.proposal.count({ where: { proposedByUnitId: { in: districts.map((d) => d.id) }, status: { in: ["DRAFT", "SUBMITTED"] } } }),
  ]);
  return { day, province: province!, districts, communes, successorOf, impact, districtReports, openProposals: proposals };
}

/**
 * Preview of a 3-level → 2-level conversion (nothing written): the districts that end, the communes that move under
 * the province, the district accounts (deactivated: a district role has no place in a 2-level province), the
 * district reports not yet accepted and the district proposals still open.
 */
export async function previewConvertToTwoLevels(actor: Actor, raw: ConvertProvinceInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(ConvertProvinceSchema, raw);
  return db.$transaction(async (tx) => {
    const conversion = await planConversion(tx, actor, input);
    return { province: { id: conversion.province.id, name: conversion.province.name }, districts: conversion.districts, communes: conversion.communes.length, users: conversion.impact.users, districtReports: conversion.districtReports, openProposals: conversion.openProposals };
  });
}

/**
 * Converts a whole 3-level province to 2 levels in one operation (issue #12 §1; domain.md §8: "a province may have
 * 3 levels (before) or 2 levels (after); history before the reform keeps its districts"). In one transaction: every
 * district existing on the effective date ends that day (validTo; never deleted) with a succession link to the
 * province carrying the legal basis; every commune existing under them moves under the province (parent and
 * lineage; communes that ceased earlier keep their district); the districts' accounts are deactivated and their
 * sessions end; one audit entry lists it all. Figures stay where they are: the province's totals are unchanged, the
 * ended districts keep theirs for the periods before. Returns the counts applied.
 */
export async function convertToTwoLevels(actor: Actor, raw: ConvertProvinceInput) {
  assertCan(actor, "unit.change");
  const input = parseInput(ConvertProvinceSchema, raw);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${input.provinceId}::uuid FOR UPDATE`;
    const conversion = await planConversion(tx, actor, input);
    const districtIds = conversion.districts.map((d) => d.id);
    await tx.$executeRaw`
      UPDATE "Unit" SET "parentId" = ${conversion.province.id}::uuid, lineage = ${conversion.province.lineage}::uuid[] || id, "updatedAt" = now()
      WHERE id = ANY(${conversion.communes.map((c) => c.id)}::uuid[])`;
    await tx.unit.updateMany({ where: { id: { in: districtIds } }, data: { validTo: conversion.day } });
    const note = t(text.convertNote, { basis: input.legalBasis });
    await tx.unitSuccession.createMany({ data: districtIds.map((id) => ({ fromUnitId: id, toUnitId: conversion.province.id, effectiveDate: conversion.day, note })) });
    const users = await applyUsers(tx, conversion.impact, "DEACTIVATE", conversion.successorOf);
    await writeAudit(tx, auditActor(actor), {
      action: "unit.convert-two-levels", entity: "Unit", entityId: conversion.province.id, unitId: conversion.province.id,
      before: { districts: conversion.districts, parents: conversion.communes.map((c) => ({ id: c.id, parentId: c.parentId })) },
      after: { effectiveDate: input.effectiveDate, legalBasis: input.legalBasis, communes: conversion.communes.length, users, districtReports: conversion.districtReports.map((r) => r.id), openProposals: conversion.openProposals },
    });
    return { districts: conversion.districts.length, communes: conversion.communes.length, users };
  });
}
