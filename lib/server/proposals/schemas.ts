import { z } from "zod";
import { viOptionalNumberField } from "@/lib/contracts/vi-number";
import { vi } from "@/lib/i18n/vi";

const s = vi.programme.proposals;
export const HotspotTypeSchema = z.enum(["TYPE_1", "TYPE_2", "TYPE_3", "TYPE_4"]);
const Types = z.array(HotspotTypeSchema).min(1, s.typesRequired).max(4).transform((t) => [...new Set(t)].sort() as typeof t);
const text = (max: number) => z.string().transform((v) => v.normalize("NFC").replace(/[\u200B-\u200D\uFEFF]/g, "").trim()).pipe(z.string().max(max));
const Code = z.string().regex(/^[A-Z0-9_]{1,40}$/);

export const CreateProposalSchema = z.object({
  programmeId: z.uuid(),
  communeId: z.uuid(s.notCommune),
  hotspotTypes: Types,
  justification: text(4000).default(""),
});

export const UpdateProposalSchema = z.object({
  proposalId: z.uuid(),
  version: z.number().int(),
  hotspotTypes: Types,
  justification: text(4000),
  /** COUNT criteria: code → count (null = not given). */
  figures: z.record(Code, viOptionalNumberField({ label: "Số liệu", decimals: false, max: 1_000_000 })),
  /** "Khác" items: code → yes/no with a note. */
  otherItems: z.record(Code, z.object({ present: z.boolean(), note: text(500).optional() })),
});

export const ProposalIdSchema = z.object({ proposalId: z.uuid(), version: z.number().int() });
export const AttachmentIdSchema = z.object({ attachmentId: z.uuid() });

export type CreateProposalInput = z.infer<typeof CreateProposalSchema>;
export type UpdateProposalInput = z.infer<typeof UpdateProposalSchema>;
export type UpdateProposalValues = z.input<typeof UpdateProposalSchema>;

/** Attachments (survey reports): size limit and the types a committee sends. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};
