import "server-only";
import { z } from "zod";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan, isUuid } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict, notFound, validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { viNumberField } from "@/lib/contracts/vi-number";
import { auditActor, parseInput } from "@/lib/server/reviews/selection-access";

// The province's verdict configuration (domain.md §5 "the threshold and the criteria set are configuration"):
// which counts make up "giảm cơ bản tội phạm và tệ nạn xã hội" and the minimum reduction, per programme year;
// the general and type-specific criteria (VerdictCriterion) of the province. Managed by the secretariat.

export const SaveCrimeConfigSchema = z.object({
  programmeId: Id,
  codes: z.array(z.string().regex(/^[A-Z0-9_]{1,40}$/)).min(1, "Chọn ít nhất một chỉ tiêu.").max(40),
  minPercent: viNumberField({ label: vi.reviews.crimeMinPercent, max: 100 }),
  version: Version.min(1),
});
export const AddCriterionSchema = z.object({
  provinceId: Id,
  name: viText(300, { min: 3, minMessage: "Vui lòng nhập nội dung tiêu chí." }),
  hotspotType: z.enum(["TYPE_1", "TYPE_2", "TYPE_3", "TYPE_4"]).nullable(),
});
export const SetCriterionActiveSchema = z.object({ criterionId: Id, isActive: z.boolean() });

/** A province unit in the actor's subtree (the secretariat's own province), else "not found". */
async function requireProvince(actor: Actor, provinceId: string) {
  if (!isUuid(provinceId)) throw notFound();
  const unit = await db.unit.findFirst({ where: { id: provinceId, level: "PROVINCE", lineage: { has: actor.unitId } }, select: { id: true } });
  if (!unit) throw notFound();
  return unit;
}

export async function getVerdictConfig(actor: Actor, year: number) {
  assertCan(actor, "programme.manage");
  if (!actor.provinceId) throw notFound();
  const [programme, criteria, counts] = await Promise.all([
    db.programme.findUnique({ where: { provinceId_year: { provinceId: actor.provinceId, year } }, select: { id: true, year: true, crimeReductionCodes: true, crimeReductionMinPercent: true, passThresholdPercent: true, version: true } }),
    db.verdictCriterion.findMany({ where: { provinceId: actor.provinceId }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
    db.indicator.findMany({ where: { provinceId: actor.provinceId, kind: "COUNT", isSelectionCriterion: true, validToPeriod: null }, select: { code: true, name: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  return { provinceId: actor.provinceId, programme, criteria, counts };
}

export async function saveCrimeReductionConfig(actor: Actor, raw: z.input<typeof SaveCrimeConfigSchema>) {
  assertCan(actor, "programme.manage");
  const input = parseInput(SaveCrimeConfigSchema, raw);
  if (!isUuid(input.programmeId)) throw notFound();
  const programme = await db.programme.findFirst({ where: { id: input.programmeId, province: { lineage: { has: actor.unitId } } }, select: { id: true, provinceId: true, crimeReductionCodes: true, crimeReductionMinPercent: true, version: true } });
  if (!programme) throw notFound();
  const known = await db.indicator.count({ where: { provinceId: programme.provinceId, code: { in: input.codes }, kind: "COUNT" } });
  if (known < new Set(input.codes).size) throw validation(vi.errors.validation, { codes: ["Chỉ tiêu không hợp lệ."] });
  return db.$transaction(async (tx) => {
    const { count } = await tx.programme.updateMany({
      where: { id: programme.id, version: input.version },
      data: { crimeReductionCodes: [...new Set(input.codes)], crimeReductionMinPercent: input.minPercent, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(vi.errors.conflict, { version: programme.version });
    await writeAudit(tx, auditActor(actor), {
      action: "verdict.config.crime", entity: "Programme", entityId: programme.id, unitId: programme.provinceId,
      before: { codes: programme.crimeReductionCodes, minPercent: programme.crimeReductionMinPercent }, after: { codes: input.codes, minPercent: input.minPercent },
    });
    return { id: programme.id };
  });
}

export async function addVerdictCriterion(actor: Actor, raw: z.input<typeof AddCriterionSchema>) {
  assertCan(actor, "programme.manage");
  const input = parseInput(AddCriterionSchema, raw);
  const province = await requireProvince(actor, input.provinceId);
  return db.$transaction(async (tx) => {
    const verdictCriterionCount = await tx.verdictCriterion.count({ where: { provinceId: province.id } });
    const row = await tx.verdictCriterion.create({
      data: { provinceId: province.id, code: `TC_${String(verdictCriterionCount + 1).padStart(3, "0")}_${Date.now().toString(36).toUpperCase()}`, name: input.name, hotspotType: input.hotspotType, sortOrder: verdictCriterionCount },
      select: { id: true, code: true, name: true, hotspotType: true },
    });
    await writeAudit(tx, auditActor(actor), { action: "verdict.criterion.add", entity: "VerdictCriterion", entityId: row.id, unitId: province.id, after: row });
    return row;
  });
}

/** Criteria are never deleted (answers refer to them): they are deactivated for future verdicts. */
export async function setVerdictCriterionActive(actor: Actor, raw: z.input<typeof SetCriterionActiveSchema>) {
  assertCan(actor, "programme.manage");
  const input = parseInput(SetCriterionActiveSchema, raw);
  const row = await db.verdictCriterion.findUnique({ where: { id: input.criterionId }, select: { id: true, provinceId: true, isActive: true } });
  if (!row) throw notFound();
  await requireProvince(actor, row.provinceId);
  return db.$transaction(async (tx) => {
    await tx.verdictCriterion.update({ where: { id: row.id }, data: { isActive: input.isActive } });
    await writeAudit(tx, auditActor(actor), { action: "verdict.criterion.active", entity: "VerdictCriterion", entityId: row.id, unitId: row.provinceId, before: { isActive: row.isActive }, after: { isActive: input.isActive } });
    return { id: row.id, isActive: input.isActive };
  });
}
