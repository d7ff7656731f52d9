import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, viText } from "@/lib/contracts/primitives";
import { WithStatus } from "@/lib/contracts/outputs";

/** The province approves a submitted nomination, or does not with a reason. */
export const DecideNominationSchema = z
  .object({ nominationId: Id, decision: z.enum(["APPROVE", "REJECT"]), reason: viText(1000).optional() })
  .refine((v) => v.decision === "APPROVE" || (v.reason ?? "").length >= 3, {
    path: ["reason"],
    message: "Phải nêu lý do không đề nghị khen thưởng.",
  });
export type DecideNominationInput = z.input<typeof DecideNominationSchema>;

export const decideNominationContract = defineContract({
  summary: "The province approves a submitted nomination, or does not with a reason.",
  permission: "award.manage",
  input: DecideNominationSchema,
  output: WithStatus,
});
