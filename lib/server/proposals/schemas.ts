import { z } from "zod";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { viOptionalNumberField } from "@/lib/contracts/vi-number";
import { vi } from "@/lib/i18n/vi";

const text = vi.programme.proposals;
export const HotspotTypeSchema = z.enum(["TYPE_1", "TYPE_2", "TYPE_3", "TYPE_4"]);
const Types = z.array(HotspotTypeSchema).min(1, text.typesRequired).max(4).transform((t) => [...new Set(t)].sort() as typeof t);
const Code = z.string().regex(/^[A-Z0-9_]{1,40}$/);

export const CreateProposalSchema = z.object({
  programmeId: Id,
  communeId: z.uuid(text.notCommune),
  hotspotTypes: Types,
  justification: viText(4000).default(""),
});

export const UpdateProposalSchema = z.object({
  proposalId: Id,
  version: Version,
  hotspotTypes: Types,
  justification: viText(4000),
  /** COUNT criteria: code → count (null = not given). */
  figures: z.record(Code, viOptionalNumberField({ label: "Số liệu", decimals: false, max: 1_000_000 })),
  /** "Khác" items: code → yes/no with a note. */
  otherItems: z.record(Code, z.object({ present: z.boolean(), note: viText(500).optional() })),
});

export const ProposalIdSchema = z.object({ proposalId: Id, version: Version });
export const AttachmentIdSchema = z.object({ attachmentId: Id });

export type CreateProposalInput = z.infer<typeof CreateProposalSchema>;
export type UpdateProposalInput = z.infer<typeof UpdateProposalSchema>;
export type UpdateProposalValues = z.input<typeof UpdateProposalSchema>;
