import { z } from "zod";
import { Id, boundedInt, viText } from "@/lib/contracts/primitives";
import { viCountField, viNumberField } from "@/lib/contracts/vi-number";
import { reviews as text } from "@/lib/i18n/vi/reviews";


export const SaveRoundSchema = z.object({
  /** The province whose round it is (checked against the actor's subtree). */
  provinceId: Id,
  year: boundedInt(2000, 2100),
  collectiveQuota: viCountField(text.collectiveQuota, 100),
  individualQuota: viCountField(text.individualQuota, 100),
  leaderMaxPercent: viNumberField({ label: text.leaderMaxPercent, decimals: false, max: 100 }),
  priorityNotes: viText(5_000),
});

export const AddNominationSchema = z.object({
  roundId: Id,
  /** The nominating unit (the actor's own unit, or a unit below it). */
  unitId: Id,
  kind: z.enum(["COLLECTIVE", "INDIVIDUAL"]),
  name: viText(200).pipe(z.string().min(2, "Vui lòng nhập tên tập thể/cá nhân.")),
  position: viText(200).optional(),
  isLeader: z.boolean().default(false),
  achievements: viText(10_000),
});

export const NominationIdSchema = z.object({ nominationId: Id });

/** Which of the three files (seed 003 mục III.4) and whose; the file itself passes the upload policy. */
export const UploadNominationFileSchema = z.object({
  nominationId: Id,
  kind: z.enum(["PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT"]),
});

export const SubmitNominationsSchema = z.object({ roundId: Id, unitId: Id });

/** The province approves a submitted nomination, or does not with a reason. */
export const DecideNominationSchema = z
  .object({ nominationId: Id, decision: z.enum(["APPROVE", "REJECT"]), reason: viText(1000).optional() })
  .refine((v) => v.decision === "APPROVE" || (v.reason ?? "").length >= 3, { path: ["reason"], message: "Phải nêu lý do không đề nghị khen thưởng." });

export type SaveRoundInput = z.input<typeof SaveRoundSchema>;
export type AddNominationInput = z.input<typeof AddNominationSchema>;
export type SubmitNominationsInput = z.input<typeof SubmitNominationsSchema>;
export type UploadNominationFileInput = z.input<typeof UploadNominationFileSchema> & { file: { name: string; bytes: Uint8Array } };
export type DecideNominationInput = z.input<typeof DecideNominationSchema>;
