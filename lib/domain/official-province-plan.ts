import { foldForSearch } from "./vn-fold";
import {
  committeeNameFor,
  formerCommuneCode,
  formerDistrictCode,
  kindFromName,
  provinceUnit,
  REFORM_DAY,
  type OfficialKind,
  type OfficialLevel,
  type OfficialSource,
  type SourceMapping,
} from "./official-units";

/** A unit the import creates or finds by code. Dates are calendar days "yyyy-mm-dd"; null = the default. */
export interface PlannedUnit {
  code: string;
  name: string;
  level: OfficialLevel;
  kind: OfficialKind;
  /** Code of the parent; null for the province (it hangs under the national root). */
  parentCode: string | null;
  committeeName: string;
  validFrom: string | null;
  /** First day the unit no longer exists (exclusive), REFORM_DAY for former units. */
  validTo: string | null;
}

export type SourceDefectCode =
  | "MISSING_NAME"
  | "UNKNOWN_KIND"
  | "DUPLICATE_CODE"
  | "UNKNOWN_TARGET"
  | "PROVINCE_MISMATCH"
  | "NAME_MISMATCH"
  | "DUPLICATE_MAPPING"
  | "CONFLICTING_FORMER"
  | "OTHER_PROVINCE";

/** A row of the package left out of the import, and why (Vietnamese, shown in the preview). */
export interface SourceDefect {
  code: SourceDefectCode;
  row: string;
  message: string;
}

export interface ProvincePlan {
  province: PlannedUnit;
  communes: PlannedUnit[];
  formerDistricts: PlannedUnit[];
  formerCommunes: PlannedUnit[];
  /** Each former commune to each new commune it went into, effective REFORM_DAY. */
  successions: { fromCode: string; toCode: string }[];
  communesByKind: Partial<Record<OfficialKind, number>>;
  defects: SourceDefect[];
}

const MESSAGES: Record<SourceDefectCode, string> = {
  MISSING_NAME: "thiếu tên đơn vị",
  UNKNOWN_KIND: "tên không bắt đầu bằng loại đơn vị (Xã, Phường, Thị trấn, Đặc khu, Quận, Huyện, Thị xã, Thành phố)",
  DUPLICATE_CODE: "mã đã có ở dòng khác",
  UNKNOWN_TARGET: "mã xã mới không có trong danh sách",
  PROVINCE_MISMATCH: "tỉnh mới ghi trong dòng khác tỉnh của mã xã mới",
  NAME_MISMATCH: "tên xã mới khác tên của mã xã mới",
  DUPLICATE_MAPPING: "cùng một xã cũ được ghi hai lần vào cùng xã mới",
  CONFLICTING_FORMER: "cùng một mã xã cũ mang tên hoặc huyện khác",
  OTHER_PROVINCE: "xã cũ đã thuộc lịch sử của tỉnh khác",
};

const defect = (code: SourceDefectCode, row: string, detail: string): SourceDefect => ({
  code,
  row,
  message: `${detail}: ${MESSAGES[code]}.`,
});
const provinceKey = (name: string) => foldForSearch(name).replace(/^(tinh|thanh pho) /, "");
const communeKey = (m: { oldProvince: string; oldDistrict: string; oldName: string }) =>
  [m.oldProvince, m.oldDistrict, m.oldName].map(foldForSearch).join("|");
type Complete = SourceMapping & { oldName: string; oldDistrict: string; oldProvince: string; newCode: string };

/** Everything about the source that does not depend on the province, computed once per source. */
interface SourceIndex {
  communeByCode: Map<string, { name: string; kind: OfficialKind; provinceCode: string }>;
  communeDefects: Map<string, SourceDefect[]>;
  provinceKeyByCode: Map<string, string>;
  valid: Map<string, Complete>;
  rowDefects: Map<string, SourceDefect>;
  codedByName: Map<string, string>;
  home: Map<string, { province: string; names: string }>;
  foldedRows: Map<string, { commune: string; newProvince: string | null }>;
}
const indexes = new WeakMap<OfficialSource, SourceIndex>();

