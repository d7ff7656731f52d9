// Issue #12 §1: rename (the name of each period kept), new-rural year, cease, split, move — each in one transaction,
// audited, refusing bad input with nothing written.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { renameUnit } from "@/lib/server/units/changes/rename";
import { setNewRuralYear } from "@/lib/server/units/changes/set-new-rural-year";
import { ceaseUnit } from "@/lib/server/units/changes/cease";
import { previewCease } from "@/lib/server/units/changes/preview-cease";
import { splitUnit } from "@/lib/server/units/changes/split";
import { moveUnit } from "@/lib/server/units/changes/move";
import { previewMove } from "@/lib/server/units/changes/preview-move";
import { mergeUnits } from "@/lib/server/units/changes/merge";
import { getUnitLineage } from "@/lib/server/units/get-unit-lineage";
import { communeEligibility } from "@/lib/server/proposals/eligibility";
import { ensureCarryOverProposals } from "@/lib/server/proposals/carry-over";
import { loadSelectionOutcomes } from "@/lib/server/dashboards/programme-status";
import { loadReductions } from "@/lib/server/dashboards/comparable-sums";
import { applyAcceptedTotals } from "@/lib/server/monthly/indicator-totals";
import { seedIndicatorCatalogue } from "@/prisma/seed/indicator-catalogue";
import { monthRange } from "@/lib/domain/period";
import { nameOn } from "@/lib/domain/unit-succession";
import { fromDbDay, vnDate } from "@/lib/domain/vn-date";
import { actorOf } from "../support/actors";
import { writeMark } from "../support/foreign-units";
import { bareUnit, createProvinceForMerge, createProgramme, nationUnit } from "../support/succession-fixtures";

const basis = "Nghị quyết số 2/NQ-UBTVQH15";
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return "OK";
}

describe("rename", () => {
  it("keeps each period's name; refuses a same name or an earlier date; another province → not found", async () => {
    const fx = await createProvinceForMerge();
    const K = fx.communes[4]!;
    const old = (await db.unit.findUniqueOrThrow({ where: { id: K }, select: { name: true } })).name;
    await renameUnit(fx.secretariat, {
      unitId: K,
      newName: "Xã Đổi Tên",
      effectiveDate: "01/03/2024",
      legalBasis: basis,
    });
    await renameUnit(fx.secretariat, {
      unitId: K,
      newName: "Phường Mới",
      effectiveDate: "01/07/2025",
      legalBasis: basis,
    });
    const former = (await db.unitName.findMany({ where: { unitId: K }, orderBy: { validTo: "asc" } })).map((f) => ({
      name: f.name,
      validFrom: f.validFrom && fromDbDay(f.validFrom),
      validTo: fromDbDay(f.validTo),
    }));
    expect(nameOn("Phường Mới", former, vnDate(2023, 5, 1))).toBe(old);
    expect(nameOn("Phường Mới", former, vnDate(2025, 6, 30))).toBe("Xã Đổi Tên");
    expect(nameOn("Phường Mới", former, vnDate(2025, 7, 1))).toBe("Phường Mới");
    const before = await writeMark();
    expect(
      await codeOf(
        renameUnit(fx.secretariat, {
          unitId: K,
          newName: "Phường Mới",
          effectiveDate: "01/08/2025",
          legalBasis: basis,
        }),
      ),
    ).toBe("VALIDATION");
    expect(
      await codeOf(
        renameUnit(fx.secretariat, { unitId: K, newName: "Xã Khác", effectiveDate: "01/01/2025", legalBasis: basis }),
      ),
    ).toBe("VALIDATION");
    expect(
      await codeOf(
        renameUnit(await actorOf("hc.thuongtruc"), {
          unitId: K,
          newName: "Xã Khác",
          effectiveDate: "01/08/2025",
          legalBasis: basis,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
    expect(await db.auditLog.count({ where: { action: "unit.rename", entityId: K } })).toBe(2);
  });
});

describe("new-rural year", () => {
  it("sets and clears the year of a commune; refuses a province and an out-of-range year", async () => {
    const fx = await createProvinceForMerge();
    const K = fx.communes[6]!;
    await setNewRuralYear(fx.secretariat, { unitId: K, newRuralYear: 2024, legalBasis: "Quyết định số 5/QĐ-UBND" });
    expect((await db.unit.findUniqueOrThrow({ where: { id: K }, select: { newRuralYear: true } })).newRuralYear).toBe(
      2024,
    );
    await setNewRuralYear(fx.secretariat, { unitId: K, newRuralYear: null, legalBasis: "Quyết định số 6/QĐ-UBND" });
    expect(
      (await db.unit.findUniqueOrThrow({ where: { id: K }, select: { newRuralYear: true } })).newRuralYear,
    ).toBeNull();
    expect(
      await codeOf(setNewRuralYear(fx.secretariat, { unitId: fx.provinceId, newRuralYear: 2024, legalBasis: basis })),
    ).toBe("VALIDATION");
    expect(await codeOf(setNewRuralYear(fx.secretariat, { unitId: K, newRuralYear: 1800, legalBasis: basis }))).toBe(
      "VALIDATION",
    );
  });
});

describe("cease", () => {
  it("ends the commune (kept), deactivates its accounts; a province with communes in force is refused", async () => {
    const fx = await createProvinceForMerge();
    const p = await previewCease(fx.secretariat, { unitId: fx.A, effectiveDate: "01/07/2025", legalBasis: basis });
    expect(p.users.map((u) => u.id)).toEqual([fx.policeA.userId]);
    await ceaseUnit(fx.secretariat, { unitId: fx.A, effectiveDate: "01/07/2025", legalBasis: basis });
    expect(
      (await db.unit.findUniqueOrThrow({ where: { id: fx.A }, select: { validTo: true } })).validTo
        ?.toISOString()
        .slice(0, 10),
    ).toBe("2025-07-01");
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: fx.policeA.userId }, select: { isActive: true } })).isActive,
    ).toBe(false);
    expect(
      await codeOf(
        ceaseUnit(await actorOf("admin"), { unitId: fx.provinceId, effectiveDate: "01/07/2025", legalBasis: basis }),
      ),
    ).toBe("VALIDATION");
  });
});

