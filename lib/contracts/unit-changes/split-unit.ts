import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { boundedInt, Id, requiredText } from "@/lib/contracts/primitives";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { changeFields, CommuneKindSchema, UnitCode, UsersOutcome } from "./change-fields";

const NewCommune = z.object({ name: requiredText(150), code: UnitCode, kind: CommuneKindSchema.default("XA") });

/**
 * Split a commune into 2–10 new ones (issue #12 §1). `selectionTo` names the part that takes its selections (the
 * operator decides: figures cannot be shared out); the accounts go to `usersTo` or are deactivated (null).
 */
export const SplitUnitSchema = z.object({
  ...changeFields,
  unitId: Id,
  parts: z.array(NewCommune).min(2, text.splitParts).max(10, text.splitParts),
  selectionTo: boundedInt(0, 9),
  usersTo: boundedInt(0, 9).nullable(),
});
export type SplitUnitInput = z.input<typeof SplitUnitSchema>;

export const splitUnitContract = defineContract({
  summary: "Splits a commune into 2 to 10 new ones; one part takes its selections, one (or none) its accounts.",
  permission: "unit.change",
  input: SplitUnitSchema,
  output: z.object({ ids: z.array(z.string()), selections: z.number(), users: UsersOutcome }),
});
