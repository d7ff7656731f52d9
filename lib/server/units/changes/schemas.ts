import { z } from "zod";
import { Id, requiredText } from "@/lib/contracts/primitives";
import { DayString } from "@/lib/server/programme/schemas";
import { unitChanges as s } from "@/lib/i18n/vi/unit-changes";

/** What happens to the accounts of a ceased unit (issue #12 §2): moved to the successor, or deactivated. */
export const UsersModeSchema = z.enum(["MOVE", "DEACTIVATE"], s.usersMode);

const change = {
  /** First day of the new situation (dd/MM/yyyy or yyyy-MM-dd): the ceased units' validTo, the new unit's validFrom. */
  effectiveDate: DayString,
  legalBasis: requiredText(300, s.legalBasisRequired),
};

/**
 * Merge communes (issue #12 §1): `fromIds` cease on `effectiveDate` and their area goes to an existing commune
 * (`intoId`) or to a new one (`newName`, `newCode`, `newKind`), created under the first commune's parent.
 */
export const MergeUnitsSchema = z.object({
  ...change,
  fromIds: z.array(Id).min(1, s.atLeastOne).max(50),
  intoId: Id.optional(),
  newName: requiredText(150).optional(),
  newCode: z.string().trim().regex(/^[0-9A-Za-z_-]{1,20}$/, "Mã đơn vị gồm chữ số, chữ cái không dấu, tối đa 20 ký tự.").optional(),
  newKind: z.enum(["XA", "PHUONG", "THI_TRAN", "DAC_KHU"]).optional(),
  users: UsersModeSchema,
});
export type MergeUnitsInput = z.input<typeof MergeUnitsSchema>;

/** Convert a whole 3-level province to 2 levels (issue #12 §1): its districts end, its communes move under it. */
export const ConvertProvinceSchema = z.object({ ...change, provinceId: Id });
export type ConvertProvinceInput = z.input<typeof ConvertProvinceSchema>;
