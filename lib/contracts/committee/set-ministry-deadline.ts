import { z } from "zod";
import { boundedInt, Version } from "@/lib/contracts/primitives";
import { DayString } from "@/lib/server/programme/schemas";

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
