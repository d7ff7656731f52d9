import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";

export const SubmitNominationsSchema = z.object({ roundId: Id, unitId: Id });
export type SubmitNominationsInput = z.input<typeof SubmitNominationsSchema>;

export const submitNominationsContract = defineContract({
  summary: "Submits a unit's nominations of a round to the province (each with its three files).",
  permission: "award.nominate",
  input: SubmitNominationsSchema,
  output: z.object({ submitted: z.number() }),
});
