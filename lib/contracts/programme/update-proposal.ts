import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Version, viText } from "@/lib/contracts/primitives";
import { viOptionalNumberField } from "@/lib/contracts/vi-number";
import { CriterionCode, HotspotTypes } from "./proposal-fields";
import { ProgrammeRef } from "./programme-fields";

export const UpdateProposalSchema = z.object({
  proposalId: Id,
  version: Version,
  hotspotTypes: HotspotTypes,
  justification: viText(4000),
  /** COUNT criteria: code → count (null = not given). */
  figures: z.record(CriterionCode, viOptionalNumberField({ label: "Số liệu", decimals: false, max: 1_000_000 })),
  /** "Khác" items: code → yes/no with a note. */
  otherItems: z.record(CriterionCode, z.object({ present: z.boolean(), note: viText(500).optional() })),
});
export type UpdateProposalInput = z.infer<typeof UpdateProposalSchema>;
export type UpdateProposalValues = z.input<typeof UpdateProposalSchema>;

export const updateProposalContract = defineContract({
  summary: "Edits a draft or returned proposal: types, justification, figures, other items.",
  permission: "proposal.create",
  input: UpdateProposalSchema,
  output: ProgrammeRef,
});
