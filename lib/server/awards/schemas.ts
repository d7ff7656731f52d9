import { z } from "zod";
import { viCountField, viNumberField } from "@/lib/contracts/vi-number";
import { reviews as s } from "@/lib/i18n/vi/reviews";

const Id = z.uuid("Mã không hợp lệ.");
const text = (max: number) =>
  z
    .string()
    .max(max, `Tối đa ${max} ký tự.`)
    .transform((s) => s.normalize("NFC").replace(/[\u200B-\u200D\uFEFF]/g, "").trim());

export const SaveRoundSchema = z.object({
  /** The province whose round it is (checked against the actor's subtree). */
  provinceId: Id,
  year: z.number().int().min(2000).max(2100),
  collectiveQuota: viCountField(s.collectiveQuota, 100),
  individualQuota: viCountField(s.individualQuota, 100),
  leaderMaxPercent: viNumberField({ label: s.leaderMaxPercent, decimals: false, max: 100 }),
  priorityNotes: text(5_000),
});

export const AddNominationSchema = z.object({
  roundId: Id,
  /** The nominating unit (the actor's own unit, or a unit below it). */
  unitId: Id,
  kind: z.enum(["COLLECTIVE", "INDIVIDUAL"]),
  name: text(200).pipe(z.string().min(2, "Vui lòng nhập tên tập thể/cá nhân.")),
  position: text(200).optional(),
  isLeader: z.boolean().default(false),
  achievements: text(10_000),
});

export const NominationIdSchema = z.object({ nominationId: Id });

export const UploadNominationFileSchema = z.object({
  nominationId: Id,
  file: z.enum(["PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT"]),
  fileName: text(200).pipe(z.string().min(1, "Thiếu tên tệp.")),
  mimeType: z.string().max(100),
  dataBase64: z.string().min(1, "Tệp rỗng.").max(7_000_000, "Tệp quá lớn (tối đa 5 MB)."),
});

export const SubmitNominationsSchema = z.object({ roundId: Id, unitId: Id });

/** The province approves a submitted nomination, or does not with a reason. */
export const DecideNominationSchema = z
  .object({ nominationId: Id, decision: z.enum(["APPROVE", "REJECT"]), reason: text(1000).optional() })
  .refine((v) => v.decision === "APPROVE" || (v.reason ?? "").length >= 3, { path: ["reason"], message: "Phải nêu lý do không đề nghị khen thưởng." });

export type SaveRoundInput = z.input<typeof SaveRoundSchema>;
export type AddNominationInput = z.input<typeof AddNominationSchema>;
export type SubmitNominationsInput = z.input<typeof SubmitNominationsSchema>;
export type UploadNominationFileInput = z.input<typeof UploadNominationFileSchema>;
export type DecideNominationInput = z.input<typeof DecideNominationSchema>;
