import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, requiredText } from "@/lib/contracts/primitives";
import { unitChanges as s } from "@/lib/i18n/vi/unit-changes";
import { changeFields, CommuneKindSchema, UnitCode, UsersModeSchema, UsersOutcome } from "./change-fields";

/**
 * Merge communes (issue #12 §1): `fromIds` cease on `effectiveDate` and their area goes to an existing commune
 * (`intoId`) or to a new one (`newName`, `newCode`, `newKind`), created under the first commune's parent.
 */
export const MergeUnitsSchema = z.object({
  ...changeFields,
  fromIds: z.array(Id).min(1, s.atLeastOne).max(50),
  intoId: Id.optional(),
  newName: requiredText(150).optional(),
  newCode: UnitCode.optional(),
  newKind: CommuneKindSchema.optional(),
  users: UsersModeSchema,
});
export type MergeUnitsInput = z.input<typeof MergeUnitsSchema>;

export const mergeUnitsContract = defineContract({
  summary: "Merges communes into an existing or a new commune; selections and accounts pass to it (issue #12 §1).",
  permission: "unit.change",
  input: MergeUnitsSchema,
  output: z.object({ id: z.string(), selections: z.number(), users: UsersOutcome }),
});
