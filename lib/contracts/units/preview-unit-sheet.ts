import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { SheetUploadSchema } from "@/lib/contracts/sheet-upload";
import { UnitKindSchema } from "@/lib/contracts/outputs";

export const previewUnitSheetContract = defineContract({
  summary: "Reads a sheet of units and lists what applying it would create or update, and every row's errors.",
  permission: "unit.manage",
  input: SheetUploadSchema,
  output: z.object({
    units: z.array(
      z.object({
        row: z.number(),
        code: z.string(),
        name: z.string(),
        level: z.enum(["PROVINCE", "DISTRICT", "COMMUNE"]),
        kind: UnitKindSchema,
        parentCode: z.string().nullable(),
        validFrom: z.string().nullable(),
        validTo: z.string().nullable(),
        action: z.enum(["create", "update", "same"]),
      }),
    ),
    errors: z.array(z.object({ row: z.number(), message: z.string() })),
  }),
});
