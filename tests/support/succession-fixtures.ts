import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { seedIndicatorCatalogue } from "@/prisma/seed/indicator-catalogue";
import { applyAcceptedTotals } from "@/lib/server/monthly/indicator-totals";
import { loadActorByUserId, type Actor } from "@/lib/authz/actor";

// Issue #12 "Inputs that must give these values": a 2-level province of 20 communes; on 01/07/2025 communes A and
// B merge into C (A: 10 criminal cases in January–June 2025, B: 6, C: 9 in July–December 2025); P is split into Q
// and R on the same day. Accepted figures with the totals maintained as the monthly workflow does.

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const REFORM_DAY = day(2025, 7, 1);

/** HS_VU per month of A (Jan–Jun 2025), B (Jan–Jun 2025), C (Jul–Dec 2025 and Jan–Jun 2026), P (Jan–Jun 2025), Q (2026). */
export const FIGURES = {
  A: [2, 2, 2, 2, 1, 1],
  B: [1, 1, 1, 1, 1, 1],
  C2025: [2, 2, 2, 1, 1, 1],
  C2026: [1, 1, 1, 1, 1, 1],
  P: [3, 3, 3, 3, 3, 3],
  Q: [1, 1, 1, 1, 1, 1],
};

export type SuccessionFixture = Awaited<ReturnType<typeof createMergedProvince>>;

export async function createMergedProvince() {
  const tag = randomUUID().slice(0, 6);
  const root = await db.unit.findUniqueOrThrow({ where: { code: "VN" }, select: { id: true, lineage: true } });
  const provinceId = randomUUID();
  const province = { id: provinceId, lineage: [...root.lineage, provinceId] };
  await db.unit.create({
    data: {
      id: provinceId,
      code: `t12-${tag}`,
      name: `Tỉnh Hợp Nhất ${tag}`,
      level: "PROVINCE",
      kind: "TINH",
      parentId: root.id,
      lineage: province.lineage,
      provinceId,
    },
  });
  const commune = async (name: string, validity: { validFrom?: Date; validTo?: Date } = {}) => {
    const id = randomUUID();
    await db.unit.create({
      data: {
        id,
        code: `t12-${tag}-${name}`,
        name: `Xã ${name} ${tag}`,
        level: "COMMUNE",
        kind: "XA",
        parentId: provinceId,
        lineage: [...province.lineage, id],
        provinceId,
        ...validity,
      },
    });
    return id;
  };
  const A = await commune("A", { validTo: REFORM_DAY });
  const B = await commune("B", { validTo: REFORM_DAY });
  const C = await commune("C", { validFrom: REFORM_DAY });
  const others = [];
  for (let i = 0; i < 18; i++) others.push(await commune(`K${i}`));
  await db.unitSuccession.createMany({
    data: [
      { fromUnitId: A, toUnitId: C, effectiveDate: REFORM_DAY, note: "Nghị quyết số 1/NQ-UBTVQH15" },
      { fromUnitId: B, toUnitId: C, effectiveDate: REFORM_DAY },
    ],
  });
  const ids = await seedIndicatorCatalogue(db, provinceId);
  const reportIds: string[] = [];
  const report = async (communeId: string, year: number, firstMonth: number, values: number[]) => {
    for (const [i, v] of values.entries()) {
      const r = await db.monthlyReport.create({
        data: {
          communeId,
          provinceId,
          year,
          month: firstMonth + i,
          status: "ACCEPTED",
          submittedAt: day(year, firstMonth + i, 28),
        },
        select: { id: true },
      });
      await db.monthlyValue.create({ data: { reportId: r.id, indicatorId: ids.get("HS_VU")!, numValue: v } });
      reportIds.push(r.id);
    }
  };
  await report(A, 2025, 1, FIGURES.A);
  await report(B, 2025, 1, FIGURES.B);
  await report(C, 2025, 7, FIGURES.C2025);
  await report(C, 2026, 1, FIGURES.C2026);
  await db.$transaction(async (tx) => {
    await applyAcceptedTotals(tx, reportIds, 1);
  });
  const user = async (role: "COMMUNE_POLICE" | "PROVINCE_SECRETARIAT", unitId: string, name: string) => {
    const u = await db.user.create({
      data: { username: `t12.${tag}.${name}`, fullName: `Thử ${name}`, role, unitId, passwordHash: "x" },
      select: { id: true },
    });
    return (await loadActorByUserId(u.id)) as Actor;
  };
  return {
    tag,
    province,
    A,
    B,
    C,
    others,
    ids,
    policeA: await user("COMMUNE_POLICE", A, "ca-a"),
    policeC: await user("COMMUNE_POLICE", C, "ca-c"),
    secretariat: await user("PROVINCE_SECRETARIAT", provinceId, "tt"),
  };
}