function indexSource(source: OfficialSource): SourceIndex {
  const cached = indexes.get(source);
  if (cached) return cached;
  const provinceKeyByCode = new Map(source.provinces.map((p) => [p.code, provinceKey(p.name)]));
  // Communes of the whole list (a code seen twice is a defect wherever it is), by province.
  const communeByCode: SourceIndex["communeByCode"] = new Map();
  const communeDefects = new Map<string, SourceDefect[]>();
  const addCommuneDefect = (provinceCode: string, d: SourceDefect) =>
    communeDefects.set(provinceCode, [...(communeDefects.get(provinceCode) ?? []), d]);
  for (const sourceCommune of source.communes) {
    const row = `wards ${sourceCommune.code || "?"}`;
    const kind = sourceCommune.name ? kindFromName(sourceCommune.name, "COMMUNE") : null;
    if (communeByCode.has(sourceCommune.code))
      addCommuneDefect(
        sourceCommune.provinceCode,
        defect("DUPLICATE_CODE", row, sourceCommune.name || sourceCommune.code),
      );
    else if (!sourceCommune.code || !sourceCommune.name || !kind)
      addCommuneDefect(
        sourceCommune.provinceCode,
        defect(sourceCommune.name ? "UNKNOWN_KIND" : "MISSING_NAME", row, sourceCommune.name || sourceCommune.code),
      );
    else
      communeByCode.set(sourceCommune.code, {
        name: sourceCommune.name,
        kind,
        provinceCode: sourceCommune.provinceCode,
      });
  }
  // Which mapping rows are valid, the coded former communes by name, and the province each former
  // commune belongs to (its first valid row).
  const valid = new Map<string, Complete>();
  const rowDefects = new Map<string, SourceDefect>();
  const codedByName = new Map<string, string>();
  const foldedRows = new Map<string, { commune: string; newProvince: string | null }>();
  for (const sourceMapping of source.mappings) {
    const row = `ward_mappings ${sourceMapping.id}`;
    const target = sourceMapping.newCode ? communeByCode.get(sourceMapping.newCode) : undefined;
    const newProvince = sourceMapping.newProvince ? provinceKey(sourceMapping.newProvince) : null;
    const commune =
      sourceMapping.oldName && sourceMapping.oldDistrict && sourceMapping.oldProvince
        ? communeKey(sourceMapping as Complete)
        : "";
    foldedRows.set(sourceMapping.id, { commune, newProvince });
    const label =
      [sourceMapping.oldName, sourceMapping.oldDistrict, sourceMapping.oldProvince].filter(Boolean).join(", ") ||
      `→ ${sourceMapping.newName ?? sourceMapping.newCode ?? "?"}`;
    if (!commune) rowDefects.set(sourceMapping.id, defect("MISSING_NAME", row, label));
    else if (!sourceMapping.newCode || !target)
      rowDefects.set(sourceMapping.id, defect("UNKNOWN_TARGET", row, `${label} → ${sourceMapping.newCode ?? "?"}`));
    else if (newProvince !== null && newProvince !== provinceKeyByCode.get(target.provinceCode))
      rowDefects.set(
        sourceMapping.id,
        defect("PROVINCE_MISMATCH", row, `${label} → ${sourceMapping.newCode} (${sourceMapping.newProvince})`),
      );
    else if (
      sourceMapping.newName &&
      sourceMapping.newName !== target.name &&
      foldForSearch(sourceMapping.newName) !== foldForSearch(target.name)
    )
      rowDefects.set(
        sourceMapping.id,
        defect("NAME_MISMATCH", row, `${label} → ${sourceMapping.newCode} ${sourceMapping.newName} (${target.name})`),
      );
    else if (!kindFromName(sourceMapping.oldName!, "COMMUNE") || !kindFromName(sourceMapping.oldDistrict!, "DISTRICT"))
      rowDefects.set(sourceMapping.id, defect("UNKNOWN_KIND", row, label));
    else {
      valid.set(sourceMapping.id, sourceMapping as Complete);
      if (sourceMapping.oldCode && !codedByName.has(commune)) codedByName.set(commune, sourceMapping.oldCode);
    }
  }
  const home = new Map<string, { province: string; names: string }>();
  for (const validMapping of valid.values()) {
    const names = foldedRows.get(validMapping.id)!.commune;
    const id = validMapping.oldCode ?? codedByName.get(names) ?? `name:${names}`;
    if (!home.has(id)) home.set(id, { province: communeByCode.get(validMapping.newCode)!.provinceCode, names });
  }
  const index = { communeByCode, communeDefects, provinceKeyByCode, valid, rowDefects, codedByName, home, foldedRows };
  indexes.set(source, index);
  return index;
}

/**
 * Plans the import of one province of the official list (issue #11 §2): the province, its communes (kind
 * from the name, committee "Ban Chỉ đạo 138 …", valid from 01/07/2025) and, `withHistory`, the former
 * districts and communes that merged into it (valid until 01/07/2025, exclusive) with one succession per
 * (former commune, new commune) pair, so a split gives two links (Resolution 202/2025/QH15, effective
 * 01/07/2025; domain.md §8). Rows that cannot be trusted are skipped and listed in `defects`, never fatal:
 * a missing name, an unknown kind, a code listed twice, a mapping to an unknown code or to a commune of
 * another province than the row says, a pair mapped twice, one former code with two different names.
 * Former communes without an official code are matched by name to a coded row of the same former district
 * when there is one. A former commune belongs to the province of its first valid row (package order); a
 * later row into another province is listed (OTHER_PROVINCE). Returns null for an unknown province code.
 */
