import { z } from "zod";
import { DayString, requiredText } from "@/lib/contracts/primitives";
import { HotspotTypeSchema } from "@/lib/contracts/outputs";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";

/** What happens to the accounts of a ceased unit (issue #12 §2): moved to the successor, or deactivated. */
export const UsersModeSchema = z.enum(["MOVE", "DEACTIVATE"], text.usersMode);

/** Every change: its first day (the ceased units' validTo, the new unit's validFrom) and its legal basis. */
export const changeFields = {
  /** First day of the new situation (dd/MM/yyyy or yyyy-MM-dd). */
  effectiveDate: DayString,
  legalBasis: requiredText(300, text.legalBasisRequired),
};

/** A commune's code as typed (letters, digits, _ and -). */
export const UnitCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z_-]{1,20}$/, text.codeFormat);
export const CommuneKindSchema = z.enum(["XA", "PHUONG", "THI_TRAN", "DAC_KHU"]);

/** An active account a change touches. */
export const AccountRef = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.string(),
  unitId: z.string(),
});

/** The accounts of the ceased units: moved to the successor or deactivated. */
export const UsersOutcome = z.object({ moved: z.number(), deactivated: z.number() });

/**
 * What a change touches (lib/server/units/changes/impact.ts): selections of open programmes and the list after,
 * the active accounts of the ceasing units, their monthly reports not yet accepted.
 */
export const ChangeImpactSchema = z.object({
  selections: z.array(
    z.object({
      id: z.string(),
      programmeId: z.string(),
      year: z.number(),
      communeId: z.string(),
      communeName: z.string(),
      hotspotTypes: z.array(HotspotTypeSchema),
      planNumber: z.string().nullable(),
    }),
  ),
  carried: z.array(
    z.object({
      communeId: z.string(),
      keepSelectionId: z.string(),
      foldedSelectionIds: z.array(z.string()),
      hotspotTypes: z.array(HotspotTypeSchema),
      programmeId: z.string(),
      year: z.number(),
    }),
  ),
  users: z.array(AccountRef),
  openReports: z.array(
    z.object({ id: z.string(), communeName: z.string(), year: z.number(), month: z.number(), status: z.string() }),
  ),
  /** Proposals not yet decided of the ceasing communes and what happens to each (lib/domain/change-carry-rules.ts). */
  proposals: z.array(
    z
      .discriminatedUnion("action", [
        z.object({ proposalId: z.string(), action: z.literal("KEEP") }),
        z.object({ proposalId: z.string(), action: z.literal("MOVE"), toCommuneId: z.string() }),
        z.object({
          proposalId: z.string(),
          action: z.literal("WITHDRAW"),
          reason: z.enum(["NO_SUCCESSOR", "SUCCESSOR_HAS_ONE"]),
          toCommuneId: z.string().nullable(),
        }),
      ])
      .and(z.object({ communeName: z.string(), year: z.number(), status: z.string() })),
  ),
});
export type ChangeImpact = z.infer<typeof ChangeImpactSchema>;

/** What a change that keeps the unit (rename, new-rural year, move) touches, with sentences saying what it does. */
export const UnitChangePreviewSchema = ChangeImpactSchema.extend({ notes: z.array(z.string()) });
export type UnitChangePreview = z.infer<typeof UnitChangePreviewSchema>;