/** Adds a split to a fixture's province (use a fixture of its own: the split changes the commune count): P (figures Jan–Jun 2025) becomes Q and R on 01/07/2025; Q reports in 2026. */
export async function addSplit(fx: SuccessionFixture) {
  const unit = async (name: string, validity: { validFrom?: Date; validTo?: Date }) => {
    const id = randomUUID();
    await db.unit.create({
      data: {
        id,
        code: `t12-${fx.tag}-${name}`,
        name: `Xã ${name} ${fx.tag}`,
        level: "COMMUNE",
        kind: "XA",
        parentId: fx.province.id,
        lineage: [...fx.province.lineage, id],
        provinceId: fx.province.id,
        ...validity,
      },
    });
    return id;
  };
  const P = await unit("P", { validTo: REFORM_DAY });
  const Q = await unit("Q", { validFrom: REFORM_DAY });
  const R = await unit("R", { validFrom: REFORM_DAY });
  await db.unitSuccession.createMany({
    data: [
      { fromUnitId: P, toUnitId: Q, effectiveDate: REFORM_DAY },
      { fromUnitId: P, toUnitId: R, effectiveDate: REFORM_DAY },
    ],
  });
  const reportIds: string[] = [];
  for (const [communeId, year, values] of [
    [P, 2025, FIGURES.P],
    [Q, 2026, FIGURES.Q],
  ] as const) {
    for (const [i, v] of values.entries()) {
      const r = await db.monthlyReport.create({
        data: { communeId, provinceId: fx.province.id, year, month: 1 + i, status: "ACCEPTED" },
        select: { id: true },
      });
      await db.monthlyValue.create({ data: { reportId: r.id, indicatorId: fx.ids.get("HS_VU")!, numValue: v } });
      reportIds.push(r.id);
    }
  }
  await db.$transaction(async (tx) => {
    await applyAcceptedTotals(tx, reportIds, 1);
  });
  return { P, Q, R };
}

/**
 * A province of 20 communes before any change, a 2025 programme with A selected (types 1 and 3, a plan, an accepted
 * interim review) and B selected (type 2, no plan), a commune-police account on A, a draft report of A for June 2025,
 * and the province secretariat. For the merge operation (issue #12 §1).
 */
