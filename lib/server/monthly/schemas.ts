import { z } from "zod";
import { UPLOAD_POLICIES } from "@/lib/uploads/document-types";
import { Id, Version, boundedInt, requiredText, viText } from "@/lib/contracts/primitives";

const Year = boundedInt(2000, 2100);
const Month = boundedInt(1, 12);
const Reason = requiredText(1000, "Phải nêu lý do.");

export const MonthlyValueInputSchema = z.object({
  indicatorId: Id,
  num: z
    .number({ error: "Phải là số nguyên không âm." })
    .int("Phải là số nguyên không âm.")
    .min(0, "Phải là số nguyên không âm.")
    .max(1_000_000_000, "Giá trị quá lớn.")
    .nullable()
    .optional(),
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
export const ReturnMonthlySchema = ReviewMonthlySchema.extend({ reason: Reason });
export const UnlockMonthlySchema = z.object({ reportId: Id, reason: Reason });
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
  targetValue: z.number().min(0).max(1_000_000_000).nullable(),
  isRequired: z.boolean(),
  lowerIsBetter: z.boolean(),
});

export type MonthlyValueInput = z.infer<typeof MonthlyValueInputSchema>;
export type SaveMonthlyInput = z.infer<typeof SaveMonthlySchema>;
export type EditIndicatorInput = z.infer<typeof EditIndicatorSchema>;
