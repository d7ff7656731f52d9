import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { ExistingVersion, Id } from "@/lib/contracts/primitives";

export const ReviewMonthlySchema = z.object({ reportId: Id, version: ExistingVersion });

export const acceptMonthlyReportContract = defineContract({
  summary: "Accepts (tiếp nhận) a submitted monthly report; its values join the pre-summed totals.",
  permission: "monthly.review",
  input: ReviewMonthlySchema,
  output: z.object({ id: z.string(), status: z.literal("ACCEPTED"), version: z.number() }),
});
