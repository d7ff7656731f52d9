import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { CorrectUntil, Reason, ReviewOutcome } from "./review-fields";

export const UnlockMonthlySchema = z.object({ reportId: Id, reason: Reason, correctUntil: CorrectUntil });

export const unlockMonthlyReportContract = defineContract({
  summary: "Reopens an accepted monthly report for correction, with a reason and a deadline.",
  permission: "entry.unlock",
  input: UnlockMonthlySchema,
  output: ReviewOutcome,
});
