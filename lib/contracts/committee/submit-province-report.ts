import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { boundedInt, requiredText } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";

/** Issue #18 §5: the province's year-end report to the ministry (results; difficulties; proposals). */
export const SubmitProvinceReportSchema = z.object({
  year: boundedInt(2000, 2200),
  results: requiredText(20_000),
  difficulties: requiredText(10_000),
  proposals: requiredText(10_000),
});
export type SubmitProvinceReportInput = z.infer<typeof SubmitProvinceReportSchema>;

export const submitProvinceReportContract = defineContract({
  summary: "The province submits its year-end report to the ministry.",
  permission: "province-report.submit",
  input: SubmitProvinceReportSchema,
  output: Ref,
});
