import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Month, requiredText, Version, Year } from "@/lib/contracts/primitives";

export const SubmitDistrictReportSchema = z.object({
  unitId: Id,
  year: Year,
  month: Month,
  version: Version,
  narrative: requiredText(20000, "Vui lòng nhập nội dung báo cáo."),
});

export const submitDistrictReportContract = defineContract({
  summary: "A district submits its monthly report (narrative) to the province.",
  permission: "district-report.submit",
  input: SubmitDistrictReportSchema,
  output: z.object({
    id: z.string(),
    status: z.literal("SUBMITTED"),
    version: z.number(),
    idempotent: z.boolean().optional(),
  }),
});
