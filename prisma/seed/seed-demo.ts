import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/prisma-client";
import type { Role, UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { seedIndicatorCatalogue } from "./indicator-catalogue";
import { DEMO_AGENCIES } from "./agencies";
import { seedDemoVerdicts } from "./verdicts";
import { seedDemoProgrammes } from "./programme";
import { seedDemoCommittee } from "./committee";
import { seedDemoFigures } from "./monthly";
import { demoProvinceThreeLevel, demoProvinceTwoLevel, type DemoUnit } from "./demo-units";
import { appNow } from "../../lib/clock";
import { committeeNameFor, NATION_ROOT } from "../../lib/domain/official-units";

export const DEMO_PASSWORD = "ChuyenHoa2026";

/** `agency`: the short name of the member agency (prisma/seed/agencies.ts) of an AGENCY_MEMBER account. */
export type DemoAccount = { username: string; role: Role; unitCode: string; note: string; agency?: string };

/** One account per role in each demo province, plus extra ones the end-to-end tests use. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin", role: "ADMIN", unitCode: "VN", note: "Quản trị hệ thống (toàn quốc)" },
  {
    username: "bo.thuongtruc",
    role: "MINISTRY_OFFICE",
    unitCode: "VN",
    note: "Cơ quan Thường trực BCĐ 138 Chính phủ (Bộ Công an)",
  },
  { username: "lg.thuongtruc", role: "PROVINCE_SECRETARIAT", unitCode: "91", note: "Công an tỉnh Long Giang" },
  { username: "lg.lanhdao", role: "PROVINCE_LEADER", unitCode: "91", note: "Lãnh đạo tỉnh Long Giang" },
  { username: "lg.cauke", role: "DISTRICT_COMMITTEE", unitCode: "903", note: "BCĐ huyện Cầu Kè" },
  { username: "lg.tambinh", role: "DISTRICT_COMMITTEE", unitCode: "905", note: "BCĐ huyện Tam Bình" },
  { username: "lg.xa", role: "COMMUNE_POLICE", unitCode: "FIRST_COMMUNE_OF:903", note: "Công an xã (huyện Cầu Kè)" },
  { username: "lg.xa2", role: "COMMUNE_POLICE", unitCode: "FIRST_COMMUNE_OF:905", note: "Công an xã (huyện Tam Bình)" },
  {
    username: "lg.sotuphap",
    role: "AGENCY_MEMBER",
    unitCode: "91",
    note: "Sở Tư pháp tỉnh Long Giang (cơ quan thành viên)",
    agency: "STP",
  },
  { username: "hc.thuongtruc", role: "PROVINCE_SECRETARIAT", unitCode: "92", note: "Công an tỉnh Hải Châu (2 cấp)" },
  { username: "hc.lanhdao", role: "PROVINCE_LEADER", unitCode: "92", note: "Lãnh đạo tỉnh Hải Châu" },
  {
    username: "hc.bcdxa",
    role: "DISTRICT_COMMITTEE",
    unitCode: "FIRST_COMMUNE_OF:92",
    note: "BCĐ cấp xã (tỉnh 2 cấp)",
  },
  { username: "hc.xa", role: "COMMUNE_POLICE", unitCode: "FIRST_COMMUNE_OF:92", note: "Công an xã (tỉnh Hải Châu)" },
];

const COMMUNE_KINDS = new Set(["XA", "PHUONG", "THI_TRAN", "DAC_KHU"]);
const REFORM_DATE = new Date(Date.UTC(2025, 6, 1));

type UnitRow = {
  id: string;
  code: string;
  name: string;
  level: UnitLevel;
  kind: UnitKind;
  parentId: string | null;
  lineage: string[];
  provinceId: string | null;
  committeeName: string;
  validFrom?: Date;
  validTo?: Date | null;
  newRuralYear: number | null;
};

function levelOf(u: DemoUnit, depth: number): UnitLevel {
  if (depth === 0) return "PROVINCE";
  return COMMUNE_KINDS.has(u.kind) ? "COMMUNE" : "DISTRICT";
}

function flatten(u: DemoUnit, parent: UnitRow, depth: number, year: number, out: UnitRow[], validFrom?: Date) {
  const id = randomUUID();
  const level = levelOf(u, depth);
  const row: UnitRow = {
    id,
    code: u.code,
    name: u.name,
    level,
    kind: u.kind as UnitKind,
    parentId: parent.id,
    lineage: [...parent.lineage, id],
    provinceId: level === "PROVINCE" ? id : parent.provinceId,
    committeeName: committeeNameFor(u.name),
    validFrom,
    newRuralYear: u.newRuralLastYear ? year - 1 : null,
  };
  out.push(row);
  for (const c of u.children ?? []) flatten(c, row, depth + 1, year, out, validFrom);
  return row;
}

/** Seeds the demo units and accounts. Does nothing when units already exist. */
export async function seedDemo(db: Db, now = appNow()): Promise<{ seeded: boolean; accounts: DemoAccount[] }> {
  if ((await db.unit.count()) > 0) return { seeded: false, accounts: DEMO_ACCOUNTS };
  const year = now.getUTCFullYear();
  const rootId = randomUUID();
  const root: UnitRow = {
    id: rootId,
    ...NATION_ROOT,
    level: "NATION",
    kind: "QUOC_GIA",
    parentId: null,
    lineage: [rootId],
    provinceId: null,
    newRuralYear: null,
  };
  const rows: UnitRow[] = [root];
  flatten(demoProvinceThreeLevel, root, 0, year, rows);
  const twoLevel = flatten(demoProvinceTwoLevel, root, 0, year, rows, REFORM_DATE);

  // History of the 2025 merger in the 2-level province: two former communes now
  // part of its first commune (they no longer count as existing units).
  const merged = rows.find((r) => r.parentId === twoLevel.id)!;
  const former = ["Xã Phú Lộc Đông", "Xã Phú Lộc Tây"].map((name, i): UnitRow => {
    const id = randomUUID();
    return {
      id,
      code: `4990${i + 1}`,
      name,
      level: "COMMUNE",
      kind: "XA",
      parentId: twoLevel.id,
      lineage: [...twoLevel.lineage, id],
      provinceId: twoLevel.id,
      committeeName: committeeNameFor(name),
      validFrom: new Date(Date.UTC(1990, 0, 1)),
      validTo: REFORM_DATE,
      newRuralYear: null,
    };
  });
  rows.push(...former);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const resolve = (code: string) => {
    if (!code.startsWith("FIRST_COMMUNE_OF:")) return byCode.get(code)!;
    const parent = byCode.get(code.split(":")[1])!;
    return rows.find((r) => r.parentId === parent.id && r.level === "COMMUNE" && !r.validTo)!;
  };

  await db.$transaction(async (tx) => {
    await tx.unit.createMany({ data: rows });
    await tx.unitSuccession.createMany({
      data: former.map((f) => ({
        fromUnitId: f.id,
        toUnitId: merged.id,
        effectiveDate: REFORM_DATE,
        note: "Sáp nhập theo Nghị quyết của UBTVQH năm 2025",
      })),
    });
    // Province 91 only: the end-to-end journey adds Hải Châu's agencies itself (e2e/committee.spec.ts).
    const agencies = rows
      .filter((r) => r.code === "91")
      .flatMap((p) => DEMO_AGENCIES.map((a) => ({ ...a, id: randomUUID(), provinceId: p.id })));
    await tx.agency.createMany({ data: agencies });
    const agencyOf = (a: DemoAccount) =>
      a.agency ? agencies.find((g) => g.provinceId === resolve(a.unitCode).id && g.shortName === a.agency)!.id : null;
    await tx.user.createMany({
      data: DEMO_ACCOUNTS.map((a) => ({
        username: a.username,
        fullName: a.note,
        role: a.role,
        unitId: resolve(a.unitCode).id,
        agencyId: agencyOf(a),
        passwordHash,
      })),
    });
  });
  for (const province of rows.filter((r) => r.level === "PROVINCE")) await seedIndicatorCatalogue(db, province.id);
  await seedDemoProgrammes(db, now);
  await seedDemoCommittee(db, now);
  await seedDemoFigures(db, now);
  await seedDemoVerdicts(db, now);
  return { seeded: true, accounts: DEMO_ACCOUNTS };
}
