import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Month, Version, viText, Year } from "@/lib/contracts/primitives";
import { SaveResultSchema } from "./review-fields";

export const MonthlyValueInputSchema = z.object({
  indicatorId: Id,
  // Any JSON number passes here; `validateCount` (lib/domain) then refuses a fraction, a negative or a value
  // too large with a message naming the indicator, and nothing is saved (issue #13 case 1).
  num: z.number({ error: "Phải là số nguyên không âm." }).nullable().optional(),
  bool: z.boolean().nullable().optional(),
  text: viText(4000, { keepSpaces: true }).nullable().optional(),
  comment: viText(1000, { maxMessage: "Ghi chú tối đa 1000 ký tự." }).nullable().optional(),
});
export type MonthlyValueInput = z.infer<typeof MonthlyValueInputSchema>;

export const SaveMonthlySchema = z.object({
  communeId: Id,
  year: Year,
  month: Month,
  /** The report version the form was loaded with (0 = no report yet). */
  version: Version,
  values: z.array(MonthlyValueInputSchema).max(500),
  submit: z.boolean().default(false),
});
export type SaveMonthlyInput = z.infer<typeof SaveMonthlySchema>;

export const saveMonthlyReportContract = defineContract({
  summary: "Saves (or, with submit, submits) a commune's month of indicator values; a stale version is a conflict.",
  permission: "monthly.enter",
  input: SaveMonthlySchema,
  output: SaveResultSchema,
});
