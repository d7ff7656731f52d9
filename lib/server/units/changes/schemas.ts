import { z } from "zod";
import { boundedInt, Id, requiredText } from "@/lib/contracts/primitives";
import { DayString } from "@/lib/server/programme/schemas";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";

/** What happens to the accounts of a ceased unit (issue #12 §2): moved to the successor, or deactivated. */
export const UsersModeSchema = z.enum(["MOVE", "DEACTIVATE"], text.usersMode);

const change = {
  /** First day of the new situation (dd/MM/yyyy or yyyy-MM-dd): the ceased units' validTo, the new unit's validFrom. */
  effectiveDate: DayString,
  legalBasis: requiredText(300, text.legalBasisRequired),
};

/**
 * Merge communes (issue #12 §1): `fromIds` cease on `effectiveDate` and their area goes to an existing commune
 * (`intoId`) or to a new one (`newName`, `newCode`, `newKind`), created under the first commune's parent.
 */
export const MergeUnitsSchema = z.object({
  ...change,
  fromIds: z.array(Id).min(1, text.atLeastOne).max(50),
  intoId: Id.optional(),
  newName: requiredText(150).optional(),
  newCode: z.string().trim().regex(/^[0-9A-Za-z_-]{1,20}$/, text.codeFormat).optional(),
  newKind: z.enum(["XA", "PHUONG", "THI_TRAN", "DAC_KHU"]).optional(),
  users: UsersModeSchema,
});
export type MergeUnitsInput = z.input<typeof MergeUnitsSchema>;

/** Convert a whole 3-level province to 2 levels (issue #12 §1): its districts end, its communes move under it. */
export const ConvertProvinceSchema = z.object({ ...change, provinceId: Id });
export type ConvertProvinceInput = z.input<typeof ConvertProvinceSchema>;

/** Rename (issue #12 §1): the old name is kept for the period before `effectiveDate`. */
export const RenameUnitSchema = z.object({ ...change, unitId: Id, newName: requiredText(150) });
export type RenameUnitInput = z.input<typeof RenameUnitSchema>;

/** Set (a year) or clear (null) the year a commune was recognised as new-rural (NTM), with its legal basis. */
export const SetNewRuralYearSchema = z.object({
  unitId: Id,
  newRuralYear: boundedInt(1990, 2100, text.newRuralYear).nullable(),
  legalBasis: requiredText(300, text.legalBasisRequired),
});
export type SetNewRuralYearInput = z.input<typeof SetNewRuralYearSchema>;

/** Cease a unit without successor (dissolved); its accounts are deactivated. With a successor it is a merge. */
export const CeaseUnitSchema = z.object({ ...change, unitId: Id });
export type CeaseUnitInput = z.input<typeof CeaseUnitSchema>;

const NewCommune = z.object({
  name: requiredText(150),
  code: z.string().trim().regex(/^[0-9A-Za-z_-]{1,20}$/, text.codeFormat),
  kind: z.enum(["XA", "PHUONG", "THI_TRAN", "DAC_KHU"]).default("XA"),
});

/**
 * Split a commune into 2–10 new ones (issue #12 §1). `selectionTo` names the part that takes its selections (the
 * operator decides: figures cannot be shared out); the accounts go to `usersTo` or are deactivated (null).
 */
export const SplitUnitSchema = z.object({
  ...change,
  unitId: Id,
  parts: z.array(NewCommune).min(2, text.splitParts).max(10, text.splitParts),
  selectionTo: boundedInt(0, 9),
  usersTo: boundedInt(0, 9).nullable(),
});
export type SplitUnitInput = z.input<typeof SplitUnitSchema>;

/** Move a commune under another parent of the same province (issue #12 §1). */
export const MoveUnitSchema = z.object({ ...change, unitId: Id, newParentId: Id });
export type MoveUnitInput = z.input<typeof MoveUnitSchema>;
