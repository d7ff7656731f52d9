import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { boundedInt, DayString, Version } from "@/lib/contracts/primitives";

/**
 * Issue #18 §5: the national administrator records the ministry's deadline for the provinces' year-end reports of
 * `year` (the last allowed day); `version` 0 when the year has none yet (the default applies). Client-safe.
 */
export const SetMinistryDeadlineSchema = z.object({
  year: boundedInt(2000, 2200),
  deadline: DayString,
  version: Version,
});
export type SetMinistryDeadlineInput = z.infer<typeof SetMinistryDeadlineSchema>;

export const setMinistryDeadlineContract = defineContract({
  summary: "Sets the last day for the provinces' year-end reports to the ministry of a year (national administrator).",
  permission: "ministry-deadline.manage",
  input: SetMinistryDeadlineSchema,
  output: z.object({ year: z.number().int(), version: z.number().int() }),
});
