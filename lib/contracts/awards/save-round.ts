import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Year, viText } from "@/lib/contracts/primitives";
import { viCountField, viNumberField } from "@/lib/contracts/vi-number";
import { Ref } from "@/lib/contracts/outputs";
import { reviews as text } from "@/lib/i18n/vi/reviews";

export const SaveRoundSchema = z.object({
  /** The province whose round it is (checked against the actor's subtree). */
  provinceId: Id,
  year: Year,
  collectiveQuota: viCountField(text.collectiveQuota, 100),
  individualQuota: viCountField(text.individualQuota, 100),
  leaderMaxPercent: viNumberField({ label: text.leaderMaxPercent, decimals: false, max: 100 }),
  priorityNotes: viText(5_000),
});
export type SaveRoundInput = z.input<typeof SaveRoundSchema>;

export const saveRoundContract = defineContract({
  summary: "Opens or updates the province's emulation round of a year: quotas, leaders' share, priorities.",
  permission: "award.manage",
  input: SaveRoundSchema,
  output: Ref,
});
