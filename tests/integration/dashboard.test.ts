import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { applyAcceptedTotals } from "@/lib/server/monthly/indicator-totals";
import { getDashboardHome } from "@/lib/server/dashboards/get-dashboard-home";
import { getMonthOverview } from "@/lib/server/monthly/get-month-overview";
import { getTrends } from "@/lib/server/dashboards/get-trends";
import { getRanking } from "@/lib/server/dashboards/get-ranking";
import { getDrilldown } from "@/lib/server/dashboards/get-drilldown";
import { getValueHistory } from "@/lib/server/dashboards/get-value-history";
import { getMap } from "@/lib/server/dashboards/get-map";
import { parseFilters } from "@/lib/server/dashboards/filters";
import { exportDashboardXlsx } from "@/lib/server/dashboards/export-xlsx";
import { getInterimReport } from "@/lib/server/reports/get-interim-report";
import { getYearEndReport } from "@/lib/server/reports/get-year-end-report";
import { getDistrictMonthlyReport } from "@/lib/server/reports/get-district-monthly-report";
import { districtMonthlyWorkbook, interimWorkbook, yearEndWorkbook } from "@/lib/server/reports/report-xlsx";
import { createDashboardProvince, hsVu, solved, type DashFixture } from "../support/dashboard-fixtures";
import { codeOf } from "../support/error-code";

// Issue #6 (dashboards, reports): figures read from IndicatorTotal must equal sums computed independently
// from the fixture's raw values; scope as for every other read (issue #2 §3: outside → not found).

const NOW = new Date("2026-11-15T03:00:00Z");
const f = (q: Record<string, string>) => parseFilters(q, NOW);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

let fx: DashFixture;
beforeAll(async () => {
  fx = await createDashboardProvince();
});

describe("province home", () => {
  it("shows the cap, pipeline, programme targets and reporting of a past year", async () => {
    const d = await getDashboardHome(fx.leader, null, f({ year: "2025" }), NOW);
    expect(d.unit.id).toBe(fx.province.id);
    expect(d.cap).toMatchObject({ selected: 2, communeCount: 5, max: 0 }); // floor(15% × 5) = 0 (seed 002 mục II.2)
    expect(d.pipeline).toMatchObject({ approved: 2, passed: 1, notPassed: 1 });
    expect(d.kpis.passRate).toMatchObject({ percent: 50, num: 1, den: 2, met: false }); // target ≥ 60% (seed 002 mục I.1)
    expect(d.kpis.noRelapse).toMatchObject({ percent: 100, num: 1, den: 1, met: true });
    // Expected = the communes under transformation that year (issue #4: police enter figures "for each commune under
    // transformation"), the same count as the monthly overview; the 3 unselected communes' reports do not count.
    expect(d.reporting).toMatchObject({
      year: 2025,
      month: 12,
      expected: 2,
      submitted: 2,
      accepted: 2,
      onTime: 2,
      completeness: 100,
    });
    const overview = await getMonthOverview(fx.leader, fx.province.id, 2025, 12, NOW);
    expect({ expected: d.reporting.expected, submitted: d.reporting.submitted, onTime: d.reporting.onTime }).toEqual({
      expected: overview.counts!.expected,
      submitted: overview.counts!.submitted,
      onTime: overview.counts!.onTime,
    });
  });

  it("lists the off-track commune of the current year as at risk, and the month's missing reports", async () => {
    const d = await getDashboardHome(fx.leader, null, f({ year: "2026" }), NOW);
    expect(d.pipeline).toMatchObject({ approved: 1, inProgress: 1, interimReviewed: 1, passed: 0 });
    expect(d.atRisk.map((r) => r.communeId)).toEqual([fx.communes[1]!.id]);
    expect(d.reporting).toMatchObject({ year: 2026, month: 10, submitted: 0, completeness: 0 });
  });

  it("a district user sees only its district", async () => {
    const d = await getDashboardHome(fx.district, null, f({ year: "2025" }), NOW);
    expect(d.unit.id).toBe(fx.districts[0]!.id);
    expect(d.cap).toMatchObject({ selected: 1, communeCount: 3 });
    expect(d.kpis.passRate).toMatchObject({ num: 1, den: 1 });
    expect(await codeOf(getDashboardHome(fx.district, fx.province.id, f({}), NOW))).toBe("NOT_FOUND");
    expect(await codeOf(getDashboardHome(fx.district, fx.districts[1]!.id, f({}), NOW))).toBe("NOT_FOUND");
    expect(await codeOf(getDashboardHome(fx.police, null, f({}), NOW))).toBe("FORBIDDEN");
  });
});

