import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Month, Version, Year } from "@/lib/contracts/primitives";
import { UPLOAD_POLICIES } from "@/lib/uploads/document-types";
import { SaveResultSchema } from "./review-fields";

export const ImportMonthlySchema = z.object({
  communeId: Id,
  year: Year,
  month: Month,
  version: Version,
  /** The .xlsx file, base64 (the file itself: UPLOAD_POLICIES.monthlyWorkbook, checked by the use case). */
  fileBase64: z
    .string()
    .min(1)
    .max(Math.ceil((UPLOAD_POLICIES.monthlyWorkbook.maxBytes * 4) / 3) + 4, "Tệp quá lớn."),
});

export const importMonthlyWorkbookContract = defineContract({
  summary: "Saves a commune's month from the filled-in Excel template, as the entry form would.",
  permission: "monthly.enter",
  input: ImportMonthlySchema,
  output: SaveResultSchema.extend({ rows: z.number() }),
});
