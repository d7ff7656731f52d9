import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { asciiFileName } from "@/lib/domain/file-name";
import { appNow } from "@/lib/clock";
import { validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { writeTable } from "@/lib/server/spreadsheet";
import { generateInitialPassword } from "@/lib/server/users/initial-password";
import { checkBulkUsersSheet } from "./check-bulk-users-sheet";

const text = vi.golive.bulkUsers;

/**
 * Creates every account of the sheet, or none when any row has an error (VALIDATION with the errors by row,
 * `row.N`). Each account gets a generated initial password (argon2id-hashed; the clear text exists only in the
 * answer) and must change it at first sign-in. One transaction, one audit entry per account. Returns the
 * accounts with their passwords and the same list as an .xlsx (base64) to download once.
 */
export async function createBulkUsers(actor: Actor, data: Buffer, now = appNow()) {
  assertCan(actor, "user.manage");
  const { preview, errors, unitByCode } = await checkBulkUsersSheet(actor, data, now);
  if (errors.length) {
    const fieldErrors: Record<string, string[]> = {};
    for (const e of errors) (fieldErrors[`row.${e.row}`] ??= []).push(e.message);
    throw validation(t(vi.golive.sheet.rowErrors, { count: Object.keys(fieldErrors).length }), fieldErrors);
  }
  const accounts = preview.map((r) => ({
    ...r,
    role: r.role!,
    unitId: unitByCode.get(r.unitCode)!.id,
    password: generateInitialPassword(),
  }));
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));
  const audit = { userId: actor.userId, username: actor.username, unitId: actor.unitId };
  await db.$transaction(
    async (tx) => {
      // A name taken between the check and now: refuse the whole sheet rather than half of it.
      const late = await tx.user.findFirst({
        where: { username: { in: accounts.map((a) => a.username) } },
        select: { username: true },
      });
      if (late) throw validation(`${late.username}: ${text.taken}`);
      const created = await tx.user.createManyAndReturn({
        data: accounts.map((a, i) => ({
          username: a.username,
          fullName: a.fullName,
          position: a.position || null,
          role: a.role,
          unitId: a.unitId,
          passwordHash: hashes[i],
          mustChangePassword: true,
        })),
        select: { id: true, username: true, fullName: true, position: true, role: true, unitId: true },
      });
      for (const u of created)
        await writeAudit(tx, audit, {
          action: "user.create",
          entity: "User",
          entityId: u.id,
          unitId: u.unitId,
          after: { ...u, source: "bulk" },
        });
    },
    { timeout: 120_000 },
  );
  const file = await writeTable(
    text.resultSheet,
    text.resultHeaders,
    accounts.map((a) => [a.username, a.fullName, vi.roles[a.role], a.unitCode, a.password]),
  );
  return {
    count: accounts.length,
    accounts: accounts.map((a) => ({
      username: a.username,
      fullName: a.fullName,
      role: a.role,
      unitCode: a.unitCode,
      password: a.password,
    })),
    fileBase64: file.toString("base64"),
    fileName: asciiFileName(`${text.fileName}-${now.toISOString().slice(0, 10)}`, ".xlsx"),
  };
}
