// Issue #13 cases 4, 5 and 8 on PostgreSQL: who may undo an acceptance (domain.md §8 "Who may undo a step"),
// an unlock that opens the month for correction in one step, and a bulk acceptance that says what it skipped.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/actor";
import { runActionAs } from "@/lib/actions/define-action";
import { returnMonthlyAction, saveMonthlyAction, unlockMonthlyAction } from "@/app/(app)/monthly/actions";
import { postMonthlyReport } from "../support/monthly-api";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { saveMonthlyReport } from "@/lib/server/monthly/save-monthly-report";
import { acceptMonthlyReport } from "@/lib/server/monthly/accept-monthly-report";
import { bulkAcceptMonthlyReports } from "@/lib/server/monthly/bulk-accept-monthly-reports";
import { grantEntryUnlock } from "@/lib/server/monthly/grant-entry-unlock";
import { returnMonthlyReport } from "@/lib/server/monthly/return-monthly-report";
import { unlockMonthlyReport } from "@/lib/server/monthly/unlock-monthly-report";
import { reviewDistrictReport } from "@/lib/server/monthly/review-district-report";
import { submitDistrictReport } from "@/lib/server/monthly/submit-district-report";
import { getMonthlyEntry } from "@/lib/server/monthly/get-monthly-entry";
import { actorAt, freshDistrict, fullValues, provinceActor, vnAt } from "../support/monthly-fixtures";

const NOW = vnAt(2026, 11, 21);
const NOV = { year: 2026, month: 11 };
const OCT = { year: 2026, month: 10 };

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

/** A submitted report of the commune for the month (October is entered under a late-entry grant, then the grant is removed). */
async function submitted(communeId: string, district: Actor, ym: { year: number; month: number }) {
  const police = await actorAt(communeId, "COMMUNE_POLICE");
  const provinceId = (await db.unit.findUniqueOrThrow({ where: { id: communeId }, select: { provinceId: true } }))
    .provinceId!;
  if (ym.month === 10) await grantEntryUnlock(district, { communeId, ...ym, reason: "Nhập bổ sung" }, NOW);
  const s = await saveMonthlyReport(
    police,
    { communeId, ...ym, version: 0, values: await fullValues(provinceId, ym.year, ym.month), submit: true },
    NOW,
  );
  await db.entryUnlock.deleteMany({ where: { communeId, ...ym } });
  return { police, reportId: s.reportId, version: s.version };
}

/** A commune's October report, submitted and accepted by its district on 21/11 (the month's window is closed). */
async function acceptedOctober() {
  const f = await freshDistrict(1);
  const c = f.communes[0]!.id;
  const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
  const s = await submitted(c, district, OCT);
  return {
    f,
    c,
    district,
    s,
    acc: await acceptMonthlyReport(district, { reportId: s.reportId, version: s.version }, NOW),
  };
}

