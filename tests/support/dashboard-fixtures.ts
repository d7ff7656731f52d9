import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { seedIndicatorCatalogue } from "@/prisma/seed/indicator-catalogue";
import { applyAcceptedTotals } from "@/lib/server/monthly/indicator-totals";
import { loadActorByUserId, type Actor } from "@/lib/authz/actor";
import type { Role, UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";

// Fixtures of issue #6 tests: a whole province of its own (2 districts, 5 communes), its catalogue,
// accepted monthly figures for 2025 and Jan–Jun 2026 with the totals maintained exactly as the
// monthly workflow does (applyAcceptedTotals), a programme per year with selections and verdicts.

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export type DashFixture = Awaited<ReturnType<typeof createDashboardProvince>>;

/** Deterministic figures: HS_VU and KQ_AN_KHAM_PHA per commune index and month. */
export const hsVu = (ci: number, year: number, month: number) => ci + 1 + ((month + year) % 3);
export const solved = (ci: number, year: number, month: number) => Math.max(0, hsVu(ci, year, month) - 1 - (ci % 2));

export async function createDashboardProvince() {
  const tag = randomUUID().slice(0, 6);
  const root = await db.unit.findUniqueOrThrow({ where: { code: "VN" }, select: { id: true } });
  const mk = async (
    name: string,
    level: UnitLevel,
    kind: UnitKind,
    parent: { id: string; lineage: string[]; provinceId: string | null },
  ) => {
    const id = randomUUID();
    const provinceId = level === "PROVINCE" ? id : parent.provinceId;
    await db.unit.create({
      data: {
        id,
        code: `t6-${tag}-${name}`,
        name,
        level,
        kind,
        parentId: parent.id,
        lineage: [...parent.lineage, id],
        provinceId,
        committeeName: `Ban Chỉ đạo 138 ${name}`,
      },
    });
    return { id, name, lineage: [...parent.lineage, id], provinceId };
  };
  const province = await mk(`Tỉnh Thử ${tag}`, "PROVINCE", "TINH", {
    id: root.id,
    lineage: [root.id],
    provinceId: null,
  });
  const d1 = await mk(`Huyện Một ${tag}`, "DISTRICT", "HUYEN", province);
  const d2 = await mk(`Huyện Hai ${tag}`, "DISTRICT", "HUYEN", province);
  const communes = [
    await mk(`Xã A ${tag}`, "COMMUNE", "XA", d1),
    await mk(`Xã B ${tag}`, "COMMUNE", "XA", d1),
    await mk(`Xã C ${tag}`, "COMMUNE", "XA", d1),
    await mk(`Xã D ${tag}`, "COMMUNE", "XA", d2),
    await mk(`Xã E ${tag}`, "COMMUNE", "XA", d2),
  ];
  const ids = await seedIndicatorCatalogue(db, province.id);

  const user = async (role: Role, unitId: string) => {
    const u = await db.user.create({
      data: { username: `t6.${tag}.${role.toLowerCase()}`, fullName: `Thử ${role}`, role, unitId, passwordHash: "x" },
      select: { id: true },
    });
    return (await loadActorByUserId(u.id)) as Actor;
  };
  const leader = await user("PROVINCE_LEADER", province.id);
  const district = await user("DISTRICT_COMMITTEE", d1.id);
  const police = await user("COMMUNE_POLICE", communes[0]!.id);

  // Accepted reports: 2025-01..2025-12 and 2026-01..2026-06 for every commune.
  const months: { year: number; month: number }[] = [];
  for (let m = 1; m <= 12; m++) months.push({ year: 2025, month: m });
  for (let m = 1; m <= 6; m++) months.push({ year: 2026, month: m });
  const reportIds: string[] = [];
  for (const [ci, c] of communes.entries()) {
    for (const { year, month } of months) {
      const r = await db.monthlyReport.create({
        data: {
          communeId: c.id,
          provinceId: province.id,
          year,
          month,
          status: "ACCEPTED",
          submittedAt: day(year, month, 28),
          reviewedAt: day(year, month, 28),
        },
        select: { id: true },
      });
      await db.monthlyValue.createMany({
        data: [
          { reportId: r.id, indicatorId: ids.get("HS_VU")!, numValue: hsVu(ci, year, month) },
          { reportId: r.id, indicatorId: ids.get("KQ_AN_KHAM_PHA")!, numValue: solved(ci, year, month) },
          { reportId: r.id, indicatorId: ids.get("KQ_MO_HINH")!, numValue: ci % 2 },
          { reportId: r.id, indicatorId: ids.get("K_TRANH_CHAP")!, boolValue: ci === 4 },
        ],
      });
      reportIds.push(r.id);
    }
  }
  await db.$transaction(async (tx) => {
    await applyAcceptedTotals(tx, reportIds, 1);
  });
  // A submitted (not accepted) report: must not count in any total.
  const pending = await db.monthlyReport.create({
    data: {
      communeId: communes[0]!.id,
      provinceId: province.id,
      year: 2026,
      month: 7,
      status: "SUBMITTED",
      submittedAt: day(2026, 8, 3),
    },
    select: { id: true },
  });
  await db.monthlyValue.create({ data: { reportId: pending.id, indicatorId: ids.get("HS_VU")!, numValue: 1000 } });

  // Programmes 2025 and 2026: 2025 selects A (passed) and D (not passed); 2026 selects B (plan, interim accepted, off track).
  const programme = async (year: number) =>
    db.programme.create({
      data: {
        provinceId: province.id,
        year,
        planNumber: `${year}/KH-T6`,
        planDate: day(year, 1, 10),
        proposalDeadline: day(year, 1, 31),
        approvalDate: day(year, 2, 17),
        planDeadline: day(year, 2, 28),
        focusStart: day(year, 3, 1),
        focusEnd: day(year, 8, 31),
        peakStart: day(year, 3, 1),
        peakEnd: day(year, 5, 31),
        interimReviewDate: day(year, 9, 15),
        yearEndReviewDeadline: day(year, 11, 15),
        reportDeadline: day(year, 11, 19),
        verdictDeadline: day(year, 12, 14),
      },
      select: { id: true },
    });
  const p25 = await programme(2025);
  const p26 = await programme(2026);
  const decide = async (programmeId: string, year: number) =>
    db.selectionDecision.create({
      data: {
        programmeId,
        number: `${tag}-${year}/QĐ-BCĐ`,
        date: day(year, 2, 17),
        signatoryTitle: "Trưởng Ban",
        signatoryName: "Người Ký",
      },
      select: { id: true },
    });
  const dec25 = await decide(p25.id, 2025);
  const dec26 = await decide(p26.id, 2026);
  const select = (programmeId: string, decisionId: string, communeId: string) =>
    db.selection.create({
      data: { programmeId, decisionId, communeId, hotspotTypes: ["TYPE_1"] },
      select: { id: true },
    });
  const sA = await select(p25.id, dec25.id, communes[0]!.id);
  const sD = await select(p25.id, dec25.id, communes[3]!.id);
  const sB = await select(p26.id, dec26.id, communes[1]!.id);
  await db.plan.create({ data: { selectionId: sB.id, number: `${tag}/KH`, date: day(2026, 2, 28) } });
  await db.communeReview.create({
    data: {
      selectionId: sB.id,
      kind: "INTERIM",
      status: "ACCEPTED",
      offTrack: true,
      shortcomings: "Chậm triển khai mô hình tự quản",
    },
  });
  const verdict = (selectionId: string, communeId: string, v: "PASSED" | "NOT_PASSED") =>
    db.communeVerdict.create({
      data: {
        selectionId,
        communeId,
        year: 2025,
        stage: "ISSUED",
        verdict: v,
        recommendation: v,
        decisionNumber: `${tag}/QĐ-KQ`,
        decisionDate: day(2025, 12, 12),
        issuedAt: day(2025, 12, 12),
      },
    });
  await verdict(sA.id, communes[0]!.id, "PASSED");
  await verdict(sD.id, communes[3]!.id, "NOT_PASSED");
  await db.districtReport.create({
    data: {
      unitId: d1.id,
      provinceId: province.id,
      year: 2026,
      month: 5,
      status: "SUBMITTED",
      narrative: "Tình hình ổn định.",
    },
  });

  return { tag, province, districts: [d1, d2], communes, ids, leader, district, police, months };
}
