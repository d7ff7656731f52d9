import { z } from "zod";
import { Id, Version, requiredText, viText } from "@/lib/contracts/primitives";
import { DayString } from "@/lib/server/programme/schemas";
import { HotspotTypeSchema } from "@/lib/server/proposals/schemas";
import { vi } from "@/lib/i18n/vi";

const text = vi.programme.approval;

export const ApproveProposalSchema = z.object({ proposalId: Id, version: Version });
export const RejectProposalSchema = z.object({ proposalId: Id, version: Version, reason: requiredText(1000, text.reasonRequired) });
export const ProvinceAddSchema = z.object({
  programmeId: Id,
  communeId: z.uuid(vi.programme.proposals.notCommune),
  hotspotTypes: z.array(HotspotTypeSchema).min(1, vi.programme.proposals.typesRequired).max(4),
  justification: requiredText(4000, text.reasonRequired),
});

const decisionBase = {
  programmeId: Id,
  number: requiredText(50),
  date: DayString,
  signatoryName: requiredText(100),
  note: viText(2000).optional(),
};
export const IssueDecisionSchema = z.object({
  ...decisionBase,
  /** The secretariat confirmed issuing before the proposal deadline or while districts have not proposed. */
  confirmEarly: z.boolean().default(false),
});
export const AmendDecisionSchema = z.object({
  ...decisionBase,
  /** Approved proposals not yet on the list, to add. */
  addProposalIds: z.array(Id).max(200).default([]),
  /** Selections to take off the list. */
  removeSelectionIds: z.array(Id).max(200).default([]),
  reason: requiredText(2000, text.reasonRequired),
});

/** As sent (confirmEarly may be left out: false). */
export type IssueDecisionInput = z.input<typeof IssueDecisionSchema>;
export type AmendDecisionInput = z.infer<typeof AmendDecisionSchema>;
export type ProvinceAddInput = z.infer<typeof ProvinceAddSchema>;
