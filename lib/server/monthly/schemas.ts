import { z } from "zod";
import { UPLOAD_POLICIES } from "@/lib/uploads/document-types";
import { Id, Version, boundedInt, requiredText, viText } from "@/lib/contracts/primitives";
import { parseDay } from "@/lib/format";
import { fromDbDay } from "@/lib/domain/vn-date";
import { viOptionalNumberField } from "@/lib/contracts/vi-number";

const Year = boundedInt(2000, 2100);
const Month = boundedInt(1, 12);
const Reason = requiredText(1000, "Phải nêu lý do.");

export const MonthlyValueInputSchema = z.object({
  indicatorId: Id,
  // Any JSON number passes here; `validateCount` (lib/domain) then refuses a fraction, a negative or a value
  // too large with a message naming the indicator, and nothing is saved (issue #13 case 1).
  num: z.number({ error: "Phải là số nguyên không âm." }).nullable().optional(),
  bool: z.boolean().nullable().optional(),
  text: viText(4000, { keepSpaces: true }).nullable().optional(),
  comment: viText(1000, { maxMessage: "Ghi chú tối đa 1000 ký tự." }).nullable().optional(),
});

export const SaveMonthlySchema = z.object({
  communeId: Id,
  year: Year,
  month: Month,
  /** The report version the form was loaded with (0 = no report yet). */
  version: Version,
  values: z.array(MonthlyValueInputSchema).max(500),
  submit: z.boolean().default(false),
});

export const ReviewMonthlySchema = z.object({ reportId: Id, version: Version.min(1) });
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
export const GrantEntryUnlockSchema = z.object({ communeId: Id, year: Year, month: Month, reason: Reason, days: boundedInt(1, 31).default(7) });

export const SubmitDistrictReportSchema = z.object({
  unitId: Id,
  year: Year,
  month: Month,
  version: Version,
  narrative: requiredText(20000, "Vui lòng nhập nội dung báo cáo."),
});
export const ReviewDistrictReportSchema = z.object({ reportId: Id, version: Version.min(1), reason: viText(1000).optional() });

export const ImportMonthlySchema = z.object({
  communeId: Id,
  year: Year,
  month: Month,
  version: Version,
  /** The .xlsx file, base64 (the file itself: UPLOAD_POLICIES.monthlyWorkbook, checked by the use case). */
  fileBase64: z.string().min(1).max(Math.ceil((UPLOAD_POLICIES.monthlyWorkbook.maxBytes * 4) / 3) + 4, "Tệp quá lớn."),
});

export const EditIndicatorSchema = z.object({
  indicatorId: Id,
  /** First month (yyyymm) the new definition applies to: must be after the current month. */
  fromPeriod: boundedInt(200001, 210012),
  name: viText(300, { min: 3, minMessage: "Tên chỉ tiêu quá ngắn." }),
  unitLabel: viText(50),
  targetValue: viOptionalNumberField({ label: "Mục tiêu" }),
  isRequired: z.boolean(),
  lowerIsBetter: z.boolean(),
});

export type MonthlyValueInput = z.infer<typeof MonthlyValueInputSchema>;
export type SaveMonthlyInput = z.infer<typeof SaveMonthlySchema>;
export type EditIndicatorInput = z.infer<typeof EditIndicatorSchema>;
