import { z } from "zod";
import { requiredText } from "@/lib/contracts/primitives";
import { ReviewStatusSchema } from "@/lib/contracts/outputs";
import { parseDay } from "@/lib/format";
import { fromDbDay } from "@/lib/domain/vn-date";

/** Why a month is returned or unlocked. */
export const Reason = requiredText(1000, "Phải nêu lý do.");

/**
 * The last day the commune may correct a returned or unlocked month ("yyyy-MM-dd" or dd/MM/yyyy, a Vietnam
 * day); absent or "" = the default (today + 5, lib/domain/entry-window.ts). Output: 00:00 VN of that day.
 */
export const CorrectUntil = z
  .string()
  .trim()
  .refine((v) => v === "" || parseDay(v) !== null, "Ngày không hợp lệ.")
  .transform((v) => (v === "" ? undefined : fromDbDay(parseDay(v)!)))
  .optional();

/** A review decision's result: the report, its status and version, and the sentence the page shows. */
export const ReviewOutcome = z.object({
  id: z.string(),
  status: ReviewStatusSchema,
  version: z.number(),
  message: z.string(),
});

/** What saving a month answers (lib/server/monthly/save-monthly-report.ts). */
export const SaveResultSchema = z.object({
  reportId: z.string(),
  version: z.number(),
  status: z.string(),
  warnings: z.array(z.object({ indicatorId: z.string(), code: z.string(), message: z.string() })),
  idempotent: z.boolean().optional(),
});
export type SaveResult = z.infer<typeof SaveResultSchema>;
export type SaveWarning = SaveResult["warnings"][number];
