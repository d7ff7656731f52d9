import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { ActionCase } from "./action-case";
import { DEMO_PASSWORD } from "@/prisma/seed/seed-demo";
import { vi } from "@/lib/i18n/vi";
import { committeeNameFor, NATION_ROOT } from "@/lib/domain/official-units";
import { MONTHLY_ACTION_CASES } from "./monthly-cases";
import { REVIEW_ACTION_CASES } from "./review-cases";
import { PROGRAMME_ACTION_CASES } from "./programme-cases";
import { DOCUMENT_ACTION_CASES } from "./document-cases";
import { UNIT_CHANGE_ACTION_CASES } from "./unit-change-cases";
import { COMMITTEE_ACTION_CASES } from "./committee-cases";

let seq = 0;
const unique = (p: string) => `${p}${Date.now().toString(36)}${(seq++).toString(36)}`;

async function fixtureUser(unitId: string) {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { level: true } });
  const role =
    unit.level === "COMMUNE" ? "COMMUNE_POLICE" : unit.level === "DISTRICT" ? "DISTRICT_COMMITTEE" : "PROVINCE_LEADER";
  return db.user.create({
    data: {
      username: unique("fx."),
      fullName: "Người dùng thử",
      role,
      unitId,
      passwordHash: await hashPassword("Fixture2026x"),
    },
    select: { id: true },
  });
}

const RENAMED_COMMITTEE = "Ban Chỉ đạo 138 (thử đổi tên)";

/** A one-row sheet of the given headers (base64). */
async function oneRowSheet(headers: readonly string[], row: string[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet");
  ws.addRow([...headers]);
  ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
}

/** A units sheet creating one unit under the given one. */
async function unitSheet(unitId: string) {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { code: true, level: true } });
  const code = unique("T").slice(0, 30);
  const row =
    unit.level === "NATION" ? [code, "Tỉnh Thử Nghiệm", "tỉnh", ""] : [code, "Xã Thử Nghiệm", "xã", unit.code];
  return oneRowSheet(vi.golive.unitSheet.headers, [...row, "01/01/1990", "01/01/2000"]);
}

/** A bulk-accounts sheet with one valid row for the given unit (base64). */
async function bulkSheet(unitId: string) {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { code: true, level: true } });
  const role =
    unit.level === "COMMUNE"
      ? "COMMUNE_POLICE"
      : unit.level === "DISTRICT"
        ? "DISTRICT_COMMITTEE"
        : unit.level === "PROVINCE"
          ? "PROVINCE_LEADER"
          : "ADMIN";
  return oneRowSheet(vi.golive.bulkUsers.headers, [unique("bulk."), "Trần Thị Bình", "", role, unit.code]);
}

