import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, idWith, viText } from "@/lib/contracts/primitives";
import { DomainMessageSchema } from "@/lib/contracts/outputs";
import { vi } from "@/lib/i18n/vi";
import { HotspotTypes } from "./proposal-fields";

export const CreateProposalSchema = z.object({
  programmeId: Id,
  communeId: idWith(vi.programme.proposals.notCommune),
  hotspotTypes: HotspotTypes,
  justification: viText(4000).default(""),
});
export type CreateProposalInput = z.infer<typeof CreateProposalSchema>;

export const createProposalContract = defineContract({
  summary: "A district proposes a commune of its own for the year, figures prefilled from the monthly reports.",
  permission: "proposal.create",
  input: CreateProposalSchema,
  output: z.object({ id: z.string(), warnings: z.array(DomainMessageSchema), prefilled: z.number() }),
});
