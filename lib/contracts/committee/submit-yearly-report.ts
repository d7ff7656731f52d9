import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { boundedInt, requiredText } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";

/** Issue #18 §3: the reporter's (its agency's or committee's) yearly result report of a programme year. */
export const SubmitYearlyReportSchema = z.object({ year: boundedInt(2000, 2200), narrative: requiredText(20_000) });
export type SubmitYearlyReportInput = z.infer<typeof SubmitYearlyReportSchema>;

export const submitYearlyReportContract = defineContract({
  summary: "An agency or district committee submits its yearly result report to the standing office.",
  permission: "yearly-report.submit",
  input: SubmitYearlyReportSchema,
  output: Ref,
});
