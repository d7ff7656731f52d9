// Issue #4: monthly figures, review and lock, totals, completeness, Excel. Rules cited per test.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { acceptMonthlyReport } from "@/lib/server/monthly/accept-monthly-report";
import { bulkAcceptMonthlyReports } from "@/lib/server/monthly/bulk-accept-monthly-reports";
import { grantEntryUnlock } from "@/lib/server/monthly/grant-entry-unlock";
import { returnMonthlyReport } from "@/lib/server/monthly/return-monthly-report";
import { unlockMonthlyReport } from "@/lib/server/monthly/unlock-monthly-report";
import { reviewDistrictReport } from "@/lib/server/monthly/review-district-report";
import { submitDistrictReport } from "@/lib/server/monthly/submit-district-report";
import { getMonthOverview } from "@/lib/server/monthly/get-month-overview";
import { getReminders } from "@/lib/server/monthly/get-reminders";
import { getPeriodSummary } from "@/lib/server/monthly/period-summary";
import { getMonthlyEntry } from "@/lib/server/monthly/get-monthly-entry";
import { exportMonthlyWorkbook } from "@/lib/server/monthly/export-monthly-workbook";
import { importMonthlyWorkbook } from "@/lib/server/monthly/import-monthly-workbook";
import { withInjectedFailure } from "../support/inject-failure";
import { editIndicator } from "@/lib/server/monthly/edit-indicator";
import { listCatalogue } from "@/lib/server/monthly/list-catalogue";
import { SaveMonthlySchema } from "@/lib/contracts/monthly/save-monthly-report";
import {
  actorAt,
  freshDistrict,
  fullValues,
  ids,
  provinceActor,
  selectCommunes,
  testProvince,
  vnAt,
} from "../support/monthly-fixtures";

const NOV = { year: 2026, month: 11 };
const NOW = vnAt(2026, 11, 21);

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

/**
 * Raw recomputation of what IndicatorTotal must hold (accepted values summed over each unit of the
 * lineage but the root), compared cell by cell for the units of the test province (other suites
 * write their own fixtures elsewhere).
 */
async function rawTotalsMismatch() {
  const province = (await testProvince()).id;
  return db.$queryRaw<{ n: bigint }[]>`
    WITH raw AS (
      SELECT u.unit_id AS "unitId", v."indicatorId", r."year", r."month",
             SUM(COALESCE(v."numValue", CASE WHEN v."boolValue" THEN 1 ELSE 0 END))::bigint AS total, COUNT(*)::int AS reports
      FROM "MonthlyReport" r JOIN "Unit" c ON c."id" = r."communeId"
      CROSS JOIN LATERAL unnest(c."lineage"[2:]) AS u(unit_id)
      JOIN "MonthlyValue" v ON v."reportId" = r."id"
      WHERE r."status" = 'ACCEPTED' AND r."provinceId" = ${province}::uuid AND (v."numValue" IS NOT NULL OR v."boolValue" IS NOT NULL)
      GROUP BY 1, 2, 3, 4
    ), kept AS (
      SELECT t.* FROM "IndicatorTotal" t JOIN "Unit" u ON u."id" = t."unitId"
      WHERE u."provinceId" = ${province}::uuid AND (t."reports" <> 0 OR t."total" <> 0)
    )
    SELECT COUNT(*)::bigint AS n FROM raw FULL JOIN kept t
      ON t."unitId" = raw."unitId" AND t."indicatorId" = raw."indicatorId" AND t."year" = raw."year" AND t."month" = raw."month"
    WHERE raw."unitId" IS NULL OR t."unitId" IS NULL OR raw.total <> t."total" OR raw.reports <> t."reports"`;
}