describe("trends", () => {
  it("month by month this year vs last year equal the raw sums; percentages from summed counts", async () => {
    const t = await getTrends(fx.leader, null, f({ year: "2026", group: "CRIMINAL" }), NOW);
    const vu = t.series.find((s) => s.code === "HS_VU")!;
    const rate = t.series.find((s) => s.code === "KQ_TL_DTKP")!;
    for (let m = 1; m <= 12; m++) {
      const cur = m <= 6 ? sum([0, 1, 2, 3, 4].map((ci) => hsVu(ci, 2026, m))) : null;
      expect(vu.points[m - 1]).toEqual({
        month: m,
        thisYear: cur,
        lastYear: sum([0, 1, 2, 3, 4].map((ci) => hsVu(ci, 2025, m))),
      });
      const num = sum([0, 1, 2, 3, 4].map((ci) => solved(ci, 2025, m)));
      const den = sum([0, 1, 2, 3, 4].map((ci) => hsVu(ci, 2025, m)));
      expect(rate.points[m - 1]!.lastYear).toBeCloseTo((num * 100) / den, 9);
    }
    // Per district over the elapsed months of 2026 (Jan–Nov; data Jan–Jun) against the same months of 2025.
    const d1 = t.rows.find((r) => r.unit.id === fx.districts[0]!.id)!;
    const hv = d1.values.find((v) => v.code === "HS_VU")!;
    expect(hv.cur).toBe(sum([0, 1, 2].flatMap((ci) => [1, 2, 3, 4, 5, 6].map((m) => hsVu(ci, 2026, m)))));
    expect(hv.base).toBe(sum([0, 1, 2].flatMap((ci) => Array.from({ length: 11 }, (_, i) => hsVu(ci, 2025, i + 1)))));
  });

  it("is live: a report accepted now is in the figures at once; a submitted one is not", async () => {
    const before = await getTrends(fx.leader, null, f({ year: "2026", group: "CRIMINAL" }), NOW);
    expect(before.series.find((s) => s.code === "HS_VU")!.points[6]!.thisYear).toBeNull(); // the 1000 of the submitted July report is not counted
    const r = await db.monthlyReport.create({
      data: { communeId: fx.communes[2]!.id, provinceId: fx.province.id, year: 2026, month: 7, status: "ACCEPTED" },
      select: { id: true },
    });
    await db.monthlyValue.create({ data: { reportId: r.id, indicatorId: fx.ids.get("HS_VU")!, numValue: 7 } });
    await db.$transaction(async (tx) => {
      await applyAcceptedTotals(tx, r.id, 1);
    });
    const after = await getTrends(fx.leader, null, f({ year: "2026", group: "CRIMINAL" }), NOW);
    expect(after.series.find((s) => s.code === "HS_VU")!.points[6]!.thisYear).toBe(7);
    const dist = await getTrends(fx.district, null, f({ year: "2026", group: "CRIMINAL" }), NOW);
    expect(dist.series.find((s) => s.code === "HS_VU")!.points[6]!.thisYear).toBe(7);
    // Unlock (−1) takes it out again.
    await db.$transaction(async (tx) => {
      await applyAcceptedTotals(tx, r.id, -1);
    });
    await db.monthlyReport.update({ where: { id: r.id }, data: { status: "DRAFT" } });
    const unlocked = await getTrends(fx.leader, null, f({ year: "2026", group: "CRIMINAL" }), NOW);
    expect(unlocked.series.find((s) => s.code === "HS_VU")!.points[6]!.thisYear ?? 0).toBe(0);
  });

  it("other groups: yes/no items count the communes answering yes; stocks take the latest month", async () => {
    const t = await getTrends(fx.leader, null, f({ year: "2025", group: "OTHER" }), NOW);
    expect(t.series.find((s) => s.code === "K_TRANH_CHAP")!.points[0]!.thisYear).toBe(1);
    const d = await getDrilldown(fx.leader, null, f({ year: "2025", group: "OTHER" }), NOW);
    expect(d.indicators.find((i) => i.code === "KQ_MO_HINH")!.self.value).toBe(2); // communes B and D have 1 model each, latest month
  });
});

