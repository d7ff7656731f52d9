import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, requiredText } from "@/lib/contracts/primitives";
import { changeFields } from "./change-fields";

/** Rename (issue #12 §1): the old name is kept for the period before `effectiveDate`. */
export const RenameUnitSchema = z.object({ ...changeFields, unitId: Id, newName: requiredText(150) });
export type RenameUnitInput = z.input<typeof RenameUnitSchema>;

export const renameUnitContract = defineContract({
  summary: "Renames a unit from a day on; the former name stays for the period before.",
  permission: "unit.change",
  input: RenameUnitSchema,
  output: z.object({ id: z.string(), name: z.string() }),
});
