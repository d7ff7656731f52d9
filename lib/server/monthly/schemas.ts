import { z } from "zod";
import { parseDay } from "@/lib/format";
import { fromDbDay } from "@/lib/domain/vn-date";
import { viOptionalNumberField } from "@/lib/contracts/vi-number";

const Id = z.uuid("Mã không hợp lệ.");
const Year = z.number().int().min(2000).max(2100);
const Month = z.number().int().min(1).max(12);
const Reason = z.string().trim().min(1, "Phải nêu lý do.").max(1000, "Tối đa 1000 ký tự.");

export const MonthlyValueInputSchema = z.object({
  indicatorId: Id,
  // Any JSON number passes here; `validateCount` (lib/domain) then refuses a fraction, a negative or a value
  // too large with a message naming the indicator, and nothing is saved (issue #13 case 1).
  num: z.number({ error: "Phải là số nguyên không âm." }).nullable().optional(),
  bool: z.boolean().nullable().optional(),
  text: z.string().max(4000, "Tối đa 4000 ký tự.").nullable().optional(),
  comment: z.string().trim().max(1000, "Ghi chú tối đa 1000 ký tự.").nullable().optional(),
});

export const SaveMonthlySchema = z.object({
  communeId: Id,
  year: Year,
  month: Month,
  /** The report version the form was loaded with (0 = no report yet). */
  version: z.number().int().min(0),
  values: z.array(MonthlyValueInputSchema).max(500),
  submit: z.boolean().default(false),
});

export const ReviewMonthlySchema = z.object({ reportId: Id, version: z.number().int().min(1) });
/**
 * The last day the commune may correct a returned or unlocked month ("yyyy-MM-dd" or dd/MM/yyyy, a Vietnam
 * day); absent or "" = the default (today + 5, lib/domain/entry-window.ts). Output: 00:00 VN of that day.
 */
const CorrectUntil = z
  .string()
  .trim()
  .refine((v) => v === "" || parseDay(v) !== null, "Ngày không hợp lệ.")
  .transform((v) => (v === "" ? undefined : fromDbDay(parseDay(v)!)))
  .optional();
export const ReturnMonthlySchema = ReviewMonthlySchema.extend({ reason: Reason, correctUntil: CorrectUntil });
export const UnlockMonthlySchema = z.object({ reportId: Id, reason: Reason, correctUntil: CorrectUntil });
export const BulkAcceptSchema = z.object({ reportIds: z.array(Id).min(1).max(2000) });
export const GrantEntryUnlockSchema = z.object({ communeId: Id, year: Year, month: Month, reason: Reason, days: z.number().int().min(1).max(31).default(7) });

export const SubmitDistrictReportSchema = z.object({
  unitId: Id,
  year: Year,
  month: Month,
  version: z.number().int().min(0),
  narrative: z.string().trim().min(1, "Vui lòng nhập nội dung báo cáo.").max(20000),
});
export const ReviewDistrictReportSchema = z.object({ reportId: Id, version: z.number().int().min(1), reason: z.string().trim().max(1000).optional() });

export const ImportMonthlySchema = z.object({
  communeId: Id,
  year: Year,
  month: Month,
  version: z.number().int().min(0),
  /** The .xlsx file, base64. */
  fileBase64: z.string().min(1).max(8_000_000),
});

export const EditIndicatorSchema = z.object({
  indicatorId: Id,
  /** First month (yyyymm) the new definition applies to: must be after the current month. */
  fromPeriod: z.number().int().min(200001).max(210012),
  name: z.string().trim().min(3, "Tên chỉ tiêu quá ngắn.").max(300),
  unitLabel: z.string().trim().max(50),
  targetValue: viOptionalNumberField({ label: "Mục tiêu" }),
  isRequired: z.boolean(),
  lowerIsBetter: z.boolean(),
});

export type MonthlyValueInput = z.infer<typeof MonthlyValueInputSchema>;
export type SaveMonthlyInput = z.infer<typeof SaveMonthlySchema>;
export type EditIndicatorInput = z.infer<typeof EditIndicatorSchema>;