const statusOf = async (id: string) =>
  (await db.monthlyReport.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const totalsOf = (communeId: string) =>
  db.indicatorTotal.aggregate({ where: { unitId: communeId }, _sum: { reports: true } });

describe("case 4: an acceptance is undone only by the level that accepted it or a higher one (domain.md §8)", () => {
  it("the province accepted: the district is refused the same way by the use cases, the actions and the page; nothing changes", async () => {
    const f = await freshDistrict(1);
    const c = f.communes[0]!.id;
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const province = await provinceActor();
    const s = await submitted(c, district, NOV);
    const a = await acceptMonthlyReport(province, { reportId: s.reportId, version: s.version }, NOW);
    expect(
      await db.monthlyReport.findUniqueOrThrow({
        where: { id: s.reportId },
        select: { reviewedLevel: true, reviewedUnitId: true },
      }),
    ).toEqual({ reviewedLevel: "PROVINCE", reviewedUnitId: f.provinceId });
    const totals = await totalsOf(c);

    const refusals = [
      await errorOf(unlockMonthlyReport(district, { reportId: s.reportId, reason: "Sửa số liệu" }, NOW)),
      await errorOf(
        returnMonthlyReport(district, { reportId: s.reportId, version: a.version, reason: "Sửa số liệu" }, NOW),
      ),
    ].map((e) => e.message);
    const viaActions = [
      await runActionAs(unlockMonthlyAction, district, { reportId: s.reportId, reason: "Sửa số liệu" }),
      await runActionAs(returnMonthlyAction, district, {
        reportId: s.reportId,
        version: a.version,
        reason: "Sửa số liệu",
      }),
    ].map((r) => (r.ok ? "ok" : r.message));
    const page = await getMonthlyEntry(district, c, 2026, 11, NOW);
    for (const m of [...refusals, ...viaActions, page.acceptance?.undoRefusal]) {
      expect(m).toBe(
        `Đã được tiếp nhận bởi ${province.fullName} (${(await db.unit.findUniqueOrThrow({ where: { id: f.provinceId } })).name}), cấp tỉnh; chỉ cấp tỉnh hoặc cấp trên mới có thể hủy bước này.`,
      );
    }
    expect(page.canUnlock).toBe(false);
    expect(page.acceptance?.by).toContain(province.fullName);

    expect(await statusOf(s.reportId)).toBe("ACCEPTED");
    expect(await totalsOf(c)).toEqual(totals);
    expect(
      await db.auditLog.count({
        where: { entityId: s.reportId, action: { in: ["monthly.unlock", "monthly.return"] } },
      }),
    ).toBe(0);
    expect(await db.entryUnlock.count({ where: { communeId: c, ...NOV } })).toBe(0);

    // The province itself sees the button and may unlock.
    expect((await getMonthlyEntry(province, c, 2026, 11, NOW)).canUnlock).toBe(true);
    expect(
      (await unlockMonthlyReport(province, { reportId: s.reportId, reason: "Sửa theo kết luận kiểm tra" }, NOW)).status,
    ).toBe("RETURNED");
  });

  it("the district accepted: the district may undo its own acceptance, and so may the province", async () => {
    const f = await freshDistrict(2);
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const province = await provinceActor();
    for (const [i, who] of [district, province].entries()) {
      const s = await submitted(f.communes[i]!.id, district, NOV);
      await acceptMonthlyReport(district, { reportId: s.reportId, version: s.version }, NOW);
      expect((await getMonthlyEntry(who, f.communes[i]!.id, 2026, 11, NOW)).canUnlock).toBe(true);
      expect((await unlockMonthlyReport(who, { reportId: s.reportId, reason: "Sửa số liệu" }, NOW)).status).toBe(
        "RETURNED",
      );
    }
  });

  it("acceptances by the province's district-report acceptance and by bulk acceptance record the province level too", async () => {
    const f = await freshDistrict(2);
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const province = await provinceActor();
    const a = await submitted(f.communes[0]!.id, district, NOV);
    const b = await submitted(f.communes[1]!.id, district, NOV);
    await bulkAcceptMonthlyReports(province, [a.reportId], NOW);
    const dr = await submitDistrictReport(
      district,
      { unitId: f.districtId, ...NOV, version: 0, narrative: "Tình hình ổn định" },
      NOW,
    );
    await reviewDistrictReport(province, { reportId: dr.id, version: dr.version }, "ACCEPT", NOW);
    for (const id of [a.reportId, b.reportId]) {
      expect(await statusOf(id)).toBe("ACCEPTED");
      expect((await errorOf(unlockMonthlyReport(district, { reportId: id, reason: "Sửa" }, NOW))).message).toContain(
        "chỉ cấp tỉnh hoặc cấp trên",
      );
    }
  });
});

describe("case 5: unlocking opens the month for the commune's correction until a chosen day, in one step", () => {
  it("October accepted and closed: after the district's unlock the commune saves through the action and the API; after the day, refused", async () => {
    const { f, c, district, s, acc } = await acceptedOctober();
    const values = await fullValues(f.provinceId, 2026, 10, { HS_VU: 3 });
    expect(
      (
        await errorOf(
          saveMonthlyReport(s.police, { communeId: c, ...OCT, version: acc.version, values, submit: false }, NOW),
        )
      ).code,
    ).toBe("VALIDATION");

    // One step: the unlock (default: through 26/11, today + 5) — no separate "Cho phép nhập muộn".
    const u = await runActionAs(unlockMonthlyAction, district, { reportId: s.reportId, reason: "Sai số vụ hình sự" });
    expect(u.ok && u.data.message).toBe(
      "Xã được sửa số liệu và gửi lại đến hết ngày 26/11/2026; sau đó báo cáo cần được xét duyệt lại.",
    );
    const entry = await getMonthlyEntry(s.police, c, 2026, 10, NOW);
    expect(entry.canEdit).toBe(true);
    const saved = await runActionAs(saveMonthlyAction, s.police, {
      communeId: c,
      ...OCT,
      version: acc.version + 1,
      values,
      submit: false,
    });
    expect(saved.ok).toBe(true);

    // After the chosen day: refused.
    const late = await errorOf(
      saveMonthlyReport(
        s.police,
        { communeId: c, ...OCT, version: acc.version + 2, values, submit: false },
        vnAt(2026, 11, 27),
      ),
    );
    expect(late.message).toContain("Đã hết hạn");

    // Through the API, within the day: submitted again, so it needs review again.
    const token = (await createApiToken(s.police, { name: "Phần mềm xã" })).token;
    const res = await postMonthlyReport(token, {
      communeId: c,
      ...OCT,
      version: acc.version + 2,
      values,
      submit: true,
    });
    expect(res.status).toBe(200);
    expect(await statusOf(s.reportId)).toBe("SUBMITTED");
    expect((await getMonthlyEntry(district, c, 2026, 10, NOW)).canReview).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: s.reportId, action: "monthly.unlock" } });
    expect(audit.after).toMatchObject({ status: "RETURNED", reason: "Sai số vụ hình sự" });
  });

  it("a lapsed correction window is refused through the action and the API; the chosen day is checked (not past, ≤ 31 days)", async () => {
    const { f, c, district, s, acc } = await acceptedOctober();
    const past = await runActionAs(unlockMonthlyAction, district, {
      reportId: s.reportId,
      reason: "Sửa",
      correctUntil: "2026-11-20",
    });
    expect(past.ok || past.fieldErrors?.correctUntil?.[0]).toContain("không được trước hôm nay");
    const far = await runActionAs(unlockMonthlyAction, district, {
      reportId: s.reportId,
      reason: "Sửa",
      correctUntil: "23/12/2026",
    });
    expect(far.ok || far.message).toContain("tối đa 31 ngày");
    expect(await statusOf(s.reportId)).toBe("ACCEPTED");

    // Unlocked on 10/11 through 12/11: on 21/11 the window has lapsed.
    await unlockMonthlyReport(
      district,
      { reportId: s.reportId, reason: "Sửa", lastDay: vnAt(2026, 11, 12) },
      vnAt(2026, 11, 10),
    );
    const values = await fullValues(f.provinceId, 2026, 10);
    const r = await runActionAs(saveMonthlyAction, s.police, {
      communeId: c,
      ...OCT,
      version: acc.version + 1,
      values,
      submit: false,
    });
    expect(r.ok || r.message).toContain("Đã hết hạn");
    const token = (await createApiToken(s.police, { name: "Phần mềm xã" })).token;
    const res = await postMonthlyReport(token, {
      communeId: c,
      ...OCT,
      version: acc.version + 1,
      values,
      submit: false,
    });
    expect(res.status).toBe(400);

    // A chosen day: 30/11.
    await grantEntryUnlock(district, { communeId: c, ...OCT, reason: "x", days: 1 }, NOW);
    await saveMonthlyReport(s.police, { communeId: c, ...OCT, version: acc.version + 1, values, submit: true }, NOW);
    const again = await acceptMonthlyReport(district, { reportId: s.reportId, version: acc.version + 2 }, NOW);
    await db.entryUnlock.deleteMany({ where: { communeId: c, ...OCT } });
    const chosen = await returnMonthlyReport(
      district,
      { reportId: s.reportId, version: again.version, reason: "Sửa lần hai", lastDay: vnAt(2026, 11, 30, 0) },
      NOW,
    );
    expect(chosen.message).toContain("30/11/2026");
    expect((await getMonthlyEntry(s.police, c, 2026, 10, vnAt(2026, 11, 30, 23))).canEdit).toBe(true);
    expect((await getMonthlyEntry(s.police, c, 2026, 10, vnAt(2026, 12, 1, 0))).canEdit).toBe(false);
  });
});

