import { z } from "zod";
import { vi } from "@/lib/i18n/vi";

const Id = z.uuid("Mã không hợp lệ.");
const text = (max: number) =>
  z
    .string()
    .max(max, `Tối đa ${max} ký tự.`)
    .transform((s) => s.normalize("NFC").replace(/[\u200B-\u200D\uFEFF]/g, "").trim());
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày không hợp lệ (dd/mm/yyyy).");
const VerdictValue = z.enum(["PASSED", "NOT_PASSED"]);

export const SaveYearEndReviewSchema = z.object({
  selectionId: Id,
  meetingDate: Day,
  newComplexity: z.boolean({ error: "Vui lòng trả lời câu hỏi về phức tạp mới." }),
  results: text(10_000),
  shortcomings: text(10_000),
  nextMeasures: text(10_000),
  version: z.number().int().min(0),
});

export const UploadAttachmentSchema = z.object({
  ownerId: Id,
  fileName: text(200).pipe(z.string().min(1, "Thiếu tên tệp.")),
  mimeType: z.string().max(100),
  /** Base64 content (the form reads the file in the browser). */
  dataBase64: z.string().min(1, "Tệp rỗng.").max(7_000_000, "Tệp quá lớn (tối đa 5 MB)."),
});

export const ProposeVerdictSchema = z.object({
  selectionId: Id,
  level: z.enum(["DISTRICT", "SECRETARIAT"]),
  proposal: VerdictValue,
  /** Version of the verdict row loaded (0 = none yet). */
  version: z.number().int().min(0),
});

export const SaveCriterionAnswersSchema = z.object({
  selectionId: Id,
  answers: z
    .array(z.object({ criterionId: Id, met: z.boolean().nullable(), note: text(1_000).optional() }))
    .max(200),
});

export const IssueVerdictSchema = z
  .object({
    verdictId: Id,
    verdict: VerdictValue,
    decisionNumber: text(50).pipe(z.string().min(1, "Vui lòng nhập số quyết định.")),
    decisionDate: Day,
    justification: text(5_000).optional(),
    version: z.number().int().min(1),
  });

export const AmendVerdictSchema = z.object({
  verdictId: Id,
  verdict: VerdictValue,
  decisionNumber: text(50).pipe(z.string().min(1, "Vui lòng nhập số quyết định.")),
  decisionDate: Day,
  justification: text(5_000).pipe(z.string().min(1, vi.reviews.reasonRequired)),
});

export const RecordRelapseSchema = z.object({
  verdictId: Id,
  date: Day,
  reason: text(5_000).pipe(z.string().min(1, vi.reviews.reasonRequired)),
});

export type SaveYearEndReviewInput = z.input<typeof SaveYearEndReviewSchema>;
export type UploadAttachmentInput = z.input<typeof UploadAttachmentSchema>;
export type ProposeVerdictInput = z.input<typeof ProposeVerdictSchema>;
export type SaveCriterionAnswersInput = z.input<typeof SaveCriterionAnswersSchema>;
export type IssueVerdictInput = z.input<typeof IssueVerdictSchema>;
export type AmendVerdictInput = z.input<typeof AmendVerdictSchema>;
export type RecordRelapseInput = z.input<typeof RecordRelapseSchema>;
