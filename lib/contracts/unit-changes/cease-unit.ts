import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id } from "@/lib/contracts/primitives";
import { changeFields, UsersOutcome } from "./change-fields";

/** Cease a unit without successor (dissolved); its accounts are deactivated. With a successor it is a merge. */
export const CeaseUnitSchema = z.object({ ...changeFields, unitId: Id });
export type CeaseUnitInput = z.input<typeof CeaseUnitSchema>;

export const ceaseUnitContract = defineContract({
  summary: "Ends a unit without successor from a day on; its accounts are deactivated.",
  permission: "unit.change",
  input: CeaseUnitSchema,
  output: z.object({ id: z.string(), users: UsersOutcome }),
});
