import { kindFromName, type OfficialKind } from "./official-units";
import { foldForSearch } from "./vn-fold";

/**
 * Units from a spreadsheet (issue #11 §3: mã, tên, cấp, mã đơn vị cấp trên, hiệu lực từ, hiệu lực đến), for a
 * province whose units differ from the official list (a later change, a correction). Pure: the caller passes
 * the rows as text and the units it found in the actor's subtree; every row's errors are returned at once.
 * Validity follows domain.md §8: `validFrom` inclusive, `validTo` the first day the unit no longer exists.
 */
export type SheetLevel = "PROVINCE" | "DISTRICT" | "COMMUNE";
/** A row as typed; days already parsed by the caller ("yyyy-mm-dd", null when empty, undefined when unreadable). */
export interface UnitSheetRow {
  row: number;
  code: string;
  name: string;
  level: string;
  parentCode: string;
  validFromText: string;
  validFrom: string | null | undefined;
  validToText: string;
  validTo: string | null | undefined;
}
export interface ExistingUnit {
  code: string;
  name: string;
  level: "NATION" | SheetLevel;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  inScope: boolean;
}
/** A checked row: what to write ("create", "update" or "same") with days as "yyyy-mm-dd". */
export interface PlannedSheetUnit {
  row: number;
  code: string;
  name: string;
  level: SheetLevel;
  kind: OfficialKind;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  action: "create" | "update" | "same";
}
export interface UnitSheetError {
  row: number;
  message: string;
}

const LEVELS: Record<string, SheetLevel> = {
  tinh: "PROVINCE",
  "cap tinh": "PROVINCE",
  province: "PROVINCE",
  "thanh pho truc thuoc trung uong": "PROVINCE",
  huyen: "DISTRICT",
  "cap huyen": "DISTRICT",
  district: "DISTRICT",
  xa: "COMMUNE",
  "cap xa": "COMMUNE",
  commune: "COMMUNE",
};
const PARENT_LEVELS: Record<SheetLevel, readonly string[]> = {
  PROVINCE: ["NATION"],
  DISTRICT: ["PROVINCE"],
  COMMUNE: ["PROVINCE", "DISTRICT"],
};
const CODE = /^[A-Za-z0-9._-]{1,30}$/;

function kindOf(name: string, level: SheetLevel): OfficialKind | null {
  if (level !== "PROVINCE") return kindFromName(name, level);
  return name.startsWith("Tỉnh ") ? "TINH" : name.startsWith("Thành phố ") ? "THANH_PHO_TW" : null;
}

/**
 * Checks every row and says what each would do. Errors: a code twice in the file or of bad form, a missing
 * name or a name without its kind word (Xã, Phường, Huyện, Tỉnh…), an unknown level, a parent that is neither
 * in the file nor in the actor's subtree or not one level up, an existing unit moved to another parent or level
 * (not supported: ask for a new unit and a validity end), a code used outside the actor's subtree, days that
 * do not parse or end before they start. `rootCode` is the code a province row's empty parent means.
 */
export function checkUnitSheet(
  rows: UnitSheetRow[],
  existing: Map<string, ExistingUnit>,
  rootCode: string | null,
): { units: PlannedSheetUnit[]; errors: UnitSheetError[] } {
  const errors: UnitSheetError[] = [];
  const err = (row: number, message: string) => errors.push({ row, message });
  const inFile = new Map<string, UnitSheetRow & { lvl?: SheetLevel }>();
  for (const sheetRow of rows) {
    if (!CODE.test(sheetRow.code))
      err(sheetRow.row, `Mã “${sheetRow.code}” không hợp lệ (chữ không dấu, chữ số, . _ -; tối đa 30 ký tự).`);
    else if (inFile.has(sheetRow.code))
      err(sheetRow.row, `Mã ${sheetRow.code} đã có ở dòng ${inFile.get(sheetRow.code)!.row}.`);
    else inFile.set(sheetRow.code, { ...sheetRow, lvl: LEVELS[foldForSearch(sheetRow.level)] });
  }
  const units: PlannedSheetUnit[] = [];
  for (const sheetLine of rows) {
    const level = LEVELS[foldForSearch(sheetLine.level)];
    const count = errors.length;
    if (!level) err(sheetLine.row, `Cấp “${sheetLine.level}” không có; dùng tỉnh, huyện hoặc xã.`);
    const kind = level && sheetLine.name ? kindOf(sheetLine.name, level) : null;
    if (!sheetLine.name) err(sheetLine.row, "Thiếu tên đơn vị.");
    else if (level && !kind)
      err(
        sheetLine.row,
        `Tên “${sheetLine.name}” phải bắt đầu bằng loại đơn vị (Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn, Đặc khu).`,
      );
    const { validFrom, validTo } = sheetLine;
    if (validFrom === undefined)
      err(sheetLine.row, `Ngày hiệu lực từ “${sheetLine.validFromText}” không hợp lệ (dd/MM/yyyy).`);
    if (validTo === undefined)
      err(sheetLine.row, `Ngày hiệu lực đến “${sheetLine.validToText}” không hợp lệ (dd/MM/yyyy).`);
    if (validFrom && validTo && validTo <= validFrom)
      err(sheetLine.row, "Ngày hiệu lực đến phải sau ngày hiệu lực từ.");
    const parentCode = sheetLine.parentCode || (level === "PROVINCE" ? rootCode : null);
    // A code already in the tree keeps its level there (a row cannot move it); a foreign one is no parent.
    const parentInTree = parentCode ? existing.get(parentCode) : undefined;
    const parentLevel = parentInTree
      ? parentInTree.inScope
        ? parentInTree.level
        : undefined
      : parentCode
        ? inFile.get(parentCode)?.lvl
        : undefined;
    if (level && !parentCode) err(sheetLine.row, "Thiếu mã đơn vị cấp trên.");
    else if (level && !parentLevel)
      err(sheetLine.row, `Mã đơn vị cấp trên “${parentCode}” không có trong tệp hoặc ngoài phạm vi quản lý của bạn.`);
    else if (level && parentLevel && !PARENT_LEVELS[level].includes(parentLevel))
      err(sheetLine.row, `Đơn vị cấp trên ${parentCode} không đúng cấp cho một đơn vị ${sheetLine.level}.`);
    const found = existing.get(sheetLine.code);
    if (found && !found.inScope) err(sheetLine.row, `Mã ${sheetLine.code} đã được dùng cho một đơn vị khác.`);
    else if (found && level && (found.level !== level || found.parentCode !== parentCode))
      err(sheetLine.row, `Đơn vị ${sheetLine.code} đã có ở vị trí khác: không chuyển đơn vị qua tệp.`);
    if (errors.length > count || !level || !kind || inFile.get(sheetLine.code)?.row !== sheetLine.row) continue;
    const same =
      found &&
      found.name === sheetLine.name &&
      found.validFrom === (validFrom ?? found.validFrom) &&
      found.validTo === (validTo ?? null);
    units.push({
      row: sheetLine.row,
      code: sheetLine.code,
      name: sheetLine.name,
      level,
      kind,
      parentCode,
      validFrom: validFrom ?? null,
      validTo: validTo ?? null,
      action: !found ? "create" : same ? "same" : "update",
    });
  }
  return { units, errors: errors.sort((a, b) => a.row - b.row) };
}