export const ACTION_CASES: Record<string, ActionCase> = {
  ...MONTHLY_ACTION_CASES,
  ...REVIEW_ACTION_CASES,
  ...PROGRAMME_ACTION_CASES,
  ...DOCUMENT_ACTION_CASES,
  ...UNIT_CHANGE_ACTION_CASES,
  ...COMMITTEE_ACTION_CASES,
  "users#createUserAction": {
    input: async (_actor, unitId) => {
      const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { level: true } });
      const role =
        unit.level === "COMMUNE"
          ? "COMMUNE_POLICE"
          : unit.level === "DISTRICT"
            ? "DISTRICT_COMMITTEE"
            : unit.level === "PROVINCE"
              ? "PROVINCE_LEADER"
              : "ADMIN";
      return { username: unique("t."), fullName: "Trần Thị Bình", role, unitId, password: "MatKhau2026x" };
    },
  },
  "users#setUserActiveAction": {
    input: async (_a, unitId) => ({ userId: (await fixtureUser(unitId)).id, isActive: false }),
  },
  // A role that fits the unit's level and differs from the fixture's where one exists (a district keeps its role: VALIDATION).
  "users#changeUserRoleAction": {
    input: async (_a, unitId) => {
      const { level } = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { level: true } });
      const role = {
        NATION: "ADMIN",
        PROVINCE: "PROVINCE_SECRETARIAT",
        DISTRICT: "DISTRICT_COMMITTEE",
        COMMUNE: "DISTRICT_COMMITTEE",
      }[level];
      return { userId: (await fixtureUser(unitId)).id, role, unitId, version: 1 };
    },
  },
  "users#resetPasswordAction": {
    input: async (_a, unitId) => ({ userId: (await fixtureUser(unitId)).id, password: "DatLai2026xyz" }),
  },
  // Bulk accounts: the sheet names units by code, so there is no record id to point at another tenant; a foreign
  // code is refused row by row like an unknown one (tests/integration/bulk-users.test.ts). Own: one valid row.
  "users/bulk#previewBulkUsersAction": {
    selfOnly: true,
    input: async (_a, unitId) => ({ fileBase64: await bulkSheet(unitId) }),
  },
  "users/bulk#createBulkUsersAction": {
    selfOnly: true,
    input: async (_a, unitId) => ({ fileBase64: await bulkSheet(unitId) }),
  },
  // Units from a sheet: a unit under the actor's own unit (a province at the root, else a commune), ceased in 2000 so
  // no current count of the demo changes. Foreign parents are refused row by row (tests/integration/unit-sheet.test.ts).
  "units/sheet#previewUnitSheetAction": {
    selfOnly: true,
    input: async (_a, unitId) => ({ fileBase64: await unitSheet(unitId) }),
  },
  "units/sheet#applyUnitSheetAction": {
    selfOnly: true,
    input: async (_a, unitId) => ({ fileBase64: await unitSheet(unitId) }),
  },
  // Renames, then puts back the seeded name (reports and documents of the other suites print it).
  "units#renameCommitteeAction": {
    input: async (_a, unitId) => ({ unitId, committeeName: RENAMED_COMMITTEE }),
    after: async () => {
      for (const u of await db.unit.findMany({
        where: { committeeName: RENAMED_COMMITTEE },
        select: { id: true, name: true, level: true },
      })) {
        await db.unit.update({
          where: { id: u.id },
          data: { committeeName: u.level === "NATION" ? NATION_ROOT.committeeName : committeeNameFor(u.name) },
        });
      }
    },
  },
  // Searches below the given unit: another tenant's unit is "not found".
  "units#searchUnitsAction": {
    input: async (_a, unitId) => ({
      q: (await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true } })).name,
      underUnitId: unitId,
    }),
  },
  // Adds a small real province (Lai Châu, no history) under the national root: only an ADMIN at the root may;
  // there is no record of another unit to target (the root is the only place a province can go).
  "units/import#importOfficialProvinceAction": { input: async () => ({ provinceCode: "12", withHistory: false }) },
  // Tokens belong to a user: the actor's own token in its own unit, another user's token elsewhere (→ not found).
  "account/tokens#createApiTokenAction": {
    selfOnly: true,
    input: async () => ({ name: "Hệ thống thử nghiệm", validDays: 90 }),
  },
  "account/tokens#revokeApiTokenAction": {
    input: async (actor, unitId) => {
      const userId = unitId === actor.unitId ? actor.userId : (await fixtureUser(unitId)).id;
      const t = await db.apiToken.create({
        data: { userId, name: "Thử", tokenHash: createHash("sha256").update(unique("tok")).digest("hex") },
        select: { id: true },
      });
      return { tokenId: t.id };
    },
  },
  // Signs out the actor's own session (tests' actors have none): nothing of another unit to target.
  "account#signOutAction": { selfOnly: true, input: async () => ({}) },
  // The demo account's real password, then put back: the other suites sign in with it.
  "account/password#changePasswordAction": {
    selfOnly: true,
    input: async () => ({ currentPassword: DEMO_PASSWORD, newPassword: "MoiMoi2026z", confirmPassword: "MoiMoi2026z" }),
    after: async (actor) => {
      await db.user.update({
        where: { id: actor.userId },
        data: { passwordHash: await hashPassword(DEMO_PASSWORD), mustChangePassword: false },
      });
    },
  },
};
