import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { boundedInt, Id, requiredText } from "@/lib/contracts/primitives";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";

/** Set (a year) or clear (null) the year a commune was recognised as new-rural (NTM), with its legal basis. */
export const SetNewRuralYearSchema = z.object({
  unitId: Id,
  newRuralYear: boundedInt(1990, 2100, text.newRuralYear).nullable(),
  legalBasis: requiredText(300, text.legalBasisRequired),
});
export type SetNewRuralYearInput = z.input<typeof SetNewRuralYearSchema>;

export const setNewRuralYearContract = defineContract({
  summary: "Sets or clears the year a commune was recognised as new-rural (nông thôn mới).",
  permission: "unit.change",
  input: SetNewRuralYearSchema,
  output: z.object({ id: z.string(), newRuralYear: z.number().nullable() }),
});
