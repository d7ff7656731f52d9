import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, IsoDay, viText } from "@/lib/contracts/primitives";
import { VerdictSchema } from "@/lib/contracts/outputs";
import { vi } from "@/lib/i18n/vi";

export const AmendVerdictSchema = z.object({
  verdictId: Id,
  verdict: VerdictSchema,
  decisionNumber: viText(50).pipe(z.string().min(1, "Vui lòng nhập số quyết định.")),
  decisionDate: IsoDay,
  justification: viText(5_000).pipe(z.string().min(1, vi.reviews.reasonRequired)),
});
export type AmendVerdictInput = z.input<typeof AmendVerdictSchema>;

export const amendVerdictContract = defineContract({
  summary: "Amends an issued verdict by a new decision that replaces it (the former stays, linked).",
  permission: "verdict.issue",
  input: AmendVerdictSchema,
  output: z.object({ id: z.string(), verdict: VerdictSchema, consequence: z.string() }),
});
