import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { writeAudit } from "@/lib/audit";
import { hashPassword, normalizeUsername } from "@/lib/auth/password";
import { PasswordSchema } from "@/lib/auth/password-policy";
import { NATION_ROOT } from "@/lib/domain/official-units";
import { validation } from "@/lib/errors";
import type { Db } from "@/lib/prisma-client";
import { t, vi } from "@/lib/i18n/vi";
import { CreateUserSchema } from "@/lib/contracts/users/create-user";

const FirstAdminSchema = CreateUserSchema.pick({ username: true, fullName: true }).extend({ password: PasswordSchema });
export type FirstAdminInput = z.input<typeof FirstAdminSchema>;

/**
 * Creates the first system administrator (role ADMIN at the NATION root) of an empty, migrated database,
 * and the root unit itself when it is missing (issue #11 §1). The password must satisfy the policy; the
 * account must change it at first sign-in; the creation is audited (actor: none, the command line).
 * Takes the Prisma client explicitly because it runs from `npm run admin:create`, outside the app.
 * Returns the new user's id, the root's id and whether the root was created.
 * Refuses (VALIDATION, Vietnamese message): invalid input, a user name already taken, or an active ADMIN
 * already present (further administrators are created in the app, by an administrator).
 */
export async function createFirstAdmin(client: Db, input: FirstAdminInput) {
  const parsed = FirstAdminSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw validation(issue.message, { [String(issue.path[0])]: [issue.message] });
  }
  const username = normalizeUsername(parsed.data.username);
  const passwordHash = await hashPassword(parsed.data.password);
  return client.$transaction(async (tx) => {
    if (await tx.user.findFirst({ where: { role: "ADMIN", isActive: true }, select: { id: true } }))
      throw validation(vi.golive.admin.adminExists);
    if (await tx.user.findUnique({ where: { username }, select: { id: true } }))
      throw validation(vi.golive.admin.usernameTaken);
    let root = await tx.unit.findFirst({
      where: { level: "NATION", parentId: null },
      select: { id: true, name: true },
    });
    const createdRoot = !root;
    if (!root) {
      const id = randomUUID();
      root = await tx.unit.create({
        data: { id, ...NATION_ROOT, level: "NATION", kind: "QUOC_GIA", lineage: [id], provinceId: null },
        select: { id: true, name: true },
      });
      await writeAudit(tx, null, {
        action: "unit.create",
        entity: "Unit",
        entityId: id,
        unitId: id,
        after: { ...NATION_ROOT, level: "NATION" },
      });
    }
    const user = await tx.user.create({
      data: {
        username,
        fullName: parsed.data.fullName,
        role: "ADMIN",
        unitId: root.id,
        passwordHash,
        mustChangePassword: true,
      },
      select: { id: true, username: true, fullName: true, role: true, unitId: true },
    });
    await writeAudit(tx, null, {
      action: "user.create-first-admin",
      entity: "User",
      entityId: user.id,
      unitId: root.id,
      after: user,
    });
    return {
      userId: user.id,
      unitId: root.id,
      createdRoot,
      message: t(vi.golive.admin.created, { username, unit: root.name }),
    };
  });
}
