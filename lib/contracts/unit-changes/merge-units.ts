import { z } from "zod";
import { defineContract } from "@/lib/contracts/define-contract";
import { Id, requiredText } from "@/lib/contracts/primitives";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { changeFields, CommuneKindSchema, UnitCode, UsersModeSchema, UsersOutcome } from "./change-fields";

/**
 * Merge communes (issue #12 §1): `fromIds` cease on `effectiveDate` and their area goes to an existing commune
 * (`intoId`) or to a new one (`newName`, `newCode`, `newKind`), created under the first commune's parent.
 */
export const MergeUnitsSchema = z.object({
  ...changeFields,
  fromIds: z.array(Id).min(1, text.atLeastOne).max(50),
  intoId: Id.optional(),
  newName: requiredText(150).optional(),
  newCode: UnitCode.optional(),
  newKind: CommuneKindSchema.optional(),
  users: UsersModeSchema,
});
export type MergeUnitsInput = z.input<typeof MergeUnitsSchema>;

// The form's fields are all text: an empty one stands for "not given" (a new commune instead of an existing one).
const blank = z.literal("").transform(() => undefined);

/** The merge form's schema: MergeUnitsSchema with the optional fields also taking "" (the form's empty field). */
export const MergeFormSchema = MergeUnitsSchema.extend({
  intoId: MergeUnitsSchema.shape.intoId.or(blank),
  newName: MergeUnitsSchema.shape.newName.or(blank),
  newCode: MergeUnitsSchema.shape.newCode.or(blank),
  newKind: MergeUnitsSchema.shape.newKind,
});

export const mergeUnitsContract = defineContract({
  summary: "Merges communes into an existing or a new commune; selections and accounts pass to it (issue #12 §1).",
  permission: "unit.change",
  input: MergeUnitsSchema,
  output: z.object({ id: z.string(), selections: z.number(), users: UsersOutcome }),
});