describe("split", () => {
  it("A into two new communes: the named part takes the selection and plan, the accounts move; no comparable baseline", async () => {
    const fx = await createProvinceForMerge();
    const parts = [
      { name: "Xã Tách Một", code: `t12p-${randomUUID().slice(0, 6)}` },
      { name: "Xã Tách Hai", code: `t12p-${randomUUID().slice(0, 6)}` },
    ];
    const bad = await writeMark();
    expect(
      await codeOf(
        splitUnit(fx.secretariat, {
          unitId: fx.A,
          parts: [parts[0]!],
          selectionTo: 0,
          usersTo: 0,
          effectiveDate: "01/07/2025",
          legalBasis: basis,
        }),
      ),
    ).toBe("VALIDATION");
    expect(
      await codeOf(
        splitUnit(fx.secretariat, {
          unitId: fx.A,
          parts,
          selectionTo: 5,
          usersTo: 0,
          effectiveDate: "01/07/2025",
          legalBasis: basis,
        }),
      ),
    ).toBe("VALIDATION");
    expect(await writeMark()).toBe(bad);
    const r = await splitUnit(fx.secretariat, {
      unitId: fx.A,
      parts,
      selectionTo: 1,
      usersTo: 0,
      effectiveDate: "01/07/2025",
      legalBasis: basis,
    });
    const sel = await db.selection.findUniqueOrThrow({
      where: { id: fx.selections.A },
      select: { communeId: true, plan: { select: { id: true } } },
    });
    expect(sel).toEqual({ communeId: r.ids[1], plan: { id: fx.planId } });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: fx.policeA.userId }, select: { unitId: true } })).unitId,
    ).toBe(r.ids[0]);
    const red = await loadReductions([r.ids[1]!], monthRange({ year: 2026, month: 1 }, 6), 2026, ["HS_VU"]);
    expect(red.get(r.ids[1]!)?.get("HS_VU")).toMatchObject({ covered: 0 });
  });
});

