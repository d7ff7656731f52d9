import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import { hashPassword, normalizeUsername } from "@/lib/auth/password";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { ROLE_UNIT_LEVELS, unitRoles } from "@/lib/authz/permissions";
import { checkBulkUserRows, roleFromCell, type BulkRowError, type BulkUserRow } from "@/lib/domain/bulk-user-rows";
import { toDbDay } from "@/lib/domain/vn-date";
import { asciiFileName } from "@/lib/domain/file-name";
import { appNow } from "@/lib/clock";
import type { Role } from "@/lib/generated/prisma/enums";
import { validation } from "@/lib/errors";
import { t, vi } from "@/lib/i18n/vi";
import { readTable, writeTable } from "@/lib/server/spreadsheet";
import { generateInitialPassword } from "@/lib/server/users/initial-password";
import { CreateUserSchema } from "@/lib/server/users/schemas";

const text = vi.golive.bulkUsers;
/** A province's few hundred accounts fit; a larger sheet is split by the user. */
export const BULK_USERS_MAX_ROWS = 2000;
const RowSchema = CreateUserSchema.pick({ username: true, fullName: true }).extend({
  position: z.string().transform((s) => s.normalize("NFC").trim()).pipe(z.string().max(100, "Chức vụ tối đa 100 ký tự.")),
});

export interface BulkUserPreviewRow { row: number; username: string; fullName: string; position: string; role: Role | null; unitCode: string; unitName: string | null }

/** Reads and checks the sheet: every row with its unit and role resolved, and every row's errors. */
async function checkSheet(actor: Actor, data: Buffer, now: Date) {
  const sheet = await readTable(data, text.headers, BULK_USERS_MAX_ROWS);
  const errors: BulkRowError[] = [];
  const rows: BulkUserRow[] = sheet.map(({ row, cells: [username, fullName, position, role, unitCode] }) => {
    const parsed = RowSchema.safeParse({ username, fullName, position });
    if (!parsed.success) for (const issue of parsed.error.issues) errors.push({ row, field: issue.path[0] as BulkRowError["field"], message: issue.message });
    return { row, username: normalizeUsername(username), fullName: parsed.success ? parsed.data.fullName : fullName, position: parsed.success ? parsed.data.position : position, role, unitCode };
  });
  const [units, taken] = await Promise.all([
    db.unit.findMany({ where: { code: { in: rows.map((r) => r.unitCode) }, ...unitScope(actor) }, select: { id: true, code: true, name: true, level: true, validTo: true } }),
    db.user.findMany({ where: { username: { in: rows.map((r) => r.username) } }, select: { username: true } }),
  ]);
  const today = toDbDay(now);
  const unitByCode = new Map(units.map((u) => [u.code, { ...u, ceased: u.validTo !== null && u.validTo <= today }]));
  errors.push(...checkBulkUserRows(rows, {
    roleLabels: vi.roles, roleAliases: text.roleAliases, roleLevels: ROLE_UNIT_LEVELS, levelLabels: vi.levels, assignable: unitRoles(actor.role), // agency accounts are made on their agency's page (issue #18)
    units: unitByCode, taken: new Set(taken.map((u) => u.username)), text,
  }));
  errors.sort((a, b) => a.row - b.row);
  const preview: BulkUserPreviewRow[] = rows.map((r) => ({ ...r, role: roleFromCell(r.role, vi.roles, text.roleAliases), unitName: unitByCode.get(r.unitCode)?.name ?? null }));
  return { preview, errors, unitByCode };
}

/**
 * Preview of a bulk account-creation sheet (issue #11 §5): each row as read, and every row's errors (unknown or
 * foreign unit code, role not allowed at that level or not assignable by the actor, user name twice in the
 * file or already taken, invalid text). Writes nothing. Refuses (VALIDATION) a file that is not the template.
 */
export async function previewBulkUsers(actor: Actor, data: Buffer, now = appNow()) {
  assertCan(actor, "user.manage");
  const { preview, errors } = await checkSheet(actor, data, now);
  return { rows: preview, errors };
}

/**
 * Creates every account of the sheet, or none when any row has an error (VALIDATION with the errors by row,
 * `row.N`). Each account gets a generated initial password (argon2id-hashed; the clear text exists only in the
 * answer) and must change it at first sign-in. One transaction, one audit entry per account. Returns the
 * accounts with their passwords and the same list as an .xlsx (base64) to download once.
 */
export async function createBulkUsers(actor: Actor, data: Buffer, now = appNow()) {
  assertCan(actor, "user.manage");
  const { preview, errors, unitByCode } = await checkSheet(actor, data, now);
  if (errors.length) {
    const fieldErrors: Record<string, string[]> = {};
    for (const error of errors) (fieldErrors[`row.${error.row}`] ??= []).push(error.message);
    throw validation(t(vi.golive.sheet.rowErrors, { count: Object.keys(fieldErrors).length }), fieldErrors);
  }
  const accounts = preview.map((r) => ({ ...r, role: r.role!, unitId: unitByCode.get(r.unitCode)!.id, password: generateInitialPassword() }));
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));
  const audit = { userId: actor.userId, username: actor.username, unitId: actor.unitId };
  await db.$transaction(async (tx) => {
    // A name taken between the check and now: refuse the whole sheet rather than half of it.
    const late = await tx.user.findFirst({ where: { username: { in: accounts.map((a) => a.username) } }, select: { username: true } });
    if (late) throw validation(`${late.username}: ${text.taken}`);
    const created = await tx.user.createManyAndReturn({
      data: accounts.map((a, i) => ({
        username: a.username, fullName: a.fullName, position: a.position || null, role: a.role, unitId: a.unitId, passwordHash: hashes[i], mustChangePassword: true,
      })),
      select: { id: true, username: true, fullName: true, position: true, role: true, unitId: true },
    });
    for (const u of created) await writeAudit(tx, audit, { action: "user.create", entity: "User", entityId: u.id, unitId: u.unitId, after: { ...u, source: "bulk" } });
  }, { timeout: 120_000 });
  const file = await writeTable(text.resultSheet, text.resultHeaders, accounts.map((a) => [a.username, a.fullName, vi.roles[a.role], a.unitCode, a.password]));
  return {
    count: accounts.length,
    accounts: accounts.map((a) => ({ username: a.username, fullName: a.fullName, role: a.role, unitCode: a.unitCode, password: a.password })),
    fileBase64: file.toString("base64"),
    fileName: asciiFileName(`${text.fileName}-${now.toISOString().slice(0, 10)}`, ".xlsx"),
  };
}

/** The empty template with two example rows (a province secretariat and a commune police officer). */
export function bulkUsersTemplate() {
  return writeTable(text.sheet, text.headers, [
    ["tinh.thuongtruc", "Nguyễn Văn An", "Phó Trưởng phòng PV01", vi.roles.PROVINCE_SECRETARIAT, "<mã tỉnh>"],
    ["xa.congan", "Trần Thị Bình", "Trưởng Công an xã", vi.roles.COMMUNE_POLICE, "<mã xã>"],
  ]);
}
