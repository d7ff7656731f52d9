import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, viText } from "@/lib/contracts/primitives";
import { UnitKindSchema, UnitLevelSchema } from "@/lib/contracts/outputs";

/**
 * A unit search from a picker: the typed text (any case, marks, Unicode form), optional levels, whether
 * former units (ceased before today) are included, the page (20 results each) and an optional unit to search under.
 */
export const UnitSearchSchema = z.object({
  q: viText(100, { min: 1, minMessage: "Nhập tên hoặc mã đơn vị.", maxMessage: "Tối đa 100 ký tự." }),
  levels: z.array(UnitLevelSchema).max(4).optional(),
  includeFormer: z.boolean().optional(),
  page: z.number().int().min(0).max(500).optional(),
  /** Search below this unit only (it must be in the actor's subtree, else "not found"). */
  underUnitId: Id.optional(),
});
export type UnitSearchInput = z.infer<typeof UnitSearchSchema>;

/** One unit found (lib/server/units/search-units.ts). */
export const UnitHitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: UnitLevelSchema,
  kind: UnitKindSchema,
  validTo: z.date().nullable(),
  parentName: z.string().nullable(),
});
export type UnitHit = z.infer<typeof UnitHitSchema>;

export const searchUnitsContract = defineContract({
  summary: "Searches units of the actor's subtree by name or code (accent-insensitive), 20 per page.",
  permission: "unit.view",
  input: UnitSearchSchema,
  output: z.object({ items: z.array(UnitHitSchema), hasMore: z.boolean() }),
});
