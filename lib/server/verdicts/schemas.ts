import { z } from "zod";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { vi } from "@/lib/i18n/vi";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày không hợp lệ (dd/mm/yyyy).");
const VerdictValue = z.enum(["PASSED", "NOT_PASSED"]);

export const SaveYearEndReviewSchema = z.object({
  selectionId: Id,
  meetingDate: Day,
  newComplexity: z.boolean({ error: "Vui lòng trả lời câu hỏi về phức tạp mới." }),
  results: viText(10_000),
  shortcomings: viText(10_000),
  nextMeasures: viText(10_000),
  version: Version,
});

/** The owner of a year-end review's minutes; the file itself passes the upload policy (lib/uploads/policy.ts). */
export const UploadAttachmentSchema = z.object({ ownerId: Id });

export const ProposeVerdictSchema = z.object({
  selectionId: Id,
  level: z.enum(["DISTRICT", "SECRETARIAT"]),
  proposal: VerdictValue,
  /** Version of the verdict row loaded (0 = none yet). */
  version: Version,
});

export const SaveCriterionAnswersSchema = z.object({
  selectionId: Id,
  answers: z
    .array(z.object({ criterionId: Id, met: z.boolean().nullable(), note: viText(1_000).optional() }))
    .max(200),
});

export const IssueVerdictSchema = z
  .object({
    verdictId: Id,
    verdict: VerdictValue,
    decisionNumber: viText(50).pipe(z.string().min(1, "Vui lòng nhập số quyết định.")),
    decisionDate: Day,
    justification: viText(5_000).optional(),
    version: Version.min(1),
  });

export const AmendVerdictSchema = z.object({
  verdictId: Id,
  verdict: VerdictValue,
  decisionNumber: viText(50).pipe(z.string().min(1, "Vui lòng nhập số quyết định.")),
  decisionDate: Day,
  justification: viText(5_000).pipe(z.string().min(1, vi.reviews.reasonRequired)),
});

export const RecordRelapseSchema = z.object({
  verdictId: Id,
  date: Day,
  reason: viText(5_000).pipe(z.string().min(1, vi.reviews.reasonRequired)),
});

export type SaveYearEndReviewInput = z.input<typeof SaveYearEndReviewSchema>;
export type UploadAttachmentInput = z.input<typeof UploadAttachmentSchema> & { file: { name: string; bytes: Uint8Array } };
export type ProposeVerdictInput = z.input<typeof ProposeVerdictSchema>;
export type SaveCriterionAnswersInput = z.input<typeof SaveCriterionAnswersSchema>;
export type IssueVerdictInput = z.input<typeof IssueVerdictSchema>;
export type AmendVerdictInput = z.input<typeof AmendVerdictSchema>;
export type RecordRelapseInput = z.input<typeof RecordRelapseSchema>;