describe("move", () => {
  it("a commune with accepted figures moves to another district: the figures follow, the province total is unchanged", async () => {
    const admin = await actorOf("admin");
    const province = await bareUnit("PROVINCE", await nationUnit());
    const d1 = await bareUnit("DISTRICT", province, province.id);
    const d2 = await bareUnit("DISTRICT", province, province.id);
    const c = await bareUnit("COMMUNE", d1, province.id);
    const ids = await seedIndicatorCatalogue(db, province.id);
    const report = await db.monthlyReport.create({
      data: { communeId: c.id, provinceId: province.id, year: 2025, month: 3, status: "ACCEPTED" },
      select: { id: true },
    });
    await db.monthlyValue.create({ data: { reportId: report.id, indicatorId: ids.get("HS_VU")!, numValue: 7 } });
    await db.$transaction(async (tx) => {
      await applyAcceptedTotals(tx, report.id, 1);
    });
    const total = async (unitId: string) =>
      Number(
        (
          await db.indicatorTotal.findFirst({
            where: { unitId, indicatorId: ids.get("HS_VU")!, year: 2025, month: 3 },
            select: { total: true },
          })
        )?.total ?? 0,
      );
    expect(
      await codeOf(
        moveUnit(admin, { unitId: c.id, newParentId: d1.id, effectiveDate: "01/07/2025", legalBasis: basis }),
      ),
    ).toBe("VALIDATION");
    await moveUnit(admin, { unitId: c.id, newParentId: d2.id, effectiveDate: "01/07/2025", legalBasis: basis });
    expect([await total(d1.id), await total(d2.id), await total(province.id)]).toEqual([0, 7, 7]);
    // Unlocking the report later subtracts from the new tree: every total back to 0, none negative.
    await db.$transaction(async (tx) => {
      await applyAcceptedTotals(tx, report.id, -1);
    });
    expect([await total(d1.id), await total(d2.id), await total(province.id)]).toEqual([0, 0, 0]);
  });

  it("a move dated before a district ended is refused: no commune in force under an ended district", async () => {
    const admin = await actorOf("admin");
    const province = await bareUnit("PROVINCE", await nationUnit());
    const live = await bareUnit("DISTRICT", province, province.id);
    const gone = await bareUnit("DISTRICT", province, province.id, new Date(Date.UTC(2025, 6, 1)));
    const c = await bareUnit("COMMUNE", live, province.id);
    const before = await writeMark();
    // The district existed on 01/01/2025, but the move sets today's tree: the commune would hang under a district
    // that the 3 → 2 conversion ended.
    const input = { unitId: c.id, newParentId: gone.id, effectiveDate: "01/01/2025", legalBasis: basis };
    expect(await codeOf(moveUnit(admin, input))).toBe("VALIDATION");
    expect(await codeOf(previewMove(admin, input))).toBe("VALIDATION");
    expect(await writeMark()).toBe(before);
    expect((await db.unit.findUniqueOrThrow({ where: { id: c.id }, select: { parentId: true } })).parentId).toBe(
      live.id,
    );
  });
});

describe("a change dated before a cessation (issue #12 §1: changes apply in their order)", () => {
  it("cease, merge and split refuse a commune already merged, even on a day it still existed", async () => {
    const admin = await actorOf("admin");
    const province = await bareUnit("PROVINCE", await nationUnit());
    const ended = await bareUnit("COMMUNE", province, province.id);
    const into = await bareUnit("COMMUNE", province, province.id);
    const live = await bareUnit("COMMUNE", province, province.id);
    const merged = { effectiveDate: "01/07/2025", legalBasis: basis, users: "DEACTIVATE" } as const;
    await mergeUnits(admin, { ...merged, fromIds: [ended.id], intoId: into.id });
    const dated = { effectiveDate: "01/01/2025", legalBasis: basis };
    const before = await writeMark();
    const attempts = [
      () => ceaseUnit(admin, { ...dated, unitId: ended.id }),
      () => mergeUnits(admin, { ...dated, fromIds: [ended.id], intoId: live.id, users: "DEACTIVATE" }),
      () =>
        splitUnit(admin, {
          ...dated,
          unitId: ended.id,
          parts: [
            { name: "Xã Tách Ba", code: `t12e-${randomUUID().slice(0, 6)}` },
            { name: "Xã Tách Bốn", code: `t12e-${randomUUID().slice(0, 6)}` },
          ],
          selectionTo: 0,
          usersTo: null,
        }),
    ];
    for (const attempt of attempts) expect(await codeOf(attempt())).toBe("VALIDATION");
    expect(await writeMark()).toBe(before);
    const endedNow = await db.unit.findUniqueOrThrow({ where: { id: ended.id }, select: { validTo: true } });
    expect(endedNow.validTo?.toISOString().slice(0, 10)).toBe("2025-07-01");
  });
});

