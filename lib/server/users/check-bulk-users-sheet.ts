import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { normalizeUsername } from "@/lib/auth/password";
import { unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { ROLE_UNIT_LEVELS, unitRoles } from "@/lib/authz/permissions";
import { checkBulkUserRows, roleFromCell, type BulkRowError, type BulkUserRow } from "@/lib/domain/bulk-user-rows";
import { toDbDay } from "@/lib/domain/vn-date";
import type { Role } from "@/lib/generated/prisma/enums";
import { vi } from "@/lib/i18n/vi";
import { readTable } from "@/lib/server/spreadsheet";
import { CreateUserSchema } from "@/lib/contracts/users/create-user";

const text = vi.golive.bulkUsers;

/** A province's few hundred accounts fit; a larger sheet is split by the user. */
export const BULK_USERS_MAX_ROWS = 2000;

const RowSchema = CreateUserSchema.pick({ username: true, fullName: true }).extend({
  position: z
    .string()
    .transform((s) => s.normalize("NFC").trim())
    .pipe(z.string().max(100, "Chức vụ tối đa 100 ký tự.")),
});

export interface BulkUserPreviewRow {
  row: number;
  username: string;
  fullName: string;
  position: string;
  role: Role | null;
  unitCode: string;
  unitName: string | null;
}

/** Reads and checks the sheet: every row with its unit and role resolved, and every row's errors. */
export async function checkBulkUsersSheet(actor: Actor, data: Buffer, now: Date) {
  const sheet = await readTable(data, text.headers, BULK_USERS_MAX_ROWS);
  const errors: BulkRowError[] = [];
  const rows: BulkUserRow[] = sheet.map(({ row, cells: [username, fullName, position, role, unitCode] }) => {
    const parsed = RowSchema.safeParse({ username, fullName, position });
    if (!parsed.success)
      for (const i of parsed.error.issues)
        errors.push({ row, field: i.path[0] as BulkRowError["field"], message: i.message });
    return {
      row,
      username: normalizeUsername(username),
      fullName: parsed.success ? parsed.data.fullName : fullName,
      position: parsed.success ? parsed.data.position : position,
      role,
      unitCode,
    };
  });
  const [units, taken] = await Promise.all([
    db.unit.findMany({
      where: { code: { in: rows.map((r) => r.unitCode) }, ...unitScope(actor) },
      select: { id: true, code: true, name: true, level: true, validTo: true },
    }),
    db.user.findMany({ where: { username: { in: rows.map((r) => r.username) } }, select: { username: true } }),
  ]);
  const today = toDbDay(now);
  const unitByCode = new Map(units.map((u) => [u.code, { ...u, ceased: u.validTo !== null && u.validTo <= today }]));
  errors.push(
    ...checkBulkUserRows(rows, {
      roleLabels: vi.roles,
      roleAliases: text.roleAliases,
      roleLevels: ROLE_UNIT_LEVELS,
      levelLabels: vi.levels,
      assignable: unitRoles(actor.role), // agency accounts are made on their agency's page (issue #18)
      units: unitByCode,
      taken: new Set(taken.map((u) => u.username)),
      text,
    }),
  );
  errors.sort((a, b) => a.row - b.row);
  const preview: BulkUserPreviewRow[] = rows.map((r) => ({
    ...r,
    role: roleFromCell(r.role, vi.roles, text.roleAliases),
    unitName: unitByCode.get(r.unitCode)?.name ?? null,
  }));
  return { preview, errors, unitByCode };
}
