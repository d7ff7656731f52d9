import "server-only";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { committee } from "@/lib/i18n/vi/committee";
import { insertUser } from "@/lib/server/users/insert-user";
import { requireAgency } from "./agency-access";
import type { CreateAgencyAccountInput } from "@/lib/contracts/committee/create-agency-account";

export type CreateAgencyAccountOptions = { actor: Actor; input: CreateAgencyAccountInput };

/**
 * Issue #18 §1: an account for an active agency of the actor's subtree: role "Thành viên Ban Chỉ đạo"
 * (AGENCY_MEMBER), placed at the agency's province, scoped to the agency (lib/authz/access.ts `planTaskScope`).
 * Refuses an inactive agency. Returns the new user.
 */
export async function createAgencyAccount({ actor, input }: CreateAgencyAccountOptions) {
  assertCan(actor, "agency.manage");
  assertCan(actor, "user.manage");
  const agency = await requireAgency(actor, input.agencyId);
  const inactive = committee.agencies.agencyInactive;
  if (!agency.isActive) throw validation(inactive, { agencyId: [inactive] });
  return insertUser(actor, { ...input, role: "AGENCY_MEMBER", unitId: agency.provinceId, agencyId: agency.id });
}