describe("reading the past (issue #12 §3)", () => {
  it("a year's communes under the names of that year with 'nay là …'; the unit page's lineage", async () => {
    const fx = await createProvinceForMerge();
    const names = async () =>
      new Map((await loadSelectionOutcomes(fx.provinceId, 2025)).map((o) => [o.selectionId, o.communeName]));
    const nameA = (await db.unit.findUniqueOrThrow({ where: { id: fx.A }, select: { name: true } })).name;
    const nameB = (await db.unit.findUniqueOrThrow({ where: { id: fx.B }, select: { name: true } })).name;
    await renameUnit(fx.secretariat, {
      unitId: fx.B,
      newName: "Phường Bình Minh",
      effectiveDate: "01/01/2026",
      legalBasis: basis,
    });
    expect((await names()).get(fx.selections.B)).toBe(`${nameB} (nay là Phường Bình Minh)`);
    // The lineage: A names the commune it was merged into, with the legal basis; that commune names A.
    await db.selection.update({ where: { id: fx.selections.B }, data: { status: "REMOVED" } });
    const r = await mergeUnits(fx.secretariat, {
      fromIds: [fx.A],
      intoId: fx.communes[7]!,
      effectiveDate: "01/07/2025",
      legalBasis: basis,
      users: "MOVE",
    });
    const lineage = await getUnitLineage(fx.secretariat, fx.A);
    expect(lineage.successors).toMatchObject([{ unitId: r.id, linked: true }]);
    expect(lineage.successors[0]!.legalBasis).toContain(basis);
    expect((await getUnitLineage(fx.secretariat, r.id)).predecessors.map((p) => p.name)).toEqual([nameA]);
  });
});

describe("a relapse watch passes to the successor (issue #12 §2)", () => {
  it("A passed in 2024 and merged into K on 01/07/2025: K cannot be proposed (passed last year, no relapse recorded)", async () => {
    const fx = await createProvinceForMerge();
    const K = fx.communes[8]!;
    const p24 = await createProgramme(fx.provinceId, 2024);
    const dec = await db.selectionDecision.create({
      data: {
        programmeId: p24.id,
        number: `${fx.tag}/QĐ-24`,
        date: new Date("2024-02-17"),
        signatoryTitle: "Trưởng Ban",
        signatoryName: "Người Ký",
      },
    });
    const s24 = await db.selection.create({
      data: { programmeId: p24.id, decisionId: dec.id, communeId: fx.A, hotspotTypes: ["TYPE_1"] },
    });
    await db.communeVerdict.create({
      data: {
        selectionId: s24.id,
        communeId: fx.A,
        year: 2024,
        stage: "ISSUED",
        verdict: "PASSED",
        recommendation: "PASSED",
        decisionNumber: "1/QĐ",
        decisionDate: new Date("2024-12-12"),
        issuedAt: new Date("2024-12-12"),
      },
    });
    await db.selection.update({ where: { id: fx.selections.A }, data: { status: "REMOVED" } }); // only the watch at stake
    const before = await communeEligibility(db, {
      programmeId: fx.programmeId,
      year: 2025,
      commune: { id: K, newRuralYear: null },
    });
    expect(before.allowed).toBe(true);
    await mergeUnits(fx.secretariat, {
      fromIds: [fx.A],
      intoId: K,
      effectiveDate: "01/07/2025",
      legalBasis: basis,
      users: "MOVE",
    });
    const after = await communeEligibility(db, {
      programmeId: fx.programmeId,
      year: 2025,
      commune: { id: K, newRuralYear: null },
    });
    expect(after.allowed).toBe(false);
    expect(after.errors.map((e) => e.code)).toEqual(["PASSED_LAST_YEAR"]);
  });
});

describe("a 'chưa đạt' commune that ceased continues as its successor (issue #12 §2; seed 001 carry-over)", () => {
  it("A not passed in 2025, merged into K on 01/01/2026: K is carried over to 2026 with A's types", async () => {
    const fx = await createProvinceForMerge();
    const K = fx.communes[9]!;
    await db.communeVerdict.create({
      data: {
        selectionId: fx.selections.A,
        communeId: fx.A,
        year: 2025,
        stage: "ISSUED",
        verdict: "NOT_PASSED",
        recommendation: "NOT_PASSED",
        decisionNumber: "2/QĐ",
        decisionDate: new Date("2025-12-12"),
        issuedAt: new Date("2025-12-12"),
      },
    });
    await mergeUnits(fx.secretariat, {
      fromIds: [fx.A],
      intoId: K,
      effectiveDate: "01/01/2026",
      legalBasis: basis,
      users: "MOVE",
    });
    const p26 = await createProgramme(fx.provinceId, 2026);
    expect(await ensureCarryOverProposals(db, p26.id)).toBe(1);
    const proposals = await db.proposal.findMany({
      where: { programmeId: p26.id },
      select: { communeId: true, source: true, hotspotTypes: true },
    });
    expect(proposals).toEqual([{ communeId: K, source: "CARRY_OVER", hotspotTypes: ["TYPE_1", "TYPE_3"] }]);
  });
});
