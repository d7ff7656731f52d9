import { db } from "@/lib/db";
import type { HotspotType } from "@/lib/generated/prisma/enums";

// Fixtures of issue #5 tests: each test gets its own programme years (far from the demo years) and communes
// that no other data uses, so tests do not depend on each other or on the demo seed.

let seq = 0;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A programme of the province for a year no one else uses (returns the year). */
export async function freshProgramme(provinceCode: string, opts: { year?: number } = {}) {
  const province = await db.unit.findUniqueOrThrow({ where: { code: provinceCode }, select: { id: true } });
  let year = opts.year;
  if (!year) {
    const max = await db.programme.aggregate({
      where: { provinceId: province.id, year: { gte: 2040 } },
      _max: { year: true },
    });
    year = Math.max(2040, max._max.year ?? 2040) + 2;
  }
  return createProgramme(province.id, year);
}

export async function createProgramme(provinceId: string, year: number) {
  return db.programme.create({
    data: {
      provinceId,
      year,
      planNumber: `${year}/KH-BCĐ`,
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
  });
}

/**
 * A commune of the province (optionally under a district code) not yet on this programme and without figures in
 * the programme's year or the year before (programme years of these tests are unique, so communes are reused).
 */
export async function freshCommune(
  provinceCode: string,
  districtCode: string | undefined,
  programme: { id: string; year: number },
) {
  const province = await db.unit.findUniqueOrThrow({ where: { code: provinceCode }, select: { id: true } });
  const parent = districtCode
    ? await db.unit.findUniqueOrThrow({ where: { code: districtCode }, select: { id: true } })
    : null;
  const candidates = await db.unit.findMany({
    where: { provinceId: province.id, level: "COMMUNE", validTo: null, ...(parent ? { parentId: parent.id } : {}) },
    select: { id: true, code: true, name: true, parentId: true },
    orderBy: { code: "desc" },
  });
  for (const c of candidates) {
    const used =
      (await db.proposal.count({ where: { communeId: c.id, programmeId: programme.id } })) +
      (await db.monthlyReport.count({
        where: { communeId: c.id, year: { in: [programme.year - 1, programme.year] } },
      }));
    if (used === 0) return c;
  }
  throw new Error(`no fresh commune left in ${provinceCode}/${districtCode ?? ""}`);
}

export async function selectCommune(
  programmeId: string,
  communeId: string,
  types: HotspotType[] = ["TYPE_1"],
  figures: Record<string, number> = {},
) {
  const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId } });
  const decision = await db.selectionDecision.create({
    data: {
      programmeId,
      number: `${++seq}-${Date.now().toString(36)}/QĐ-BCĐ`,
      date: programme.approvalDate,
      signatoryTitle: "Trưởng Ban Chỉ đạo",
      signatoryName: "Nguyễn Văn Thử",
    },
  });
  const commune = await db.unit.findUniqueOrThrow({ where: { id: communeId }, select: { parentId: true } });
  const proposal = await db.proposal.create({
    data: {
      programmeId,
      communeId,
      proposedByUnitId: commune.parentId ?? communeId,
      status: "APPROVED",
      hotspotTypes: types,
      figures: { CRIMINAL: figures },
    },
  });
  return db.selection.create({
    data: { programmeId, communeId, decisionId: decision.id, proposalId: proposal.id, hotspotTypes: types },
  });
}

export type MonthFigures = Record<string, number | boolean>;

/** One commune report of a month with the given values (by indicator code). */
export async function addMonth(
  communeId: string,
  year: number,
  month: number,
  values: MonthFigures,
  status: "ACCEPTED" | "SUBMITTED" = "ACCEPTED",
) {
  const commune = await db.unit.findUniqueOrThrow({ where: { id: communeId }, select: { provinceId: true } });
  const indicators = await db.indicator.findMany({
    where: { provinceId: commune.provinceId!, code: { in: Object.keys(values) } },
    select: { id: true, code: true },
  });
  const idOf = new Map(indicators.map((i) => [i.code, i.id]));
  return db.monthlyReport.create({
    data: {
      communeId,
      provinceId: commune.provinceId!,
      year,
      month,
      status,
      values: {
        create: Object.entries(values).map(([code, v]) => ({
          indicatorId: idOf.get(code)!,
          ...(typeof v === "boolean" ? { boolValue: v } : { numValue: v }),
        })),
      },
    },
  });
}

/** A year that meets every default result indicator (8 of 8) and halves crime vs the year before. */
export const GOOD_MONTH: MonthFigures = {
  HS_VU: 2,
  MT_VU: 0,
  KT_VU: 0,
  KQ_AN_KHAM_PHA: 2,
  KQ_RNT_XAY_RA: 1,
  KQ_RNT_KHAM_PHA: 1,
  HS_TO_GIAC: 3,
  KQ_TGTB_XU_LY: 3,
  KQ_HET_AN: 20,
  KQ_TAI_PHAM_SO: 2,
  KQ_TONG_HO: 500,
  KQ_HO_TUYEN_TRUYEN: 500,
  KQ_MO_HINH: 2,
  KQ_XHD: false,
};
/** 6 of 8: clearance 50% (< 80%) and households informed 80% (< 100%) fail → 75% < 80%. */
export const WEAK_MONTH: MonthFigures = { ...GOOD_MONTH, KQ_AN_KHAM_PHA: 1, KQ_HO_TUYEN_TRUYEN: 400 };
export const LAST_YEAR_MONTH: MonthFigures = { HS_VU: 4, MT_VU: 1, KT_VU: 0 };

/** Fills months 1..months of `year` with `values`, and the same months of the year before with LAST_YEAR_MONTH. */
export async function fillYear(communeId: string, year: number, values: MonthFigures, months = 12) {
  for (let m = 1; m <= months; m++) {
    await addMonth(communeId, year - 1, m, LAST_YEAR_MONTH);
    await addMonth(communeId, year, m, values);
  }
}

/** Answers every general and type criterion of the selection's province as met. */
export async function answerAllCriteria(selectionId: string, met = true) {
  const s = await db.selection.findUniqueOrThrow({
    where: { id: selectionId },
    select: { hotspotTypes: true, programme: { select: { provinceId: true } } },
  });
  const criteria = await db.verdictCriterion.findMany({
    where: {
      provinceId: s.programme.provinceId,
      isActive: true,
      OR: [{ hotspotType: null }, { hotspotType: { in: s.hotspotTypes } }],
    },
    select: { id: true },
  });
  return criteria.map((c) => ({ criterionId: c.id, met }));
}
