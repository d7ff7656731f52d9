import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";

/** A province of the official list: its two-digit code, and whether to bring the former units too. */
export const OfficialImportSchema = z.object({
  provinceCode: z.string().regex(/^\d{2}$/, "Mã tỉnh gồm 2 chữ số."),
  withHistory: z.boolean(),
});
export type OfficialImportInput = z.infer<typeof OfficialImportSchema>;

/** What an import changed (lib/server/units/import-official-province.ts). */
export const ImportChangesSchema = z.object({
  created: z.array(z.object({ code: z.string(), name: z.string(), level: z.string() })),
  renamed: z.array(z.object({ code: z.string(), from: z.string(), to: z.string() })),
  /** Planned units whose code is already used elsewhere in the tree: skipped, with their former communes. */
  conflicts: z.array(z.object({ code: z.string(), name: z.string(), message: z.string() })),
  successionsAdded: z.number(),
  unchanged: z.number(),
});
export type ImportChanges = z.infer<typeof ImportChangesSchema>;

export const importOfficialProvinceContract = defineContract({
  summary: "Brings a province's units (and optionally its former ones, with successions) from the official list.",
  permission: "unit.import",
  input: OfficialImportSchema,
  output: z.object({ provinceId: z.string(), changes: ImportChangesSchema, defects: z.number() }),
});
