// Issue #12 "Inputs that must give these values" (domain.md §8; lib/domain/unit-succession.ts): a province of 20
// communes; on 01/07/2025 A and B merge into C; A had 10 criminal cases in January–June 2025, B 6, C 9 in
// July–December.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadSums } from "@/lib/server/dashboards/indicator-sums";
import { baselineChanges, loadReductions } from "@/lib/server/dashboards/comparable-sums";
import { capStatus } from "@/lib/server/decisions/cap";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { computeCrimeReduction } from "@/lib/server/scorecard/crime-reduction";
import { monthRange } from "@/lib/domain/period";
import {
  addSplit,
  createMergedProvince,
  type SuccessionFixture,
  createProgramme,
} from "../support/succession-fixtures";

const H1_2026 = monthRange({ year: 2026, month: 1 }, 6);
const H1_2025 = monthRange({ year: 2025, month: 1 }, 6);

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

let fx: SuccessionFixture;
beforeAll(async () => {
  fx = await createMergedProvince();
});

describe("a parent's total counts each value once", () => {
  it("the province's 2025 total is 25 (not 41); A and B keep their own figures", async () => {
    const t = await loadSums(
      [fx.province.id, fx.A, fx.C],
      [{ key: "2025", months: monthRange({ year: 2025, month: 1 }, 12) }],
      ["HS_VU"],
    );
    expect(t.get(fx.province.id)?.get("HS_VU")?.get("2025")?.sum).toBe(25);
    expect(t.get(fx.A)?.get("HS_VU")?.get("2025")?.sum).toBe(10);
    expect(t.get(fx.C)?.get("HS_VU")?.get("2025")?.sum).toBe(9);
  });
});

describe("the baseline of a successor", () => {
  it("C's baseline for January–June 2026 is 16 (A + B of January–June 2025), on dashboards and reports", async () => {
    const r = await loadReductions([fx.province.id, fx.C], H1_2026, 2026, ["HS_VU"]);
    expect(r.get(fx.C)?.get("HS_VU")).toMatchObject({
      current: 6,
      baseline: 16,
      covered: 1,
      expected: 1,
      complete: true,
    });
    // The province: only C reports in 2026 (A and B ceased, they are not expected): the same comparison.
    expect(r.get(fx.province.id)?.get("HS_VU")).toMatchObject({ current: 6, baseline: 16, complete: true });
  });
  it("C's own months count for itself: July–December 2026 would compare with C's 2025", async () => {
    const m = await baselineChanges([fx.province.id], monthRange({ year: 2026, month: 7 }, 6));
    expect(m.redirects).toEqual([]);
  });
  it("the scorecard's crime reduction of C in 2026 compares with 16", async () => {
    const programme = await createProgramme(fx.province.id, 2026);
    const decision = await db.selectionDecision.create({
      data: {
        programmeId: programme.id,
        number: `${fx.tag}/QĐ`,
        date: new Date("2026-02-17"),
        signatoryTitle: "Trưởng Ban",
        signatoryName: "Người Ký",
      },
    });
    const s = await db.selection.create({
      data: { programmeId: programme.id, decisionId: decision.id, communeId: fx.C, hotspotTypes: ["TYPE_1"] },
    });
    const r = await computeCrimeReduction(
      db,
      s.id,
      { kind: "SIX_MONTHS", year: 2026, startMonth: 1 },
      { codes: ["HS_VU"], minPercent: 5 },
    );
    expect(r).toMatchObject({ current: 6, baseline: 16, source: "LAST_YEAR" });
  });
  it("after a split no comparable baseline exists: the parts are not covered, and say so", async () => {
    const other = await createMergedProvince();
    const { Q } = await addSplit(other);
    const r = await loadReductions([Q], H1_2026, 2026, ["HS_VU"]);
    expect(r.get(Q)?.get("HS_VU")).toMatchObject({
      covered: 0,
      expected: 1,
      complete: false,
      baseline: null,
      notComparable: 1,
    });
    expect((await baselineChanges([other.province.id], H1_2025)).notComparable.has(Q)).toBe(true);
  });
});

describe("the cap counts the communes existing on the decision day (seed 002 mục II.2)", () => {
  it("19 communes on 02/07/2025 → at most floor(15% × 19) = 2; 20 on 30/06/2025", async () => {
    const p = { id: "00000000-0000-0000-0000-000000000000", provinceId: fx.province.id, capPercent: 15 };
    expect(await capStatus(db, p, new Date(Date.UTC(2025, 6, 2)))).toMatchObject({ communes: 19, max: 2 });
    expect(await capStatus(db, p, new Date(Date.UTC(2025, 5, 30)))).toMatchObject({ communes: 20, max: 3 });
  });
});

describe("monthly figures only for a month the commune exists in", () => {
  it("a ceased commune cannot enter figures: Vietnamese message, nothing written", async () => {
    const before = await db.monthlyReport.count({ where: { communeId: fx.A } });
    const e = await errorOf(
      saveMonthlyReport(fx.policeA, { communeId: fx.A, year: 2026, month: 11, version: 0, values: [], submit: false }),
    );
    expect(e.message).toMatch(/đã chấm dứt hoạt động từ ngày 01\/07\/2025: không nhập số liệu tháng 11\/2026/);
    expect(await db.monthlyReport.count({ where: { communeId: fx.A } })).toBe(before);
  });
  it("a commune created on 01/07/2025 cannot enter June 2025 (before its first day)", async () => {
    const e = await errorOf(
      saveMonthlyReport(fx.policeC, { communeId: fx.C, year: 2025, month: 6, version: 0, values: [], submit: false }),
    );
    expect(e.message).toMatch(/được thành lập từ ngày 01\/07\/2025/);
  });
});
