import { z } from "zod";
import { DayString } from "@/lib/server/programme/schemas";
import { HotspotTypeSchema } from "@/lib/server/proposals/schemas";
import { vi } from "@/lib/i18n/vi";

const s = vi.programme.approval;
const text = (max: number) => z.string().transform((v) => v.normalize("NFC").trim()).pipe(z.string().max(max));
const required = (max: number, msg = "Vui lòng nhập thông tin này.") => text(max).pipe(z.string().min(1, msg).max(max));

export const ApproveProposalSchema = z.object({ proposalId: z.uuid(), version: z.number().int() });
export const RejectProposalSchema = z.object({ proposalId: z.uuid(), version: z.number().int(), reason: required(1000, s.reasonRequired) });
export const ProvinceAddSchema = z.object({
  programmeId: z.uuid(),
  communeId: z.uuid(vi.programme.proposals.notCommune),
  hotspotTypes: z.array(HotspotTypeSchema).min(1, vi.programme.proposals.typesRequired).max(4),
  justification: required(4000, s.reasonRequired),
});

const decisionBase = {
  programmeId: z.uuid(),
  number: required(50),
  date: DayString,
  signatoryName: required(100),
  note: text(2000).optional(),
};
export const IssueDecisionSchema = z.object({
  ...decisionBase,
  /** The secretariat confirmed issuing before the proposal deadline or while districts have not proposed. */
  confirmEarly: z.boolean().default(false),
});
export const AmendDecisionSchema = z.object({
  ...decisionBase,
  /** Approved proposals not yet on the list, to add. */
  addProposalIds: z.array(z.uuid()).max(200).default([]),
  /** Selections to take off the list. */
  removeSelectionIds: z.array(z.uuid()).max(200).default([]),
  reason: required(2000, s.reasonRequired),
});

/** As sent (confirmEarly may be left out: false). */
export type IssueDecisionInput = z.input<typeof IssueDecisionSchema>;
export type AmendDecisionInput = z.infer<typeof AmendDecisionSchema>;
export type ProvinceAddInput = z.infer<typeof ProvinceAddSchema>;