describe("ranking, drill-down, map", () => {
  it("ranks districts and the selected communes with bands and previous-period arrows", async () => {
    const r = await getRanking(fx.leader, null, f({ year: "2025" }), NOW);
    expect(r.units.map((u) => u.id).sort()).toEqual(fx.districts.map((d) => d.id).sort());
    expect(r.communes.map((c) => c.id).sort()).toEqual([fx.communes[0]!.id, fx.communes[3]!.id].sort());
    for (const u of [...r.units, ...r.communes]) {
      expect(["GOOD", "WATCH", "POOR", "NONE"]).toContain(u.band);
      expect(u.achieved).toBeLessThanOrEqual(u.evaluated);
    }
    const rd = await getRanking(fx.district, null, f({ year: "2025" }), NOW);
    expect(rd.communes.map((c) => c.id)).toEqual([fx.communes[0]!.id]);
  });

  it("drills province → district → commune → indicator → month → history, scoped", async () => {
    const p = await getDrilldown(fx.leader, null, f({ year: "2025", group: "CRIMINAL" }), NOW);
    const k = p.indicators.findIndex((i) => i.code === "HS_VU");
    const byDistrict = (ids: number[]) =>
      sum(ids.flatMap((ci) => Array.from({ length: 12 }, (_, i) => hsVu(ci, 2025, i + 1))));
    expect(p.children.find((c) => c.unit.id === fx.districts[0]!.id)!.values[k]!.value).toBe(byDistrict([0, 1, 2]));
    expect(p.children.find((c) => c.unit.id === fx.districts[1]!.id)!.values[k]!.value).toBe(byDistrict([3, 4]));
    expect(p.indicators[k]!.self.value).toBe(byDistrict([0, 1, 2, 3, 4]));

    const c = await getDrilldown(fx.district, fx.communes[0]!.id, f({ year: "2025" }), NOW);
    expect(c.crumbs.map((x) => x.id)).toEqual([fx.districts[0]!.id, fx.communes[0]!.id]);
    expect(c.indicators.find((i) => i.code === "HS_VU")!.monthly.map((m) => m.value)).toEqual(
      Array.from({ length: 12 }, (_, i) => hsVu(0, 2025, i + 1)),
    );

    const h = await getValueHistory(fx.district, fx.communes[0]!.id, fx.ids.get("HS_VU")!, 2025);
    expect(h.months.map((m) => m.values[0]!.num)).toEqual(Array.from({ length: 12 }, (_, i) => hsVu(0, 2025, i + 1)));
    const ratio = await getValueHistory(fx.district, fx.communes[0]!.id, fx.ids.get("KQ_TL_DTKP")!, 2025);
    expect(ratio.parts.map((x) => x.id).sort()).toEqual([fx.ids.get("KQ_AN_KHAM_PHA")!, fx.ids.get("HS_VU")!].sort());

    expect(await codeOf(getDrilldown(fx.district, fx.communes[3]!.id, f({}), NOW))).toBe("NOT_FOUND");
    expect(await codeOf(getDrilldown(fx.district, "not-a-uuid", f({}), NOW))).toBe("NOT_FOUND");
    expect(await codeOf(getValueHistory(fx.district, fx.communes[3]!.id, fx.ids.get("HS_VU")!, 2025))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(getValueHistory(fx.district, fx.communes[0]!.id, "x'--", 2025))).toBe("NOT_FOUND");
    const foreignIndicator = await db.indicator.findFirstOrThrow({
      where: { provinceId: { not: fx.province.id } },
      select: { id: true },
    });
    expect(await codeOf(getValueHistory(fx.district, fx.communes[0]!.id, foreignIndicator.id, 2025))).toBe("NOT_FOUND");
  });

  it("colours the map tiles by status", async () => {
    const m = await getMap(fx.leader, null, 2025);
    expect(m.groups).toHaveLength(2);
    expect(m.counts).toMatchObject({ PASSED: 1, NOT_PASSED: 1, NONE: 3 });
    const m26 = await getMap(fx.district, null, 2026);
    expect(m26.groups.flatMap((g) => g.tiles).find((t) => t.id === fx.communes[1]!.id)!.status).toBe("INTERIM");
    expect(m26.groups.flatMap((g) => g.tiles)).toHaveLength(3);
  });

  it("falls back to defaults for bad filters in the URL", () => {
    expect(parseFilters({ year: "abc", period: "m13", group: "X" }, NOW)).toEqual({
      year: 2026,
      period: "year",
      group: null,
    });
    expect(parseFilters({ year: "2025", period: "m3", group: "DRUGS" }, NOW)).toEqual({
      year: 2025,
      period: "m3",
      group: "DRUGS",
    });
  });
});