export async function createProvinceForMerge() {
  const tag = randomUUID().slice(0, 6);
  const root = await db.unit.findUniqueOrThrow({ where: { code: "VN" }, select: { id: true, lineage: true } });
  const provinceId = randomUUID();
  const lineage = [...root.lineage, provinceId];
  await db.unit.create({
    data: {
      id: provinceId,
      code: `t12m-${tag}`,
      name: `Tỉnh Sáp Nhập ${tag}`,
      level: "PROVINCE",
      kind: "TINH",
      parentId: root.id,
      lineage,
      provinceId,
    },
  });
  const communes: string[] = [];
  for (let i = 0; i < 20; i++) {
    const id = randomUUID();
    await db.unit.create({
      data: {
        id,
        code: `t12m-${tag}-${i}`,
        name: `Xã ${String.fromCharCode(65 + i)} ${tag}`,
        level: "COMMUNE",
        kind: "XA",
        parentId: provinceId,
        lineage: [...lineage, id],
        provinceId,
      },
    });
    communes.push(id);
  }
  const [A, B] = communes as [string, string];
  const programme = await createProgramme(provinceId, 2025);
  const decision = await db.selectionDecision.create({
    data: {
      programmeId: programme.id,
      number: `${tag}/QĐ`,
      date: day(2025, 2, 17),
      signatoryTitle: "Trưởng Ban",
      signatoryName: "Người Ký",
    },
  });
  const sA = await db.selection.create({
    data: { programmeId: programme.id, decisionId: decision.id, communeId: A, hotspotTypes: ["TYPE_1", "TYPE_3"] },
    select: { id: true },
  });
  const sB = await db.selection.create({
    data: { programmeId: programme.id, decisionId: decision.id, communeId: B, hotspotTypes: ["TYPE_2"] },
    select: { id: true },
  });
  const plan = await db.plan.create({
    data: { selectionId: sA.id, number: `${tag}/KH-A`, date: day(2025, 2, 28) },
    select: { id: true },
  });
  await db.communeReview.create({ data: { selectionId: sA.id, kind: "INTERIM", status: "ACCEPTED" } });
  const draft = await db.monthlyReport.create({
    data: { communeId: A, provinceId, year: 2025, month: 6, status: "DRAFT" },
    select: { id: true },
  });
  const user = async (role: "COMMUNE_POLICE" | "PROVINCE_SECRETARIAT", unitId: string, name: string) => {
    const u = await db.user.create({
      data: { username: `t12m.${tag}.${name}`, fullName: `Thử ${name}`, role, unitId, passwordHash: "x" },
      select: { id: true },
    });
    return (await loadActorByUserId(u.id)) as Actor;
  };
  return {
    tag,
    provinceId,
    communes,
    A,
    B,
    programmeId: programme.id,
    selections: { A: sA.id, B: sB.id },
    planId: plan.id,
    draftId: draft.id,
    policeA: await user("COMMUNE_POLICE", A, "ca-a"),
    secretariat: await user("PROVINCE_SECRETARIAT", provinceId, "tt"),
  };
}

/** A programme of `year` for the province with the default calendar (plan 10/01, list 17/02, …, verdicts 14/12). */
export async function createProgramme(provinceId: string, year: number) {
  return db.programme.create({
    data: {
      provinceId,
      year,
      planNumber: "1/KH",
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
}

/** A unit reference of the throw-away trees below: its id and lineage. */
export type BareUnit = { id: string; lineage: string[] };

/**
 * A throw-away unit under `parent` (the nation for a province) with a random code and name: `provinceId` defaults to
 * the unit itself (a province), `validTo` (a DB day) ends it. For suites that build their own small tree.
 */
export async function bareUnit(
  level: "PROVINCE" | "DISTRICT" | "COMMUNE",
  parent: BareUnit,
  provinceId?: string,
  validTo?: Date,
): Promise<BareUnit> {
  const id = randomUUID();
  const kind = ({ PROVINCE: "TINH", DISTRICT: "HUYEN", COMMUNE: "XA" } as const)[level];
  await db.unit.create({
    data: {
      id,
      code: `t12u-${id.slice(0, 13)}`,
      name: `${level} ${id.slice(0, 8)}`,
      level,
      kind,
      parentId: parent.id,
      lineage: [...parent.lineage, id],
      provinceId: provinceId ?? id,
      validTo,
    },
  });
  return { id, lineage: [...parent.lineage, id] };
}

/** The nation's unit (code VN): the parent of a throw-away province. */
export const nationUnit = () =>
  db.unit.findUniqueOrThrow({ where: { code: "VN" }, select: { id: true, lineage: true } });
