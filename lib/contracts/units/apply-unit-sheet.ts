import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { SheetUploadSchema } from "@/lib/contracts/sheet-upload";

export const applyUnitSheetContract = defineContract({
  summary: "Applies a checked sheet of units in one transaction (created, updated, unchanged counted).",
  permission: "unit.manage",
  input: SheetUploadSchema,
  output: z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }),
});
