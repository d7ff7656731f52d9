import { z } from "zod";
import { RoleSchema } from "@/lib/contracts/outputs";

/** The roles an account can be given from the users page (agency accounts are made by the committee page). */
export const AssignableRoleSchema = RoleSchema.exclude(["AGENCY_MEMBER"]);

/** An account as the user operations return it. */
export const UserSummary = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: RoleSchema,
  unitId: z.string(),
  agencyId: z.string().nullable(),
});