describe("official reports and Excel", () => {
  it("interim report: the selected commune with its interim review, behind target", async () => {
    const r = await getInterimReport(fx.leader, null, 2026, NOW);
    expect(r.months.map((m) => m.month)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(r.communes).toHaveLength(1);
    expect(r.communes[0]).toMatchObject({ reviewStatus: "ACCEPTED", offTrack: true, onTrack: false });
    expect(r.header.issuer[1]).toBe("BAN CHỈ ĐẠO 138");
    const vu = r.figures.find((x) => x.code === "HS_VU")!;
    expect(vu.current).toBe(sum([0, 1, 2, 3, 4].flatMap((ci) => [3, 4, 5, 6].map((m) => hsVu(ci, 2026, m)))));
  });

  it("year-end report: the verdict per commune and the programme targets", async () => {
    const r = await getYearEndReport(fx.leader, null, 2025, NOW);
    expect(r.communes.map((c) => c.verdictLabel).sort()).toEqual(["Chuyển hóa đạt", "Chưa đạt"]);
    expect(r).toMatchObject({ passed: 1, notPassed: 1 });
    expect(r.kpis.passRate).toMatchObject({ percent: 50, met: false });
    const d = await getYearEndReport(fx.district, null, 2025, NOW);
    expect(d.communes).toHaveLength(1);
  });

  it("monthly district report: month vs same month last year, year to date, communes' status, narrative", async () => {
    const r = await getDistrictMonthlyReport(fx.district, null, 2026, 5, NOW);
    const vu = r.figures.find((x) => x.code === "HS_VU")!;
    expect(vu.current).toBe(sum([0, 1, 2].map((ci) => hsVu(ci, 2026, 5))));
    expect(vu.baseline).toBe(sum([0, 1, 2].map((ci) => hsVu(ci, 2025, 5))));
    expect(vu.ytd).toBe(sum([0, 1, 2].flatMap((ci) => [1, 2, 3, 4, 5].map((m) => hsVu(ci, 2026, m)))));
    expect(r.communes.map((c) => c.status)).toEqual(["ACCEPTED", "ACCEPTED", "ACCEPTED"]);
    expect(r.narrative).toBe("Tình hình ổn định.");
    expect(await codeOf(getDistrictMonthlyReport(fx.district, fx.districts[1]!.id, 2026, 5, NOW))).toBe("NOT_FOUND");
    expect(await codeOf(getDistrictMonthlyReport(fx.leader, null, 2026, 5, NOW))).toBe("VALIDATION");
  });

  it("every report and dashboard view exports a workbook that opens", async () => {
    const books = [
      await interimWorkbook(await getInterimReport(fx.leader, null, 2026, NOW)),
      await yearEndWorkbook(await getYearEndReport(fx.leader, null, 2025, NOW)),
      await districtMonthlyWorkbook(await getDistrictMonthlyReport(fx.district, null, 2026, 5, NOW)),
      ...(await Promise.all(
        ["home", "trends", "ranking", "drill", "map"].map(
          async (v) => (await exportDashboardXlsx(fx.leader, v, null, f({ year: "2025" }))).buffer,
        ),
      )),
    ];
    for (const b of books) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(b as unknown as ArrayBuffer);
      expect(wb.worksheets.length).toBeGreaterThan(0);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(books[1] as unknown as ArrayBuffer);
    expect(String(wb.worksheets[0]!.getCell(1, 4).value ?? wb.worksheets[0]!.getRow(1).values)).toContain(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    );
    expect(await codeOf(exportDashboardXlsx(fx.leader, "nope", null, f({})))).toBe("VALIDATION");
  });
});

describe("vs the same period last year, like with like (issue #13 case 3)", () => {
  it("one commune of the list reported November: the reduction covers it alone, with its coverage and no ✓/✗", async () => {
    const g = await createDashboardProvince();
    // The list of 2026 is commune B; commune A (not listed) also reports: its November 2026 report, 5 cases, accepted.
    const r = await db.monthlyReport.create({
      data: {
        communeId: g.communes[0]!.id,
        provinceId: g.province.id,
        year: 2026,
        month: 11,
        status: "ACCEPTED",
        submittedAt: NOW,
        reviewedAt: NOW,
      },
      select: { id: true },
    });
    await db.monthlyValue.create({ data: { reportId: r.id, indicatorId: g.ids.get("HS_VU")!, numValue: 5 } });
    await db.$transaction(async (tx) => {
      await applyAcceptedTotals(tx, r.id, 1);
    });
    const lastNovA = hsVu(0, 2025, 11);
    const allLastNov = sum([0, 1, 2, 3, 4].map((ci) => hsVu(ci, 2025, 11)));
    const expected = {
      value: ((lastNovA - 5) * 100) / lastNovA,
      numerator: 5,
      denominator: lastNovA,
      achieved: null,
      coverage: { covered: 1, expected: 2 },
    };

    // Province drill-down (the province dashboard's figure), and the district row below it.
    const p = await getDrilldown(g.leader, null, f({ year: "2026", period: "m11" }), NOW);
    const red = p.indicators.find((i) => i.code === "KQ_GIAM_TTXH")!;
    expect(red.self).toEqual(expected);
    expect(red.self.value).not.toBeCloseTo(((allLastNov - 5) * 100) / allLastNov, 3);
    const k = p.indicators.findIndex((i) => i.code === "KQ_GIAM_TTXH");
    expect(p.children.find((c) => c.unit.id === g.districts[0]!.id)!.values[k]).toEqual(expected);
    expect(p.children.find((c) => c.unit.id === g.districts[1]!.id)!.values[k]).toMatchObject({
      value: null,
      achieved: null,
    });

    // Ranking: the listed commune B has no comparable figures; the reduction is not evaluated anywhere.
    const rank = await getRanking(g.leader, null, f({ year: "2026", period: "m11" }), NOW);
    const redOf = (row: { values: { code: string; achieved: boolean | null }[] }) =>
      row.values.find((v) => v.code === "KQ_GIAM_TTXH")!;
    for (const row of [...rank.units, ...rank.communes]) expect(redOf(row).achieved).toBeNull();

    // The district's monthly report: same month last year over the same commune, with the coverage.
    const dm = await getDistrictMonthlyReport(g.district, null, 2026, 11, NOW);
    const vu = dm.figures.find((x) => x.code === "HS_VU")!;
    expect(vu).toMatchObject({
      current: 5,
      baseline: lastNovA,
      change: 5 - lastNovA,
      coverage: { covered: 1, expected: 2 },
    });

    // Full coverage (every commune reporting in both periods, 2025 vs 2024 has no 2024 data → none comparable;
    // 2026 H1 vs 2025 H1: all 5 communes) gives a judged value again.
    const h1 = await getDrilldown(g.leader, null, f({ year: "2026", period: "m3" }), NOW);
    const march = h1.indicators.find((i) => i.code === "KQ_GIAM_TTXH")!.self;
    expect(march.coverage).toEqual({ covered: 5, expected: 5 });
    expect(march.achieved).not.toBeNull();
  });
});
