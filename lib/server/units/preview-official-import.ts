import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import type { OfficialImportInput } from "@/lib/contracts/units/import-official-province";
import { requireRoot, loadPlan, diffPlan, type ImportPreview } from "./official-import-plan";

/**
 * Preview of adding a province of the official list (issue #11 §2): counts by kind (xã, phường, đặc khu), the
 * generated committee names, the source rows skipped as defects, and what confirming would create or rename.
 * Writes nothing. Refuses: an actor not at the national root ("unit.import" and the root in its subtree).
 */
export async function previewOfficialImport(actor: Actor, input: OfficialImportInput): Promise<ImportPreview> {
  assertCan(actor, "unit.import");
  const root = await requireRoot(db, actor);
  const plan = loadPlan(input);
  const { changes } = await diffPlan(db, root.id, root.lineage, plan);
  return {
    provinceCode: plan.province.code,
    provinceName: plan.province.name,
    withHistory: input.withHistory,
    communesByKind: plan.communesByKind,
    communes: plan.communes.length,
    formerDistricts: plan.formerDistricts.length,
    formerCommunes: plan.formerCommunes.length,
    successions: plan.successions.length,
    committeeNames: [plan.province, ...plan.communes].map((u) => u.committeeName),
    defects: plan.defects,
    changes,
  };
}
