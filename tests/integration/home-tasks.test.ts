import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getHomeTasks } from "@/lib/server/units/get-home-tasks";
import { getMonthOverview } from "@/lib/server/monthly/get-month-overview";
import { unitScope } from "@/lib/authz/access";
import { appNow } from "@/lib/clock";
import { actorOf } from "../support/actors";
import { getCommuneMonths } from "@/lib/server/monthly/commune-months";

// The home page shows each role its obvious next step (developers' guide: "the obvious next step visible"),
// computed by the same rules as the pages it links to. The test clock is 21/11/2026 (tests/support/test-clock.ts).
describe("home page next steps", () => {
  it("commune police: this month's entry, its status and the days left in the window (entry-window.ts)", async () => {
    const xa = await actorOf("lg.xa");
    const [task] = await getHomeTasks(xa);
    expect(task).toMatchObject({
      key: "entry",
      title: "Số liệu tháng 11/2026",
      action: "Nhập số liệu",
      href: `/monthly/${xa.unitId}/2026/11`,
    });
    expect(task!.detail).toBe("Chưa nhập. Còn 14 ngày đến hạn nhập (hạn cuối ngày 05/12/2026).");
  });

  it("district committee: last month's reporting, counted as on the monthly overview", async () => {
    const cauke = await actorOf("lg.cauke");
    const task = (await getHomeTasks(cauke)).find((x) => x.key === "district-month");
    const o = await getMonthOverview(cauke, cauke.unitId, 2026, 10, appNow());
    expect(task).toMatchObject({
      key: "district-month",
      title: "Số liệu tháng 10/2026 của các xã",
      href: "/monthly?year=2026&month=10",
    });
    expect(task!.detail).toContain(`${o.counts!.submitted}/${o.counts!.expected} xã đã gửi`);
  });

  it("province secretariat: what waits for its review in its own province only; the leader and the admin get their tools", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const waiting = (await getHomeTasks(tt)).find((x) => x.key === "waiting")!;
    const reports = await db.monthlyReport.count({ where: { status: "SUBMITTED", commune: unitScope(tt) } });
    expect(reports).toBeGreaterThan(0);
    expect(waiting.detail).toContain(`${reports} báo cáo số liệu tháng`);
    expect((await getHomeTasks(await actorOf("lg.lanhdao"))).map((x) => x.key)).toEqual(["dashboard"]);
    expect((await getHomeTasks(await actorOf("admin"))).map((x) => x.key)).toEqual(["users"]);
  });

  it("first day of a month: November (due 05/12, not entered) comes before December, on the home page and the main button (issue #13 case 6)", async () => {
    const dec1 = new Date("2026-12-01T03:00:00+07:00");
    const xa = await actorOf("lg.xa");
    const [task] = await getHomeTasks(xa, dec1);
    expect(task).toMatchObject({
      title: "Số liệu tháng 11/2026",
      href: `/monthly/${xa.unitId}/2026/11`,
      action: "Nhập số liệu",
    });
    expect(task!.detail).toContain("hạn cuối ngày 05/12/2026");
    expect((await getCommuneMonths(xa, dec1)).current).toEqual({ year: 2026, month: 11 });
    // Once November is submitted, December is next.
    const xa2 = await actorOf("lg.xa2");
    await db.monthlyReport.create({
      data: {
        communeId: xa2.unitId,
        provinceId: xa2.provinceId!,
        year: 2026,
        month: 11,
        status: "SUBMITTED",
        submittedAt: dec1,
      },
    });
    expect((await getCommuneMonths(xa2, dec1)).current).toEqual({ year: 2026, month: 12 });
    expect((await getHomeTasks(xa2, dec1))[0]).toMatchObject({ title: "Số liệu tháng 12/2026" });
  });

  it("the yearly cycle on 30/11/2026, overdue first, dates from the programme (issue #13 case 9)", async () => {
    const nov30 = new Date("2026-11-30T09:00:00+07:00");
    const keys = (tasks: { key: string }[]) => tasks.map((x) => x.key);
    const dueOrder = (tasks: { dueDate?: Date; overdue?: boolean }[]) => {
      const dated = tasks.filter((x) => x.dueDate);
      expect(dated.map((x) => x.dueDate!.getTime())).toEqual(
        dated.map((x) => x.dueDate!.getTime()).sort((a, b) => a - b),
      );
      expect(tasks.findIndex((x) => !x.dueDate)).toBeGreaterThanOrEqual(
        dated.length === tasks.length ? -1 : dated.length,
      );
    };
    // Secretariat: the year-end verdicts due 14/12 and the opening of 2027, besides the monthly review.
    const tt = await actorOf("lg.thuongtruc");
    const lg = await db.programme.findFirstOrThrow({
      where: { province: { code: "91" }, year: 2026 },
      select: { id: true },
    });
    const sec = await getHomeTasks(tt, nov30);
    const verdicts = sec.find((x) => x.key === "verdicts")!;
    const listed = (
      await db.selection.findMany({ where: { programmeId: lg.id, status: "SELECTED" }, select: { id: true } })
    ).map((x) => x.id);
    const issued = new Set(
      (
        await db.communeVerdict.findMany({
          where: { stage: "ISSUED", selectionId: { in: listed } },
          select: { selectionId: true },
        })
      ).map((v) => v.selectionId),
    );
    expect(verdicts.detail).toBe(
      `${listed.length - issued.size} địa bàn chưa có quyết định công nhận đạt / chưa đạt. Còn 14 ngày (hạn 14/12/2026).`,
    );
    expect(sec.find((x) => x.key === "open-next")).toMatchObject({
      title: "Mở kế hoạch chuyển hóa năm 2027",
      href: "/programme",
    });
    expect(keys(sec)).toEqual(expect.arrayContaining(["waiting", "dashboard"]));
    dueOrder(sec);
    // District Cầu Kè: its interim reviews (left undone in the demo, due 15/09) before its year-end reviews (due 15/11), both overdue.
    const district = await getHomeTasks(await actorOf("lg.cauke"), nov30);
    const interim = district.find((x) => x.key === "interim")!;
    expect(interim).toMatchObject({ overdue: true, title: "Sơ kết 6 tháng từng địa bàn" });
    expect(interim.detail).toMatch(/địa bàn chưa lập\. Quá hạn 76 ngày \(hạn 15\/09\/2026\)\.$/);
    expect(district.find((x) => x.key === "year-end")!.detail).toMatch(/Quá hạn 15 ngày \(hạn 15\/11\/2026\)\.$/);
    expect(keys(district).indexOf("interim")).toBeLessThan(keys(district).indexOf("year-end"));
    expect(keys(district)[0]).toBe("interim");
    dueOrder(district);
    // Leader: a verdict proposed by the secretariat awaits the approver.
    const sel = await db.selection.findFirstOrThrow({
      where: {
        programmeId: lg.id,
        status: "SELECTED",
        NOT: {
          id: {
            in: (await db.communeVerdict.findMany({ where: { stage: "ISSUED" }, select: { selectionId: true } })).map(
              (v) => v.selectionId,
            ),
          },
        },
      },
      select: { id: true, communeId: true },
    });
    await db.communeVerdict.create({
      data: {
        selectionId: sel.id,
        communeId: sel.communeId,
        year: 2026,
        stage: "SECRETARIAT_PROPOSED",
        verdict: "PASSED",
        recommendation: "PASSED",
      },
    });
    const leader = await getHomeTasks(await actorOf("lg.lanhdao"), nov30);
    expect(leader[0]).toMatchObject({
      key: "verdicts-issue",
      detail: "1 địa bàn đã được Cơ quan Thường trực đề xuất, chờ lãnh đạo quyết định. Còn 14 ngày (hạn 14/12/2026).",
    });
    expect(keys(leader).at(-1)).toBe("dashboard");
  });

  it("commune police: a month left unsent past its deadline is listed, overdue, before the month due next", async () => {
    const dec10 = new Date("2026-12-10T09:00:00+07:00");
    const xa = await actorOf("lg.xa");
    const tasks = await getHomeTasks(xa, dec10);
    expect(tasks.map((x) => x.key)).toEqual(["entry-2026-11", "entry"]);
    expect(tasks[0]).toMatchObject({
      overdue: true,
      title: "Số liệu tháng 11/2026",
      href: `/monthly/${xa.unitId}/2026/11`,
    });
    expect(tasks[0]!.detail).toContain("Quá hạn 5 ngày (hạn 05/12/2026)");
    expect(tasks[1]).toMatchObject({ title: "Số liệu tháng 12/2026", overdue: false });
  });
});
