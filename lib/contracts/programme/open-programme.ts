import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { dateOrderError, datesInOrder, programmeFields, ProgrammeRef } from "./programme-fields";

export const OpenProgrammeSchema = z
  .object({ year: z.coerce.number().int().min(2000).max(2200), ...programmeFields })
  .refine(datesInOrder, dateOrderError);
export type OpenProgrammeInput = z.infer<typeof OpenProgrammeSchema>;
export type ProgrammeFormValues = z.input<typeof OpenProgrammeSchema>;

export const openProgrammeContract = defineContract({
  summary: "Opens the province's programme year (plan, cap, pass threshold, calendar); relapsed communes carried.",
  permission: "programme.manage",
  input: OpenProgrammeSchema,
  output: ProgrammeRef.extend({ carried: z.number() }),
});
