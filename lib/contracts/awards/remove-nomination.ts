import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { Ref } from "@/lib/contracts/outputs";

export const NominationIdSchema = z.object({ nominationId: Id });

export const removeNominationContract = defineContract({
  summary: "Removes a nomination not yet submitted.",
  permission: "award.nominate",
  input: NominationIdSchema,
  output: Ref,
});