describe("monthly entry rules (issue #4 'Monthly entry')", () => {
  it("window: open in November until 05/12 with days remaining; October is closed on 21/11 until the district grants an unlock (audited)", async () => {
    const f = await freshDistrict(1);
    const police = await actorAt(f.communes[0]!.id, "COMMUNE_POLICE");
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const entry = await getMonthlyEntry(police, f.communes[0]!.id, 2026, 11, NOW);
    expect(entry.window.isOpen).toBe(true);
    expect(entry.window.daysRemaining).toBe(14);
    const values = await fullValues(f.provinceId, 2026, 10);
    const closed = await errorOf(
      saveMonthlyReport(
        police,
        { communeId: f.communes[0]!.id, year: 2026, month: 10, version: 0, values, submit: false },
        NOW,
      ),
    );
    expect(closed.code).toBe("VALIDATION");
    expect(closed.message).toContain("05/11/2026");
    // The commune police cannot unlock itself.
    await expect(
      grantEntryUnlock(police, { communeId: f.communes[0]!.id, year: 2026, month: 10, reason: "x" }, NOW),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await grantEntryUnlock(
      district,
      { communeId: f.communes[0]!.id, year: 2026, month: 10, reason: "Mất điện, nhập bổ sung" },
      NOW,
    );
    const saved = await saveMonthlyReport(
      police,
      { communeId: f.communes[0]!.id, year: 2026, month: 10, version: 0, values, submit: true },
      NOW,
    );
    expect(saved.status).toBe("SUBMITTED");
    expect(await db.auditLog.count({ where: { action: "monthly.grant-entry", unitId: f.communes[0]!.id } })).toBe(1);
  });

  it("validation: non-negative integers (zod), numerator ≤ denominator (validateRatioPair), required before submit, computed ratios never typed", async () => {
    const f = await freshDistrict(1);
    const c = f.communes[0]!.id;
    const police = await actorAt(c, "COMMUNE_POLICE");
    const id = await ids(f.provinceId, 2026, 11);
    // A JSON number passes the schema; the use case refuses it naming the indicator (issue #13 case 1).
    expect(
      SaveMonthlySchema.safeParse({
        communeId: c,
        ...NOV,
        version: 0,
        values: [{ indicatorId: id("HS_VU"), num: "1" }],
      }).success,
    ).toBe(false);
    for (const num of [-1, 1.5]) {
      const bad = await errorOf(
        saveMonthlyReport(
          police,
          { communeId: c, ...NOV, version: 0, values: [{ indicatorId: id("HS_VU"), num }], submit: false },
          NOW,
        ),
      );
      expect(bad.fieldErrors?.[`values.${id("HS_VU")}`]?.[0]).toContain("phải là số nguyên không âm");
    }
    const over = await errorOf(
      saveMonthlyReport(
        police,
        {
          communeId: c,
          ...NOV,
          version: 0,
          values: [
            { indicatorId: id("HS_VU"), num: 3 },
            { indicatorId: id("KQ_AN_KHAM_PHA"), num: 4 },
          ],
          submit: false,
        },
        NOW,
      ),
    );
    expect(over.fieldErrors?.[`values.${id("KQ_AN_KHAM_PHA")}`]?.[0]).toContain("không được lớn hơn");
    const ratio = await errorOf(
      saveMonthlyReport(
        police,
        { communeId: c, ...NOV, version: 0, values: [{ indicatorId: id("KQ_TL_DTKP"), num: 90 }], submit: false },
        NOW,
      ),
    );
    expect(ratio.fieldErrors?.[`values.${id("KQ_TL_DTKP")}`]).toBeDefined();
    // A partial draft saves; submitting it is refused with the missing fields.
    const draft = await saveMonthlyReport(
      police,
      { communeId: c, ...NOV, version: 0, values: [{ indicatorId: id("HS_VU"), num: 3 }], submit: false },
      NOW,
    );
    expect(draft.status).toBe("DRAFT");
    const missing = await errorOf(
      saveMonthlyReport(police, { communeId: c, ...NOV, version: draft.version, values: [], submit: true }, NOW),
    );
    expect(missing.code).toBe("VALIDATION");
    expect(missing.fieldErrors?.[`values.${id("MT_VU")}`]?.[0]).toContain("Chưa nhập");
    expect(await db.monthlyValue.count({ where: { report: { communeId: c } } })).toBe(1);
  });

  it("outlier (> 3 MAD of the last 12 months): a warning on save, submit needs a confirming comment — not a block", async () => {
    const f = await freshDistrict(1);
    const c = f.communes[0]!.id;
    const police = await actorAt(c, "COMMUNE_POLICE");
    const id = await ids(f.provinceId, 2026, 11);
    // 8 months of history with HS_VU = 4.
    for (let m = 3; m <= 10; m += 1) {
      const r = await db.monthlyReport.create({
        data: { communeId: c, provinceId: f.provinceId, year: 2026, month: m, status: "SUBMITTED" },
        select: { id: true },
      });
      await db.monthlyValue.create({ data: { reportId: r.id, indicatorId: id("HS_VU"), numValue: 4 } });
    }
    const values = await fullValues(f.provinceId, 2026, 11, { HS_VU: 40, KQ_AN_KHAM_PHA: 30 });
    const saved = await saveMonthlyReport(police, { communeId: c, ...NOV, version: 0, values, submit: false }, NOW);
    expect(saved.warnings.map((w) => w.indicatorId)).toContain(id("HS_VU"));
    const refused = await errorOf(
      saveMonthlyReport(police, { communeId: c, ...NOV, version: saved.version, values: [], submit: true }, NOW),
    );
    expect(refused.fieldErrors?.[`values.${id("HS_VU")}`]?.[0]).toContain("khác thường");
    const ok = await saveMonthlyReport(
      police,
      {
        communeId: c,
        ...NOV,
        version: saved.version,
        values: [{ indicatorId: id("HS_VU"), num: 40, comment: "Bắt quả tang ổ nhóm đánh bạc, 36 vụ" }],
        submit: true,
      },
      NOW,
    );
    expect(ok.status).toBe("SUBMITTED");
  });

  it("stale version: a second save with an old version is refused with 'changed by someone else' and the other change", async () => {
    const f = await freshDistrict(1);
    const c = f.communes[0]!.id;
    const a = await actorAt(c, "COMMUNE_POLICE");
    const b = await actorAt(c, "COMMUNE_POLICE");
    const id = await ids(f.provinceId, 2026, 11);
    const first = await saveMonthlyReport(
      a,
      { communeId: c, ...NOV, version: 0, values: [{ indicatorId: id("HS_VU"), num: 3 }], submit: false },
      NOW,
    );
    await saveMonthlyReport(
      b,
      { communeId: c, ...NOV, version: first.version, values: [{ indicatorId: id("HS_VU"), num: 5 }], submit: false },
      NOW,
    );
    const e = await errorOf(
      saveMonthlyReport(
        a,
        { communeId: c, ...NOV, version: first.version, values: [{ indicatorId: id("HS_VU"), num: 7 }], submit: false },
        NOW,
      ),
    );
    expect(e.code).toBe("CONFLICT");
    expect(e.message).toContain("Người thử COMMUNE_POLICE");
    const changes = (e.details as { changes: { indicatorId: string; new: { value: number } }[] }).changes;
    expect(changes[0]).toMatchObject({ indicatorId: id("HS_VU"), new: { value: 5 } });
    const v = await db.monthlyValue.findFirstOrThrow({ where: { report: { communeId: c }, indicatorId: id("HS_VU") } });
    expect(v.numValue).toBe(5);
  });

  it("double submit (two clicks, same version) creates one submission", async () => {
    const f = await freshDistrict(1);
    const c = f.communes[0]!.id;
    const police = await actorAt(c, "COMMUNE_POLICE");
    const values = await fullValues(f.provinceId, 2026, 11);
    const input = { communeId: c, ...NOV, version: 0, values, submit: true };
    const [r1, r2] = await Promise.all([saveMonthlyReport(police, input, NOW), saveMonthlyReport(police, input, NOW)]);
    expect(r1.reportId).toBe(r2.reportId);
    expect(await db.monthlyReport.count({ where: { communeId: c } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "monthly.submit", unitId: c } })).toBe(1);
    const again = await saveMonthlyReport(police, input, NOW);
    expect(again.idempotent).toBe(true);
  });
});