export function planProvinceImport(
  source: OfficialSource,
  provinceCode: string,
  withHistory: boolean,
): ProvincePlan | null {
  const sourceProvince = source.provinces.find((p) => p.code === provinceCode);
  if (!sourceProvince) return null;
  const index = indexSource(source);
  const { name: provinceName, kind: provinceKind } = provinceUnit(sourceProvince);
  const province: PlannedUnit = {
    code: provinceCode,
    name: provinceName,
    level: "PROVINCE",
    kind: provinceKind,
    parentCode: null,
    committeeName: committeeNameFor(provinceName),
    validFrom: null,
    validTo: null,
  };
  const defects = [...(index.communeDefects.get(provinceCode) ?? [])];
  const communes: PlannedUnit[] = [];
  const communesByKind: Partial<Record<OfficialKind, number>> = {};
  for (const [code, commune] of index.communeByCode) {
    if (commune.provinceCode !== provinceCode) continue;
    communes.push({
      code,
      name: commune.name,
      level: "COMMUNE",
      kind: commune.kind,
      parentCode: provinceCode,
      committeeName: committeeNameFor(commune.name),
      validFrom: REFORM_DAY,
      validTo: null,
    });
    communesByKind[commune.kind] = (communesByKind[commune.kind] ?? 0) + 1;
  }
  const plan: ProvincePlan = {
    province,
    communes,
    formerDistricts: [],
    formerCommunes: [],
    successions: [],
    communesByKind,
    defects,
  };
  if (!withHistory) return plan;

  // A row is ours when its new code is one of our communes, or (unknown code) when it names our province.
  const ourKey = index.provinceKeyByCode.get(provinceCode);
  const isOurs = (sourceMapping: SourceMapping) => {
    const target = sourceMapping.newCode ? index.communeByCode.get(sourceMapping.newCode) : undefined;
    return target
      ? target.provinceCode === provinceCode
      : index.foldedRows.get(sourceMapping.id)!.newProvince === ourKey;
  };
  const districts = new Map<string, PlannedUnit>();
  const formers = new Map<string, PlannedUnit>();
  const pairs = new Set<string>();
  for (const mapping of source.mappings) {
    if (!isOurs(mapping)) continue;
    const rowDefect = index.rowDefects.get(mapping.id);
    if (rowDefect) {
      defects.push(rowDefect);
      continue;
    }
    const row = `ward_mappings ${mapping.id}`;
    const valid = index.valid.get(mapping.id)!;
    const names = index.foldedRows.get(mapping.id)!.commune;
    const resolvedCode = valid.oldCode ?? index.codedByName.get(names) ?? null;
    const owner = index.home.get(resolvedCode ?? `name:${names}`)!;
    const label = `${valid.oldName}, ${valid.oldDistrict}, ${valid.oldProvince}`;
    if (owner.names !== names) {
      defects.push(defect("CONFLICTING_FORMER", row, `${valid.oldCode} ${label}`));
      continue;
    }
    if (owner.province !== provinceCode) {
      defects.push(defect("OTHER_PROVINCE", row, `${label} → ${valid.newCode}`));
      continue;
    }
    const code = formerCommuneCode({ ...valid, oldCode: resolvedCode });
    if (pairs.has(`${code}>${valid.newCode}`)) {
      defects.push(defect("DUPLICATE_MAPPING", row, `${label} → ${valid.newCode}`));
      continue;
    }
    pairs.add(`${code}>${valid.newCode}`);
    const districtCode = formerDistrictCode(provinceCode, valid.oldProvince, valid.oldDistrict);
    if (!districts.has(districtCode)) {
      districts.set(districtCode, {
        code: districtCode,
        name: valid.oldDistrict,
        level: "DISTRICT",
        kind: kindFromName(valid.oldDistrict, "DISTRICT")!,
        parentCode: provinceCode,
        committeeName: committeeNameFor(valid.oldDistrict),
        validFrom: null,
        validTo: REFORM_DAY,
      });
    }
    if (!formers.has(code)) {
      formers.set(code, {
        code,
        name: valid.oldName,
        level: "COMMUNE",
        kind: kindFromName(valid.oldName, "COMMUNE")!,
        parentCode: districtCode,
        committeeName: committeeNameFor(valid.oldName),
        validFrom: null,
        validTo: REFORM_DAY,
      });
    }
    plan.successions.push({ fromCode: code, toCode: valid.newCode });
  }
  plan.formerDistricts = [...districts.values()];
  plan.formerCommunes = [...formers.values()];
  return plan;
}
