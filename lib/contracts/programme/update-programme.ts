import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, Version } from "@/lib/contracts/primitives";
import { dateOrderError, datesInOrder, programmeFields, ProgrammeRef } from "./programme-fields";

export const UpdateProgrammeSchema = z
  .object({ programmeId: Id, version: Version, ...programmeFields })
  .refine(datesInOrder, dateOrderError);
export type UpdateProgrammeInput = z.infer<typeof UpdateProgrammeSchema>;

export const updateProgrammeContract = defineContract({
  summary: "Updates a programme year's plan, cap, pass threshold and calendar.",
  permission: "programme.manage",
  input: UpdateProgrammeSchema,
  output: ProgrammeRef,
});
