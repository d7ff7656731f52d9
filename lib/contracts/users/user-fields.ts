import { z } from "zod";

/** The roles an account can be given from the users page (agency accounts are made by the committee page). */
export const AssignableRoleSchema = z.enum([
  "ADMIN", "PROVINCE_SECRETARIAT", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "COMMUNE_POLICE", "MINISTRY_OFFICE",
]);

/** An account as the user operations return it. */
export const UserSummary = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(["ADMIN", "PROVINCE_SECRETARIAT", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "COMMUNE_POLICE", "AGENCY_MEMBER", "MINISTRY_OFFICE"]),
  unitId: z.string(),
  agencyId: z.string().nullable(),
});
