import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { parseInput } from "@/lib/server/reviews/selection-access";
import { applyUsers } from "./impact";
import { ConvertProvinceSchema, type ConvertProvinceInput } from "@/lib/contracts/unit-changes/convert-to-two-levels";
import { planConversion } from "./convert-to-two-levels-plan";

/**
 * Converts a whole 3-level province to 2 levels in one operation (issue #12 §1; domain.md §8: "a province may have
 * 3 levels (before) or 2 levels (after); history before the reform keeps its districts"). In one transaction: every
 * district existing on the effective date ends that day (validTo; never deleted) with a succession link to the
 * province carrying the legal basis; every commune existing under them moves under the province (parent and
 * lineage; communes that ceased earlier keep their district); the districts' accounts are deactivated and their
 * sessions end; their proposals not yet decided pass to the province; each moved commune keeps its district as a
 * former parent (`UnitParentPeriod`) so a later unlock or accept of a month before the day still counts for it; one audit entry lists it all. Figures stay where they are: the province's totals are unchanged, the
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
    const lineageOf = new Map(conversion.districts.map((d) => [d.id, d.lineage]));
    await tx.unitParentPeriod.createMany({
      data: conversion.communes.map((c) => ({
        unitId: c.id,
        parentId: c.parentId!,
        parentLineage: lineageOf.get(c.parentId!)!,
        validTo: conversion.day,
      })),
    });
    const note = t(text.convertNote, { basis: input.legalBasis });
    await tx.unitSuccession.createMany({
      data: districtIds.map((id) => ({
        fromUnitId: id,
        toUnitId: conversion.province.id,
        effectiveDate: conversion.day,
        note,
      })),
    });
    const users = await applyUsers(tx, conversion.impact, "DEACTIVATE", conversion.successorOf);
    // The districts' proposals not yet decided pass to the province, their successor (issue #12 §1).
    const proposals = await tx.proposal.updateMany({
      where: { proposedByUnitId: { in: districtIds }, status: { in: ["DRAFT", "SUBMITTED"] } },
      data: { proposedByUnitId: conversion.province.id, version: { increment: 1 } },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "unit.convert-two-levels",
      entity: "Unit",
      entityId: conversion.province.id,
      unitId: conversion.province.id,
      before: {
        districts: conversion.districts,
        parents: conversion.communes.map((c) => ({ id: c.id, parentId: c.parentId })),
      },
      after: {
        effectiveDate: input.effectiveDate,
        legalBasis: input.legalBasis,
        communes: conversion.communes.length,
        users,
        districtReports: conversion.districtReports.map((r) => r.id),
        openProposals: proposals.count,
      },
    });
    return { districts: conversion.districts.length, communes: conversion.communes.length, users };
  });
}