describe("case 8: bulk acceptance says what it skipped", () => {
  it("five selected, one accepted and one returned by someone else meanwhile: “Đã tiếp nhận 3/5 báo cáo” and each skipped one with why", async () => {
    const f = await freshDistrict(6);
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const province = await provinceActor();
    const reports = [];
    for (const x of f.communes.slice(0, 5)) reports.push(await submitted(x.id, district, NOV));
    await acceptMonthlyReport(province, { reportId: reports[3]!.reportId, version: reports[3]!.version }, NOW);
    await returnMonthlyReport(
      province,
      { reportId: reports[4]!.reportId, version: reports[4]!.version, reason: "Thiếu số liệu" },
      NOW,
    );
    const r = await bulkAcceptMonthlyReports(
      district,
      reports.map((x) => x.reportId),
      NOW,
    );
    const unitName = (await db.unit.findUniqueOrThrow({ where: { id: f.provinceId } })).name;
    expect(r.accepted).toBe(3);
    expect(r.message.split("\n")).toEqual([
      "Đã tiếp nhận 3/5 báo cáo.",
      `${f.communes[3]!.name}: đã được tiếp nhận trước đó bởi ${province.fullName} (${unitName})`,
      `${f.communes[4]!.name}: đã bị trả lại bởi ${province.fullName} (${unitName})`,
    ]);

    // A draft among the selected.
    const police = await actorAt(f.communes[5]!.id, "COMMUNE_POLICE");
    const draft = await saveMonthlyReport(
      police,
      { communeId: f.communes[5]!.id, ...NOV, version: 0, values: [], submit: false },
      NOW,
    );
    const d = await bulkAcceptMonthlyReports(district, [draft.reportId], NOW);
    expect(d.message).toBe(`Đã tiếp nhận 0/1 báo cáo.\n${f.communes[5]!.name}: còn là bản nháp, xã chưa gửi`);
    expect(await statusOf(draft.reportId)).toBe("DRAFT");
  });

  it("concurrent with single acceptances: every report is accepted exactly once, and the bulk result accounts for each", async () => {
    const f = await freshDistrict(4);
    const district = await actorAt(f.districtId, "DISTRICT_COMMITTEE");
    const province = await provinceActor();
    const reports = [];
    for (const x of f.communes) reports.push(await submitted(x.id, district, NOV));
    const [bulk] = await Promise.all([
      bulkAcceptMonthlyReports(
        district,
        reports.map((x) => x.reportId),
        NOW,
      ),
      ...reports
        .slice(0, 2)
        .map((x) => acceptMonthlyReport(province, { reportId: x.reportId, version: x.version }, NOW).catch(() => null)),
    ]);
    expect(bulk.accepted + bulk.skipped.length).toBe(4);
    for (const s of bulk.skipped) expect(s.status).toBe("ACCEPTED");
    for (const x of reports) expect(await statusOf(x.reportId)).toBe("ACCEPTED");
    // Each commune's figures counted once in the totals.
    for (const x of f.communes) {
      const t = await db.indicatorTotal.findFirst({ where: { unitId: x.id, ...NOV }, select: { reports: true } });
      expect(t?.reports).toBe(1);
    }
  });
});
