import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, idWith, requiredText } from "@/lib/contracts/primitives";
import { HotspotTypeSchema, WithMessage } from "@/lib/contracts/outputs";
import { vi } from "@/lib/i18n/vi";

export const ProvinceAddSchema = z.object({
  programmeId: Id,
  communeId: idWith(vi.programme.proposals.notCommune),
  hotspotTypes: z.array(HotspotTypeSchema).min(1, vi.programme.proposals.typesRequired).max(4),
  justification: requiredText(4000, vi.programme.approval.reasonRequired),
});
export type ProvinceAddInput = z.infer<typeof ProvinceAddSchema>;

export const provinceAddContract = defineContract({
  summary: "The province adds a commune no district proposed, approved at once with its justification.",
  permission: "proposal.decide",
  input: ProvinceAddSchema,
  output: WithMessage.extend({ warnings: z.array(z.string()) }),
});
