import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { WithStatus } from "@/lib/contracts/outputs";

/** The ministry receives a province's report or returns it with a reason. */
export const DecideProvinceReportSchema = z.object({
  reportId: Id,
  version: Version,
  decision: z.enum(["RECEIVE", "RETURN"]),
  reason: viText(2000).optional(),
});
export type DecideProvinceReportInput = z.infer<typeof DecideProvinceReportSchema>;

export const decideProvinceReportContract = defineContract({
  summary: "The ministry's office receives a province's year-end report, or returns it with a reason.",
  permission: "ministry.receive",
  input: DecideProvinceReportSchema,
  output: WithStatus,
});
