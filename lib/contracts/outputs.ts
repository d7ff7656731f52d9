import { z } from "zod";

// Shapes that many operations return (their contracts' `output`), and the enums of the database they carry.
// Outputs are not parsed on the way out (see output-check.ts): these describe, type and document them.

export const UnitLevelSchema = z.enum(["NATION", "PROVINCE", "DISTRICT", "COMMUNE"]);
export const UnitKindSchema = z.enum([
  "QUOC_GIA",
  "TINH",
  "THANH_PHO_TW",
  "HUYEN",
  "THI_XA",
  "THANH_PHO",
  "QUAN",
  "XA",
  "PHUONG",
  "THI_TRAN",
  "DAC_KHU",
]);
export const RoleSchema = z.enum([
  "ADMIN",
  "PROVINCE_SECRETARIAT",
  "PROVINCE_LEADER",
  "DISTRICT_COMMITTEE",
  "COMMUNE_POLICE",
  "AGENCY_MEMBER",
  "MINISTRY_OFFICE",
]);
export const ReviewStatusSchema = z.enum(["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"]);
export const HotspotTypeSchema = z.enum(["TYPE_1", "TYPE_2", "TYPE_3", "TYPE_4"]);
export const VerdictSchema = z.enum(["PASSED", "NOT_PASSED"]);

/** The id of the record an operation created or changed. */
export const Ref = z.object({ id: z.string() });

/** A record and its new version (optimistic locking). */
export const Versioned = Ref.extend({ version: z.number().int() });

/** A record and its review status. */
export const WithStatus = Ref.extend({ status: z.string() });

/** A record and the Vietnamese sentence the page shows after the change. */
export const WithMessage = Ref.extend({ message: z.string() });

/** A rule's message (lib/domain/types.ts DomainMessage). */
export const DomainMessageSchema = z.object({ code: z.string(), message: z.string() });

/** Nothing returned. */
export const Nothing = z.void();
