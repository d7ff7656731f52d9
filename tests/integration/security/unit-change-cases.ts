import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { ActionCase } from "./action-case";

// Isolation cases of the administrative changes (issue #12 §1). The records are fixture units under the target unit
// that ceased long ago (1990–2000), so that a successful own call changes nothing the other suites count today: a
// commune X merged on 01/01/2000 into a commune Z of the same unit. The 3 → 2 levels conversion succeeds for the
// ADMIN on a fixture province of its own; a province secretariat converting its own (demo) province on 01/01/1900,
// before any unit existed, is refused (VALIDATION), so the shared demo keeps its districts.

let seq = 0;
const tag = () => `t12s${Date.now().toString(36)}${(seq++).toString(36)}`;
const OLD = { validFrom: new Date(Date.UTC(1990, 0, 1)), validTo: new Date(Date.UTC(2001, 0, 1)) };

async function fixtureUnit(parentId: string, level: "PROVINCE" | "DISTRICT" | "COMMUNE", validity: object = OLD) {
  const parent = await db.unit.findUniqueOrThrow({
    where: { id: parentId },
    select: { lineage: true, provinceId: true, level: true },
  });
  const id = randomUUID();
  const code = tag();
  const provinceId = level === "PROVINCE" ? id : (parent.provinceId ?? (parent.level === "PROVINCE" ? parentId : null));
  const kind = { PROVINCE: "TINH", DISTRICT: "HUYEN", COMMUNE: "XA" }[level] as "XA";
  await db.unit.create({
    data: {
      id,
      code,
      name: `Đơn vị thử ${code}`,
      level,
      kind,
      parentId,
      lineage: [...parent.lineage, id],
      provinceId,
      ...validity,
    },
  });
  return id;
}

const mergeInput = async (unitId: string) => ({
  fromIds: [await fixtureUnit(unitId, "COMMUNE")],
  intoId: await fixtureUnit(unitId, "COMMUNE"),
  effectiveDate: "01/01/2000",
  legalBasis: "Nghị quyết thử nghiệm",
  users: "MOVE",
});

async function convertInput(actorUnitId: string, unitId: string) {
  const own = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { level: true } });
  if (unitId !== actorUnitId || own.level !== "NATION")
    return { provinceId: unitId, effectiveDate: "01/01/1900", legalBasis: "Nghị quyết thử nghiệm" };
  const province = await fixtureUnit(unitId, "PROVINCE", { validFrom: OLD.validFrom });
  const district = await fixtureUnit(province, "DISTRICT", { validFrom: OLD.validFrom });
  await fixtureUnit(district, "COMMUNE");
  return { provinceId: province, effectiveDate: "01/01/2000", legalBasis: "Nghị quyết thử nghiệm" };
}

/** A commune of the target unit in force 1990–2001, for rename, new-rural year, cease, split and move. */
const oldCommune = (unitId: string) => fixtureUnit(unitId, "COMMUNE");
const when = { effectiveDate: "01/01/2000", legalBasis: "Nghị quyết thử nghiệm" };

// The parts of a split start on 01/01/2000 and would be in force today: `after` ends them on 01/01/2001 again, so
// that the communes the other suites count are unchanged.
let splitCodes: string[] = [];
const splitInput = async (unitId: string) => {
  splitCodes = [tag(), tag()];
  return {
    ...when,
    unitId: await oldCommune(unitId),
    selectionTo: 0,
    usersTo: 0,
    parts: [
      { name: "Xã Tách Một", code: splitCodes[0], kind: "XA" },
      { name: "Xã Tách Hai", code: splitCodes[1], kind: "XA" },
    ],
  };
};
const endSplitParts = async () => {
  await db.unit.updateMany({ where: { code: { in: splitCodes } }, data: { validTo: OLD.validTo } });
};

export const UNIT_CHANGE_ACTION_CASES: Record<string, ActionCase> = {
  "units/changes#previewMergeAction": { input: (_a, unitId) => mergeInput(unitId) },
  "units/changes#mergeUnitsAction": { input: (_a, unitId) => mergeInput(unitId) },
  "units/changes#previewConvertAction": { input: (a, unitId) => convertInput(a.unitId, unitId) },
  "units/changes#convertToTwoLevelsAction": { input: (a, unitId) => convertInput(a.unitId, unitId) },
  "units/changes#previewRenameAction": {
    input: async (_a, unitId) => ({ ...when, unitId: await oldCommune(unitId), newName: "Xã Đổi Tên" }),
  },
  "units/changes#previewNewRuralYearAction": {
    input: async (_a, unitId) => ({
      unitId: await oldCommune(unitId),
      newRuralYear: 1999,
      legalBasis: "Quyết định thử nghiệm",
    }),
  },
  "units/changes#previewMoveAction": {
    input: async (_a, unitId) => ({
      ...when,
      unitId: await oldCommune(unitId),
      newParentId: await fixtureUnit(unitId, "DISTRICT"),
    }),
  },
  "units/changes#renameUnitAction": {
    input: async (_a, unitId) => ({ ...when, unitId: await oldCommune(unitId), newName: "Xã Đổi Tên" }),
  },
  "units/changes#setNewRuralYearAction": {
    input: async (_a, unitId) => ({
      unitId: await oldCommune(unitId),
      newRuralYear: 1999,
      legalBasis: "Quyết định thử nghiệm",
    }),
  },
  "units/changes#previewCeaseAction": { input: async (_a, unitId) => ({ ...when, unitId: await oldCommune(unitId) }) },
  "units/changes#ceaseUnitAction": { input: async (_a, unitId) => ({ ...when, unitId: await oldCommune(unitId) }) },
  "units/changes#previewSplitAction": { input: async (_a, unitId) => splitInput(unitId) },
  "units/changes#splitUnitAction": { input: async (_a, unitId) => splitInput(unitId), after: endSplitParts },
  // The new parent: a district of the target unit in force 1990–2001 (the commune's own parent is the unit itself).
  "units/changes#moveUnitAction": {
    input: async (_a, unitId) => ({
      ...when,
      unitId: await oldCommune(unitId),
      newParentId: await fixtureUnit(unitId, "DISTRICT"),
    }),
  },
};
