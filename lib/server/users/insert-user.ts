import "server-only";
import { db } from "@/lib/db";
import { auditActor, writeAudit } from "@/lib/audit";
import { hashPassword, normalizeUsername } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/actor";
import { validation } from "@/lib/errors";
import { vi } from "@/lib/i18n/vi";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Writes a new account whose placement the caller has already checked (`createUser`: the unit and role;
 * lib/server/committee `createAgencyAccount`: the agency), with a temporary password to change at first sign-in,
 * audited in the same transaction. Refuses a user name already taken. Returns {id, username, fullName, role, unitId, agencyId}.
 */
export async function insertUser(
  actor: Actor,
  input: { username: string; fullName: string; password: string; role: Role; unitId: string; agencyId: string | null },
) {
  const username = normalizeUsername(input.username);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username }, select: { id: true } })) {
      throw validation(vi.users.usernameTaken, { username: [vi.users.usernameTaken] });
    }
    const user = await tx.user.create({
      data: {
        username,
        fullName: input.fullName,
        role: input.role,
        unitId: input.unitId,
        agencyId: input.agencyId,
        passwordHash,
        mustChangePassword: true,
      },
      select: { id: true, username: true, fullName: true, role: true, unitId: true, agencyId: true },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "user.create",
      entity: "User",
      entityId: user.id,
      unitId: input.unitId,
      after: user,
    });
    return user;
  });
}
