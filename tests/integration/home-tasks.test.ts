import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getHomeTasks } from "@/lib/server/units/get-home-tasks";
import { getMonthOverview } from "@/lib/server/monthly/month-overview";
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
    expect(task).toMatchObject({ key: "entry", title: "Số liệu tháng 11/2026", action: "Nhập số liệu", href: `/monthly/${xa.unitId}/2026/11` });
    expect(task!.detail).toBe("Chưa nhập. Còn 14 ngày đến hạn nhập (hạn cuối ngày 05/12/2026).");
  });

  it("district committee: last month's reporting, counted as on the monthly overview", async () => {
    const cauke = await actorOf("lg.cauke");
    const [task] = await getHomeTasks(cauke);
    const o = await getMonthOverview(cauke, cauke.unitId, 2026, 10, appNow());
    expect(task).toMatchObject({ key: "district-month", title: "Số liệu tháng 10/2026 của các xã", href: "/monthly?year=2026&month=10" });
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
    expect(task).toMatchObject({ title: "Số liệu tháng 11/2026", href: `/monthly/${xa.unitId}/2026/11`, action: "Nhập số liệu" });
    expect(task!.detail).toContain("hạn cuối ngày 05/12/2026");
    expect((await getCommuneMonths(xa, dec1)).current).toEqual({ year: 2026, month: 11 });
    // Once November is submitted, December is next.
    const xa2 = await actorOf("lg.xa2");
    await db.monthlyReport.create({ data: { communeId: xa2.unitId, provinceId: xa2.provinceId!, year: 2026, month: 11, status: "SUBMITTED", submittedAt: dec1 } });
    expect((await getCommuneMonths(xa2, dec1)).current).toEqual({ year: 2026, month: 12 });
    expect((await getHomeTasks(xa2, dec1))[0]).toMatchObject({ title: "Số liệu tháng 12/2026" });
  });
});
