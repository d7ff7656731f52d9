import "server-only";
import { db } from "@/lib/db";
import { writeAudit, auditActor } from "@/lib/audit";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { conflict } from "@/lib/errors";
import { revokeUserCredentials } from "@/lib/auth/revoke-credentials";
import { requireAgency } from "./agency-access";
import { agencyNameTaken, isDuplicate } from "./agency-name-taken";
import type { UpdateAgencyInput } from "@/lib/contracts/committee/update-agency";

export type UpdateAgencyOptions = { actor: Actor; input: UpdateAgencyInput };

/**
 * Issue #18 §1: the secretariat renames, re-kinds, deactivates or reactivates an agency of its province
 * (version-checked; a name used by another agency of the province is refused on the name field). Deactivating it
 * also deactivates its active accounts and revokes their sessions and API tokens (an agency that left the committee
 * has no one acting for it); its tasks keep it as their assignee (history; the secretariat reassigns open ones).
 * Reactivating it leaves its accounts off: the secretariat turns each back on from the users' page. One audit entry
 * with the former and new values and the accounts turned off. Returns {id, version, accountsDeactivated}.
 */
export async function updateAgency({ actor, input }: UpdateAgencyOptions) {
  assertCan(actor, "agency.manage");
  const agency = await requireAgency(actor, input.agencyId);
  const { agencyId, version, ...data } = input;
  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.agency.updateMany({
        where: { id: agency.id, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) throw conflict();
      const leaving =
        agency.isActive && !data.isActive
          ? await tx.user.findMany({
              where: { agencyId: agency.id, isActive: true },
              select: { id: true, username: true },
            })
          : [];
      if (leaving.length) {
        await tx.user.updateMany({ where: { id: { in: leaving.map((u) => u.id) } }, data: { isActive: false } });
        for (const u of leaving) await revokeUserCredentials(tx, u.id);
      }
      await writeAudit(tx, auditActor(actor), {
        action: "agency.update",
        entity: "Agency",
        entityId: agencyId,
        unitId: agency.provinceId,
        before: { name: agency.name, shortName: agency.shortName, kind: agency.kind, isActive: agency.isActive },
        after: { ...data, accountsDeactivated: leaving.map((u) => u.username) },
      });
      return { id: agency.id, version: version + 1, accountsDeactivated: leaving.length };
    });
  } catch (error) {
    if (isDuplicate(error)) throw agencyNameTaken();
    throw error;
  }
}
