import "server-only";
import { randomUUID } from "node:crypto";
import { type db, type Tx } from "@/lib/db";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { planProvinceImport, type PlannedUnit, type ProvincePlan } from "@/lib/domain/official-province-plan";
import { validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { officialSource } from "@/lib/server/units/official-source";
import type { OfficialImportInput } from "@/lib/contracts/units/import-official-province";

type Existing = { id: string; code: string; name: string; level: string; parentId: string | null; lineage: string[] };

/** What applying a plan changes (or changed): units to create, names to update, codes in the way, links to add. */
export interface ImportChanges {
  created: { code: string; name: string; level: string }[];
  renamed: { code: string; from: string; to: string }[];
  /** Planned units whose code is already used elsewhere in the tree: skipped, with their former communes. */
  conflicts: { code: string; name: string; message: string }[];
  successionsAdded: number;
  unchanged: number;
}

export const dbDay = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : undefined);

/** The national root, which must be in the actor's subtree (system administrators at the root only). */
export async function requireRoot(client: Tx | typeof db, actor: Actor) {
  const root = await client.unit.findFirst({
    where: { level: "NATION", parentId: null, ...unitScope(actor) },
    select: { id: true, lineage: true },
  });
  if (!root) throw validation(vi.golive.import.rootOnly);
  return root;
}

export function loadPlan(input: OfficialImportInput): ProvincePlan {
  const plan = planProvinceImport(officialSource(), input.provinceCode, input.withHistory);
  if (!plan) throw validation(vi.golive.import.unknownProvince, { provinceCode: [vi.golive.import.unknownProvince] });
  return plan;
}

/**
 * Compares a plan with the tree: which units to create (with their ids and lineage already decided, parents
 * first), which names to update, which codes are taken by a unit elsewhere (another parent or level: skipped,
 * with everything planned below them), and which succession links are missing. Never deletes anything.
 */
export async function diffPlan(client: Tx | typeof db, rootId: string, rootLineage: string[], plan: ProvincePlan) {
  const planned = [plan.province, ...plan.communes, ...plan.formerDistricts, ...plan.formerCommunes];
  const rows: Existing[] = await client.unit.findMany({
    where: { code: { in: planned.map((u) => u.code) } },
    select: { id: true, code: true, name: true, level: true, parentId: true, lineage: true },
  });
  const existing = new Map(rows.map((u) => [u.code, u]));
  const placed = new Map<string, { id: string; lineage: string[] }>();
  const changes: ImportChanges = { created: [], renamed: [], conflicts: [], successionsAdded: 0, unchanged: 0 };
  const toCreate: (PlannedUnit & { id: string; lineage: string[] })[] = [];
  const renames: { id: string; name: string }[] = [];
  for (const unit of planned) {
    const parent = unit.parentCode === null ? { id: rootId, lineage: rootLineage } : placed.get(unit.parentCode);
    if (!parent) continue; // its parent was a conflict: listed there
    const found = existing.get(unit.code);
    if (!found) {
      const id = randomUUID();
      const lineage = [...parent.lineage, id];
      toCreate.push({ ...unit, id, lineage });
      placed.set(unit.code, { id, lineage });
      changes.created.push({ code: unit.code, name: unit.name, level: unit.level });
    } else if (found.parentId !== parent.id || found.level !== unit.level) {
      changes.conflicts.push({
        code: unit.code,
        name: unit.name,
        message: t(vi.golive.import.codeTaken, { code: unit.code, name: found.name }),
      });
    } else {
      placed.set(unit.code, { id: found.id, lineage: found.lineage });
      if (found.name !== unit.name) {
        renames.push({ id: found.id, name: unit.name });
        changes.renamed.push({ code: unit.code, from: found.name, to: unit.name });
      } else changes.unchanged++;
    }
  }
  const links = plan.successions
    .filter((s) => placed.has(s.fromCode) && placed.has(s.toCode))
    .map((s) => ({ fromUnitId: placed.get(s.fromCode)!.id, toUnitId: placed.get(s.toCode)!.id }));
  const fromIds = [...new Set(links.map((l) => l.fromUnitId))];
  const have = await client.unitSuccession.findMany({
    where: { fromUnitId: { in: fromIds } },
    select: { fromUnitId: true, toUnitId: true },
  });
  const haveKeys = new Set(have.map((l) => `${l.fromUnitId}>${l.toUnitId}`));
  const newLinks = links.filter((l) => !haveKeys.has(`${l.fromUnitId}>${l.toUnitId}`));
  changes.successionsAdded = newLinks.length;
  return { changes, toCreate, renames, newLinks, provinceId: placed.get(plan.province.code)?.id ?? null };
}

/** What the preview shows: the plan's figures, the source's defects, and what confirming would change. */
export interface ImportPreview {
  provinceCode: string;
  provinceName: string;
  withHistory: boolean;
  communesByKind: ProvincePlan["communesByKind"];
  communes: number;
  formerDistricts: number;
  formerCommunes: number;
  successions: number;
  committeeNames: string[];
  defects: ProvincePlan["defects"];
  changes: ImportChanges;
}
