import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { boundedInt, Id, Month, Year } from "@/lib/contracts/primitives";
import { Reason } from "./review-fields";

export const GrantEntryUnlockSchema = z.object({
  communeId: Id,
  year: Year,
  month: Month,
  reason: Reason,
  days: boundedInt(1, 31).default(7),
});

export const grantEntryUnlockContract = defineContract({
  summary: "Lets a commune enter a month whose entry window has closed, for a number of days.",
  permission: "entry.unlock",
  input: GrantEntryUnlockSchema,
  output: z.object({ id: z.string(), until: z.date(), message: z.string() }),
});
