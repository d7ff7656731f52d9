import { foldForSearch } from "./vn-fold";

/**
 * Checks of a bulk account-creation sheet (issue #11 §5: tên đăng nhập, họ tên, chức vụ, vai trò, mã đơn vị),
 * all rows at once so the preview lists every error. Pure: the caller passes the units it found (only those
 * inside the actor's subtree), the roles the actor may assign, the levels each role may sit at, and the user
 * names already taken. Messages come in `text` (Vietnamese, lib/i18n) with {placeholders}.
 */
type BulkRole = string;
export interface BulkUserRow {
  row: number;
  username: string;
  fullName: string;
  position: string;
  role: string;
  unitCode: string;
}
export interface BulkUserContext<R extends BulkRole, L extends string> {
  /** Role codes with their display labels (a sheet may hold either, or a short alias). */
  roleLabels: Record<R, string>;
  roleAliases?: Partial<Record<R, readonly string[]>>;
  /** Levels each role may sit at (ROLE_UNIT_LEVELS). */
  roleLevels: Record<R, readonly L[]>;
  levelLabels: Record<L, string>;
  assignable: readonly R[];
  /** Units of the actor's subtree by code; a code absent here is unknown or foreign (same answer). */
  units: Map<string, { id: string; level: L; ceased: boolean }>;
  /** User names already in the database (normalised). */
  taken: Set<string>;
  text: {
    unknownRole: string;
    roleNotAssignable: string;
    roleLevel: string;
    unknownUnit: string;
    formerUnit: string;
    duplicateInFile: string;
    taken: string;
  };
}
export interface BulkRowError {
  row: number;
  field: "username" | "fullName" | "position" | "role" | "unitCode";
  message: string;
}

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? `{${k}}`));

/**
 * The role of a cell: its code ("COMMUNE_POLICE"), its label ("Công an xã, phường, thị trấn") or an alias
 * ("Công an xã"), any case, marks or Unicode form; null if none.
 */
export function roleFromCell<R extends BulkRole>(
  cell: string,
  roleLabels: Record<R, string>,
  aliases: Partial<Record<R, readonly string[]>> = {},
): R | null {
  const key = foldForSearch(cell);
  for (const [role, label] of Object.entries(roleLabels) as [R, string][]) {
    const names = [role.toLowerCase(), label, ...(aliases[role] ?? [])].map(foldForSearch);
    if (names.includes(key)) return role;
  }
  return null;
}

/**
 * Errors of every row (empty: all rows may be created): unknown or foreign unit code, a unit that has ceased,
 * unknown role, a role the actor may not assign, a role not allowed at the unit's level, a user name twice in
 * the file or already taken. `username` must already be normalised (lower case, NFC) by the caller.
 */
export function checkBulkUserRows<R extends BulkRole, L extends string>(
  rows: BulkUserRow[],
  ctx: BulkUserContext<R, L>,
): BulkRowError[] {
  const errors: BulkRowError[] = [];
  const firstRow = new Map<string, number>();
  const labels = Object.values(ctx.roleLabels).join(", ");
  for (const row of rows) {
    const unit = ctx.units.get(row.unitCode);
    if (!unit)
      errors.push({ row: row.row, field: "unitCode", message: fill(ctx.text.unknownUnit, { code: row.unitCode }) });
    else if (unit.ceased)
      errors.push({ row: row.row, field: "unitCode", message: fill(ctx.text.formerUnit, { code: row.unitCode }) });
    const role = roleFromCell(row.role, ctx.roleLabels, ctx.roleAliases);
    if (!role)
      errors.push({
        row: row.row,
        field: "role",
        message: fill(ctx.text.unknownRole, { role: row.role, roles: labels }),
      });
    else if (!ctx.assignable.includes(role))
      errors.push({
        row: row.row,
        field: "role",
        message: fill(ctx.text.roleNotAssignable, { role: ctx.roleLabels[role] }),
      });
    else if (unit && !ctx.roleLevels[role].includes(unit.level)) {
      errors.push({
        row: row.row,
        field: "role",
        message: fill(ctx.text.roleLevel, {
          role: ctx.roleLabels[role],
          level: ctx.levelLabels[unit.level].toLowerCase(),
        }),
      });
    }
    const seen = firstRow.get(row.username);
    if (seen !== undefined)
      errors.push({ row: row.row, field: "username", message: fill(ctx.text.duplicateInFile, { other: seen }) });
    else {
      firstRow.set(row.username, row.row);
      if (ctx.taken.has(row.username)) errors.push({ row: row.row, field: "username", message: ctx.text.taken });
    }
  }
  return errors;
}