describe("review, lock and history (issue #4 'Reports up the tree')", () => {
  it("returned with a mandatory reason → editable with the reason; accepted → locked; unlock needs a reason; history keeps every change", async () => {
    const f = await freshDistrict(1);
    const c = f.communes[0]!.id;
    const police = await actorAt(c, "COMMUNE_POLICE");
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const province = await provinceActor();
    const id = await ids(f.provinceId, 2026, 11);
    const s = await saveMonthlyReport(
      police,
      {
        communeId: c,
        ...NOV,
        version: 0,
        values: await fullValues(f.provinceId, 2026, 11, { HS_VU: 3 }),
        submit: true,
      },
      NOW,
    );
    await expect(
      returnMonthlyReport(province, { reportId: s.reportId, version: s.version, reason: "  " }, NOW),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const ret = await returnMonthlyReport(
      province,
      { reportId: s.reportId, version: s.version, reason: "Số vụ hình sự chưa khớp sổ tiếp nhận" },
      NOW,
    );
    const entry = await getMonthlyEntry(police, c, 2026, 11, NOW);
    expect(entry.canEdit).toBe(true);
    expect(entry.report?.returnReason).toBe("Số vụ hình sự chưa khớp sổ tiếp nhận");
    const fixed = await saveMonthlyReport(
      police,
      { communeId: c, ...NOV, version: ret.version, values: [{ indicatorId: id("HS_VU"), num: 4 }], submit: true },
      NOW,
    );
    const acc = await acceptMonthlyReport(district, { reportId: fixed.reportId, version: fixed.version }, NOW);
    expect(acc.status).toBe("ACCEPTED");
    const locked = await errorOf(
      saveMonthlyReport(
        police,
        { communeId: c, ...NOV, version: acc.version, values: [{ indicatorId: id("HS_VU"), num: 9 }], submit: false },
        NOW,
      ),
    );
    expect(locked.message).toContain("Đã tiếp nhận");
    expect((await getMonthlyEntry(police, c, 2026, 11, NOW)).canEdit).toBe(false);
    const hs = (await getMonthlyEntry(province, c, 2026, 11, NOW)).items.find((i) => i.code === "HS_VU")!;
    expect(
      hs.history.map((h) => [(h.old as { value: number } | null)?.value ?? null, (h.new as { value: number }).value]),
    ).toEqual([
      [null, 3],
      [3, 4],
    ]);
    // A commune police cannot review; unlock needs a reason and is audited.
    await expect(
      acceptMonthlyReport(police, { reportId: fixed.reportId, version: acc.version }, NOW),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(unlockMonthlyReport(province, { reportId: fixed.reportId, reason: "" }, NOW)).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await unlockMonthlyReport(
      province,
      { reportId: fixed.reportId, reason: "Bổ sung số liệu theo kết luận thanh tra" },
      NOW,
    );
    expect((await db.monthlyReport.findUniqueOrThrow({ where: { id: fixed.reportId } })).status).toBe("RETURNED");
    expect(await db.auditLog.count({ where: { action: "monthly.unlock", entityId: fixed.reportId } })).toBe(1);
    // "What changed since the last accepted version".
    const r2 = await db.monthlyReport.findUniqueOrThrow({ where: { id: fixed.reportId } });
    await saveMonthlyReport(
      police,
      { communeId: c, ...NOV, version: r2.version, values: [{ indicatorId: id("HS_VU"), num: 6 }], submit: false },
      NOW,
    );
    const view = await getMonthlyEntry(province, c, 2026, 11, NOW);
    expect(view.changesSince?.base).toBe("ACCEPT");
    expect(view.changesSince?.changes.map((x) => [x.name, (x.new as { value: number }).value])).toEqual([
      ["Số vụ phạm pháp hình sự", 6],
    ]);
  });

  it("scope: a district committee cannot see or review another district's commune (not found)", async () => {
    const f = await freshDistrict(1);
    const other = await actorAt((await freshDistrict(0)).districtId, "DISTRICT_COMMITTEE");
    await expect(getMonthlyEntry(other, f.communes[0]!.id, 2026, 11, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMonthlyEntry(other, "not-a-uuid", 2026, 11, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("district report: submitted with a narrative, returned by the province with a reason, resubmitted, accepted (also accepting the communes' figures)", async () => {
    const f = await freshDistrict(2);
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const province = await provinceActor();
    for (const c of f.communes) {
      const p = await actorAt(c.id, "COMMUNE_POLICE");
      await saveMonthlyReport(
        p,
        { communeId: c.id, ...NOV, version: 0, values: await fullValues(f.provinceId, 2026, 11), submit: true },
        NOW,
      );
    }
    const d1 = await submitDistrictReport(
      district,
      { unitId: f.districtId, ...NOV, version: 0, narrative: "Tình hình ổn định" },
      NOW,
    );
    await expect(
      reviewDistrictReport(province, { reportId: d1.id, version: d1.version }, "RETURN", NOW),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await reviewDistrictReport(
      province,
      { reportId: d1.id, version: d1.version, reason: "Bổ sung kết quả tấn công trấn áp" },
      "RETURN",
      NOW,
    );
    const d2 = await submitDistrictReport(
      district,
      {
        unitId: f.districtId,
        ...NOV,
        version: d1.version + 1,
        narrative: "Tình hình ổn định; đã triệt xóa 01 tụ điểm",
      },
      NOW,
    );
    const acc = await reviewDistrictReport(province, { reportId: d2.id, version: d2.version }, "ACCEPT", NOW);
    expect(acc.acceptedCommunes).toBe(2);
    expect(await db.monthlyReport.count({ where: { commune: { parentId: f.districtId }, status: "ACCEPTED" } })).toBe(
      2,
    );
    const hs = await ids(f.provinceId, 2026, 11);
    const total = await db.indicatorTotal.findUniqueOrThrow({
      where: {
        unitId_indicatorId_year_month: { unitId: f.districtId, indicatorId: hs("HS_VU"), year: 2026, month: 11 },
      },
    });
    expect(Number(total.total)).toBe(4);
    expect(total.reports).toBe(2);
  });
});

describe("totals, aggregation and completeness (issue #4, issue #8)", () => {
  it("aggregation of percentages up the tree sums numerators and denominators, then divides; LAST takes the latest month; SUM adds months", async () => {
    const f = await freshDistrict(2);
    const [a, b] = f.communes as unknown as [{ id: string }, { id: string }];
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const pa = await actorAt(a.id, "COMMUNE_POLICE");
    const pb = await actorAt(b.id, "COMMUNE_POLICE");
    const accepted: string[] = [];
    // October (entered in October) and November.
    const oct = vnAt(2026, 10, 20);
    for (const [p, c, over, now, ym] of [
      [pa, a.id, { HS_VU: 10, KQ_AN_KHAM_PHA: 9, KQ_HET_AN: 50, KQ_TAI_PHAM_SO: 5 }, oct, { year: 2026, month: 10 }],
      [pb, b.id, { HS_VU: 1, KQ_AN_KHAM_PHA: 0, KQ_HET_AN: 10, KQ_TAI_PHAM_SO: 0 }, oct, { year: 2026, month: 10 }],
      [pa, a.id, { HS_VU: 10, KQ_AN_KHAM_PHA: 9, KQ_HET_AN: 40, KQ_TAI_PHAM_SO: 2 }, NOW, NOV],
      [pb, b.id, { HS_VU: 1, KQ_AN_KHAM_PHA: 0, KQ_HET_AN: 10, KQ_TAI_PHAM_SO: 1 }, NOW, NOV],
    ] as const) {
      const s = await saveMonthlyReport(
        p,
        {
          communeId: c,
          ...ym,
          version: 0,
          values: await fullValues(f.provinceId, ym.year, ym.month, over),
          submit: true,
        },
        now,
      );
      accepted.push(s.reportId);
    }
    expect((await bulkAcceptMonthlyReports(district, accepted, NOW)).accepted).toBe(4);
    const month = await getPeriodSummary(district, f.districtId, "MONTH", 2026, 11);
    const dtkp = month!.rows.find((r) => r.code === "KQ_TL_DTKP")!;
    expect([dtkp.numerator, dtkp.denominator]).toEqual([9, 11]);
    expect(dtkp.value).toBeCloseTo(900 / 11, 9); // not (90 + 0) / 2 = 45
    expect(dtkp.achieved).toBe(true);
    const year = await getPeriodSummary(district, f.districtId, "YEAR", 2026);
    expect(year!.rows.find((r) => r.code === "HS_VU")!.value).toBe(22); // SUM of Oct + Nov
    expect(year!.rows.find((r) => r.code === "KQ_HET_AN")!.value).toBe(50); // LAST = November (40 + 10)
    const taiPham = year!.rows.find((r) => r.code === "KQ_TL_TAI_PHAM")!;
    expect([taiPham.numerator, taiPham.denominator]).toEqual([3, 50]); // from the latest month's stocks
    // The 6-month view follows the programme's focus start.
    const six = await getPeriodSummary(district, f.districtId, "SIX_MONTHS", 2026);
    const programme = await db.programme.findUniqueOrThrow({
      where: { provinceId_year: { provinceId: f.provinceId, year: 2026 } },
    });
    expect(six!.period).toMatchObject({ kind: "SIX_MONTHS", startMonth: programme.focusStart.getUTCMonth() + 1 });
  });

  it("IndicatorTotal equals the raw sums of accepted values after accepts, edits, returns and unlocks", async () => {
    const f = await freshDistrict(2);
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const province = await provinceActor();
    const id = await ids(f.provinceId, 2026, 11);
    const reports: { id: string; version: number; police: Awaited<ReturnType<typeof actorAt>>; c: string }[] = [];
    for (const c of f.communes) {
      const police = await actorAt(c.id, "COMMUNE_POLICE");
      const s = await saveMonthlyReport(
        police,
        {
          communeId: c.id,
          ...NOV,
          version: 0,
          values: await fullValues(f.provinceId, 2026, 11, { HS_VU: 5, K_TRANH_CHAP: true }),
          submit: true,
        },
        NOW,
      );
      reports.push({ id: s.reportId, version: s.version, police, c: c.id });
    }
    const [r1, r2] = reports as [(typeof reports)[0], (typeof reports)[0]];
    const a1 = await acceptMonthlyReport(district, { reportId: r1.id, version: r1.version }, NOW);
    await acceptMonthlyReport(province, { reportId: r2.id, version: r2.version }, NOW);
    expect((await rawTotalsMismatch())[0]!.n).toBe(0n);
    // Unlock r1 (−), edit, resubmit, accept again (+).
    const u = await returnMonthlyReport(
      province,
      { reportId: r1.id, version: a1.version, reason: "Sửa số vụ theo sổ" },
      NOW,
    );
    expect((await rawTotalsMismatch())[0]!.n).toBe(0n);
    const e1 = await saveMonthlyReport(
      r1.police,
      {
        communeId: r1.c,
        ...NOV,
        version: u.version,
        values: [
          { indicatorId: id("HS_VU"), num: 7 },
          { indicatorId: id("K_TRANH_CHAP"), bool: false },
        ],
        submit: true,
      },
      NOW,
    );
    await acceptMonthlyReport(district, { reportId: r1.id, version: e1.version }, NOW);
    expect((await rawTotalsMismatch())[0]!.n).toBe(0n);
    const t = await db.indicatorTotal.findUniqueOrThrow({
      where: {
        unitId_indicatorId_year_month: { unitId: f.districtId, indicatorId: id("HS_VU"), year: 2026, month: 11 },
      },
    });
    expect(Number(t.total)).toBe(12);
    const b = await db.indicatorTotal.findUniqueOrThrow({
      where: {
        unitId_indicatorId_year_month: { unitId: f.districtId, indicatorId: id("K_TRANH_CHAP"), year: 2026, month: 11 },
      },
    });
    expect(Number(b.total)).toBe(1); // BOOLEAN counts true answers
    expect(
      await db.indicatorTotal.count({
        where: { unitId: (await db.unit.findUniqueOrThrow({ where: { code: "VN" } })).id },
      }),
    ).toBe(0);
  });

  it("completeness and timeliness: expected (selected), submitted, on time, late, missing; reminders due within 3 days or overdue", async () => {
    const f = await freshDistrict(4);
    const [a, b, c, d] = f.communes as unknown as [{ id: string }, { id: string }, { id: string }, { id: string }];
    await selectCommunes(f.provinceId, 2026, [a.id, b.id, c.id]);
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const values = await fullValues(f.provinceId, 2026, 11);
    await saveMonthlyReport(
      await actorAt(a.id, "COMMUNE_POLICE"),
      { communeId: a.id, ...NOV, version: 0, values, submit: true },
      NOW,
    );
    const late = vnAt(2026, 12, 7);
    await grantEntryUnlock(district, { communeId: b.id, ...NOV, reason: "Cán bộ đi tập huấn" }, late);
    await saveMonthlyReport(
      await actorAt(b.id, "COMMUNE_POLICE"),
      { communeId: b.id, ...NOV, version: 0, values, submit: true },
      late,
    );
    await saveMonthlyReport(
      await actorAt(d.id, "COMMUNE_POLICE"),
      { communeId: d.id, ...NOV, version: 0, values, submit: true },
      NOW,
    );
    const o = await getMonthOverview(district, f.districtId, 2026, 11, vnAt(2026, 12, 8));
    expect(o.counts).toMatchObject({ expected: 3, submitted: 2, onTime: 1, late: 1, missing: 1 });
    expect(o.communes.find((r) => r.commune.id === d.id)?.selected).toBe(false);
    // Reminders: c's police sees November due on 03/12 (2 days left) and overdue after 05/12.
    const pc = await actorAt(c.id, "COMMUNE_POLICE");
    const nov = (rs: { message: string }[]) =>
      rs.filter((r) => r.message.includes("tháng 11/2026")).map((r) => r.message);
    expect(nov(await getReminders(pc, vnAt(2026, 11, 21)))).toEqual([]);
    expect(nov(await getReminders(pc, vnAt(2026, 12, 3)))[0]).toContain("còn 2 ngày");
    expect(nov(await getReminders(pc, vnAt(2026, 12, 7)))[0]).toContain("quá hạn 2 ngày");
    // October was never entered by this (fresh) commune: overdue on 21/11.
    expect(
      (await getReminders(pc, vnAt(2026, 11, 21))).some(
        (r) => r.message.includes("tháng 10/2026") && r.message.includes("quá hạn"),
      ),
    ).toBe(true);
    expect(
      (await getReminders(await actorAt(a.id, "COMMUNE_POLICE"), vnAt(2026, 12, 3))).filter((r) =>
        r.message.includes("tháng 11/2026"),
      ),
    ).toEqual([]);
    expect((await getReminders(district, vnAt(2026, 12, 7))).some((r) => r.message.includes("Ban Chỉ đạo"))).toBe(true);
  });
});

describe("Excel export → import round trip (issue #4 'Import of a month's figures')", () => {
  it("exports a month, imports the same layout back; a file with any invalid row saves nothing and reports each row", async () => {
    const f = await freshDistrict(1);
    const c = f.communes[0]!.id;
    const police = await actorAt(c, "COMMUNE_POLICE");
    const id = await ids(f.provinceId, 2026, 11);
    const s = await saveMonthlyReport(
      police,
      {
        communeId: c,
        ...NOV,
        version: 0,
        values: await fullValues(f.provinceId, 2026, 11, { HS_VU: 1234, KQ_AN_KHAM_PHA: 1000 }),
        submit: false,
      },
      NOW,
    );
    const { buffer } = await exportMonthlyWorkbook(police, { communeId: c, year: 2026, month: 11 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rowOf = (code: string) => {
      for (let r = 6; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(1).value === code) return ws.getRow(r);
      throw new Error(code);
    };
    expect(rowOf("HS_VU").getCell(5).value).toBe(1234);
    // Unchanged round trip: nothing changes.
    const same = await importMonthlyWorkbook(police, { communeId: c, ...NOV, version: s.version, data: buffer });
    expect(await db.valueHistory.count({ where: { value: { reportId: s.reportId } } })).toBe(
      (await fullValues(f.provinceId, 2026, 11)).length,
    );
    // Edit two cells (vi-VN grouped number, yes/no) and import.
    rowOf("MT_VU").getCell(5).value = "1.005";
    rowOf("K_TRANH_CHAP").getCell(5).value = "Có";
    rowOf("K_TRANH_CHAP").getCell(6).value = "Tranh chấp đất tại ấp 3";
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const imp = await importMonthlyWorkbook(police, { communeId: c, ...NOV, version: same.version, data: edited });
    const v = async (code: string) =>
      db.monthlyValue.findFirstOrThrow({ where: { reportId: s.reportId, indicatorId: id(code) } });
    expect((await v("MT_VU")).numValue).toBe(1005);
    expect((await v("K_TRANH_CHAP")).boolValue).toBe(true);
    expect((await v("K_TRANH_CHAP")).comment).toBe("Tranh chấp đất tại ấp 3");
    // Invalid rows: every row reported, nothing saved.
    rowOf("MT_VU").getCell(5).value = 7;
    rowOf("HS_VU").getCell(5).value = "nhiều";
    rowOf("K_GIAO_THONG").getCell(5).value = "có lẽ";
    ws.getRow(ws.rowCount + 1).values = ["KHONG_CO", "x", "", "", 1];
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const e = await errorOf(importMonthlyWorkbook(police, { communeId: c, ...NOV, version: imp.version, data: bad }));
    expect(Object.keys(e.fieldErrors ?? {})).toHaveLength(3);
    expect((await v("MT_VU")).numValue).toBe(1005);
    expect((await db.monthlyReport.findUniqueOrThrow({ where: { id: s.reportId } })).version).toBe(imp.version);

    // Issue #7 §4: a failure injected midway through a valid import (on the 3rd value
    // history row written) rolls the whole import back.
    rowOf("HS_VU").getCell(5).value = 4321;
    rowOf("K_GIAO_THONG").getCell(5).value = "Có";
    ws.spliceRows(ws.rowCount, 1);
    const valid = Buffer.from(await wb.xlsx.writeBuffer());
    const before = await db.monthlyValue.findMany({
      where: { reportId: s.reportId },
      orderBy: { id: "asc" },
      select: { id: true, numValue: true, boolValue: true, comment: true },
    });
    await expect(
      withInjectedFailure("ValueHistory", 3, () =>
        importMonthlyWorkbook(police, { communeId: c, ...NOV, version: imp.version, data: valid }),
      ),
    ).rejects.toThrow();
    expect(
      await db.monthlyValue.findMany({
        where: { reportId: s.reportId },
        orderBy: { id: "asc" },
        select: { id: true, numValue: true, boolValue: true, comment: true },
      }),
    ).toEqual(before);
    expect((await db.monthlyReport.findUniqueOrThrow({ where: { id: s.reportId } })).version).toBe(imp.version);
    // Without the failure the same file imports.
    const ok = await importMonthlyWorkbook(police, { communeId: c, ...NOV, version: imp.version, data: valid });
    expect(ok.version).toBe(imp.version + 1);
    expect((await v("HS_VU")).numValue).toBe(4321);
  });
});

describe("indicator catalogue (issue #4 'Indicator catalogue')", () => {
  it("the province secretariat edits an indicator for future months only: a new version, the old one closed, the past untouched", async () => {
    const province = await provinceActor();
    const cat = await listCatalogue(province, undefined, NOW);
    const mh = cat.current.find((i) => i.code === "KQ_MO_HINH")!;
    await expect(
      editIndicator(
        province,
        {
          indicatorId: mh.id,
          fromPeriod: 202611,
          name: mh.name,
          unitLabel: "mô hình",
          targetValue: 2,
          isRequired: true,
          lowerIsBetter: false,
        },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const row = await editIndicator(
      province,
      {
        indicatorId: mh.id,
        fromPeriod: 202701,
        name: mh.name,
        unitLabel: "mô hình",
        targetValue: 2,
        isRequired: true,
        lowerIsBetter: false,
      },
      NOW,
    );
    expect((await db.indicator.findUniqueOrThrow({ where: { id: mh.id } })).validToPeriod).toBe(202701);
    expect(Number((await db.indicator.findUniqueOrThrow({ where: { id: row.id } })).targetValue)).toBe(2);
    const nov = (await listCatalogue(province, undefined, NOW)).current.find((i) => i.code === "KQ_MO_HINH")!;
    expect(nov.id).toBe(mh.id);
    await expect(
      editIndicator(
        await actorAt((await freshDistrict(0)).districtId, "DISTRICT_COMMITTEE"),
        {
          indicatorId: mh.id,
          fromPeriod: 202702,
          name: "x x x",
          unitLabel: "",
          targetValue: null,
          isRequired: true,
          lowerIsBetter: false,
        },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("demo seed of monthly figures (issue #4 'Demo seed')", () => {
  it("seeded months are accepted up to October 2026 and IndicatorTotal of the seed equals the raw sums (same definition as applyAcceptedTotals)", async () => {
    // Hải Châu (92): only the seed writes accepted figures there in this suite.
    const hc = (await db.unit.findUniqueOrThrow({ where: { code: "92" }, select: { id: true } })).id;
    const oct = await db.monthlyReport.count({ where: { provinceId: hc, year: 2026, month: 10, status: "ACCEPTED" } });
    expect(oct).toBeGreaterThan(0);
    const [row] = await db.$queryRaw<{ raw: bigint; tot: bigint }[]>`
      SELECT (SELECT COALESCE(SUM(COALESCE(v."numValue", CASE WHEN v."boolValue" THEN 1 ELSE 0 END)), 0) FROM "MonthlyValue" v
                JOIN "MonthlyReport" r ON r."id" = v."reportId" WHERE r."provinceId" = ${hc}::uuid AND r."status" = 'ACCEPTED' AND r."year" = 2026 AND r."month" = 10)::bigint AS raw,
             (SELECT COALESCE(SUM("total"), 0) FROM "IndicatorTotal" WHERE "unitId" = ${hc}::uuid AND "year" = 2026 AND "month" = 10)::bigint AS tot`;
    expect(row!.tot).toBe(row!.raw);
  });
});
