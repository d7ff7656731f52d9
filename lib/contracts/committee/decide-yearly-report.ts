import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { WithStatus } from "@/lib/contracts/outputs";

/** The standing office accepts, or returns with a reason (also an accepted report: undoing the acceptance). */
export const DecideYearlyReportSchema = z.object({
  reportId: Id,
  version: Version,
  decision: z.enum(["ACCEPT", "RETURN"]),
  reason: viText(2000).optional(),
});
export type DecideYearlyReportInput = z.infer<typeof DecideYearlyReportSchema>;

export const decideYearlyReportContract = defineContract({
  summary: "The standing office accepts a yearly report, or returns it with a reason.",
  permission: "yearly-report.review",
  input: DecideYearlyReportSchema,
  output: WithStatus,
});
