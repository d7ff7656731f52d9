import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runActionAs } from "@/lib/actions/define-action";
import { loadActorByUserId } from "@/lib/authz/actor";
import { addTaskAction, updateTaskAction } from "@/app/(app)/programme/actions";
import {
  addProvincePlanTaskAction,
  createAgencyAccountAction,
  createAgencyAction,
  createProvincePlanAction,
  decideProvinceReportAction,
  decideYearlyReportAction,
  saveFundingAction,
  submitProvinceReportAction,
  submitYearlyReportAction,
} from "@/app/(app)/committee/actions";
import { listProvinceReports } from "@/lib/server/committee/list-province-reports";
import { submitProvinceReport } from "@/lib/server/committee/submit-province-report";
import { getProgrammeKpis } from "@/lib/server/verdicts/get-programme-kpis";
import { can, type Permission } from "@/lib/authz/permissions";
import { discoverActions } from "./security/actions";
import { fundingTotalsForYear } from "@/lib/server/committee/funding-totals";
import { addTaskAttachment } from "@/lib/server/committee/add-task-attachment";
import { getTaskAttachmentForDownload } from "@/lib/server/committee/get-task-attachment-for-download";
import { codeOf } from "../support/error-code";
import { listYearlyReports } from "@/lib/server/committee/list-yearly-reports";
import { submitYearlyReport } from "@/lib/server/committee/submit-yearly-report";
import type { ReporterFigures } from "@/lib/server/committee/reporter-figures";
import { getYearEndReport } from "@/lib/server/reports/get-year-end-report";
import { getProvincePlan } from "@/lib/server/committee/get-province-plan";
import { changeUserRoleAndUnit } from "@/lib/server/users/change-user-role";
import { listAgencyTasks } from "@/lib/server/committee/list-agency-tasks";
import { getHomeTasks } from "@/lib/server/units/get-home-tasks";
import { actorOf, unitIdByCode } from "../support/actors";
import { writeMark } from "../support/foreign-units";

// Issue #18 §1–2: member agencies of a province's committee, their accounts scoped to their agency's tasks,
// commune plan tasks assigned to an agency from the list (free text still possible), overdue tasks flagged on the
// agency's and the secretariat's home pages. Seed 000: "Sở Tư pháp chủ trì…", "Sở Giáo dục và Đào tạo…".
// The test clock is 21/11/2026.
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** An agency of the province (the demo seeds province 91's; another province's is made here). */
async function agencyId(provinceCode: string, shortName: string) {
  const provinceId = await unitIdByCode(provinceCode);
  const found = await db.agency.findFirst({ where: { provinceId, shortName }, select: { id: true } });
  return (
    found?.id ??
    (
      await db.agency.create({
        data: { provinceId, shortName, name: `${shortName} ${provinceCode}`, kind: "DEPARTMENT" },
        select: { id: true },
      })
    ).id
  );
}

/** A plan of a commune of province 91 (the seed's plans of the current year). */
async function planOf91() {
  return db.plan.findFirstOrThrow({
    where: { selection: { commune: { provinceId: await unitIdByCode("91") } } },
    select: { id: true },
  });
}

describe("member agencies and their tasks", () => {
  it("the secretariat assigns a commune plan task to an agency from the list; the agency's name becomes the assignee", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const stp = await agencyId("91", "STP");
    const plan = await planOf91();
    const r = await runActionAs(addTaskAction, tt, {
      planId: plan.id,
      area: "Tuyên truyền",
      title: "Phổ biến pháp luật ở thôn",
      agencyId: stp,
      dueDate: "2026-10-31",
    });
    expect(r.ok, r.ok ? "" : r.message).toBe(true);
    const task = await db.planTask.findFirstOrThrow({
      where: { title: "Phổ biến pháp luật ở thôn" },
      select: { assignee: true, agencyId: true },
    });
    expect(task).toEqual({ assignee: "Sở Tư pháp", agencyId: stp });
  });

  it("refuses another province's agency (not found) and a task with neither agency nor assignee (on the assignee field)", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const plan = await planOf91();
    const foreignAgency = await agencyId("92", "STP");
    const before = await writeMark();
    const foreign = await runActionAs(addTaskAction, tt, {
      planId: plan.id,
      area: "A",
      title: "B",
      agencyId: foreignAgency,
      dueDate: "2026-12-31",
    });
    expect(foreign.ok ? "OK" : foreign.code).toBe("NOT_FOUND");
    const none = await runActionAs(addTaskAction, tt, {
      planId: plan.id,
      area: "A",
      title: "B",
      dueDate: "2026-12-31",
    });
    expect(none.ok ? "OK" : none.code).toBe("VALIDATION");
    if (!none.ok) expect(Object.keys(none.fieldErrors ?? {})).toContain("assignee");
    expect(await writeMark()).toBe(before);
  });

  it("an agency's account sees only its agency's tasks and updates them; another agency's task answers not found", async () => {
    const stpActor = await actorOf("lg.sotuphap");
    const plan = await planOf91();
    const sgd = await agencyId("91", "SGDĐT");
    const other = await db.planTask.create({
      data: {
        planId: plan.id,
        area: "Giáo dục",
        title: "Trường học an toàn",
        assignee: "Sở Giáo dục và Đào tạo",
        agencyId: sgd,
        dueDate: day(2026, 12, 31),
      },
      select: { id: true, version: true },
    });
    const { agencyName, tasks } = await listAgencyTasks(stpActor);
    expect(agencyName).toBe("Sở Tư pháp");
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.map((x) => x.title)).not.toContain("Trường học an toàn");
    const before = await writeMark();
    const refused = await runActionAs(updateTaskAction, stpActor, {
      taskId: other.id,
      version: other.version,
      status: "DONE",
      evidence: "x",
    });
    expect(refused.ok ? "OK" : refused.code).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
    const own = tasks[0]!;
    const done = await runActionAs(updateTaskAction, stpActor, {
      taskId: own.id,
      version: own.version,
      status: "DONE",
      evidence: "Đã tổ chức 12 buổi tuyên truyền",
    });
    expect(done.ok, done.ok ? "" : done.message).toBe(true);
    const audit = await db.auditLog.findFirst({
      where: { action: "plan.update-task", entityId: own.id, actorUsername: "lg.sotuphap" },
    });
    expect(audit).not.toBeNull();
  });

  it("an agency account without an agency sees no task (fails closed)", async () => {
    const stpActor = await actorOf("lg.sotuphap");
    const { tasks } = await listAgencyTasks({ ...stpActor, agencyId: null });
    expect(tasks).toEqual([]);
  });

  it("overdue agency tasks are flagged on the agency's and the secretariat's home pages", async () => {
    const plan = await planOf91();
    const stp = await agencyId("91", "STP");
    await db.planTask.create({
      data: {
        planId: plan.id,
        area: "Tuyên truyền",
        title: "Tọa đàm pháp luật",
        assignee: "Sở Tư pháp",
        agencyId: stp,
        dueDate: day(2026, 11, 20),
      },
    });
    const agencyHome = await getHomeTasks(await actorOf("lg.sotuphap"));
    expect(agencyHome[0]).toMatchObject({ key: "agency-overdue", overdue: true, href: "/committee/tasks" });
    const secretariatHome = await getHomeTasks(await actorOf("lg.thuongtruc"));
    expect(secretariatHome.find((x) => x.key === "agencies-overdue")?.detail).toContain("Sở Tư pháp: ");
    // The other province's secretariat does not see province 91's agencies.
    expect(
      (await getHomeTasks(await actorOf("hc.thuongtruc"))).find((x) => x.key === "agencies-overdue"),
    ).toBeUndefined();
  });
});

describe("the committee's agencies and their accounts", () => {
  it("the secretariat adds an agency (a name used twice in the province is refused) and gives it an account", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const created = await runActionAs(createAgencyAction, tt, {
      name: "Sở Y tế",
      shortName: "SYT",
      kind: "DEPARTMENT",
    });
    expect(created.ok).toBe(true);
    const again = await runActionAs(createAgencyAction, tt, { name: "Sở Y tế", shortName: "SYT", kind: "DEPARTMENT" });
    expect(again.ok ? "OK" : again.code).toBe("VALIDATION");
    const agency = await db.agency.findFirstOrThrow({
      where: { name: "Sở Y tế", provinceId: tt.unitId },
      select: { id: true },
    });
    const account = await runActionAs(createAgencyAccountAction, tt, {
      agencyId: agency.id,
      username: "syt.canbo",
      fullName: "Lê Văn Bình",
      password: "MatKhau2026x",
    });
    expect(account.ok, account.ok ? "" : account.message).toBe(true);
    const user = await db.user.findUniqueOrThrow({
      where: { username: "syt.canbo" },
      select: { role: true, unitId: true, agencyId: true, mustChangePassword: true },
    });
    expect(user).toEqual({ role: "AGENCY_MEMBER", unitId: tt.unitId, agencyId: agency.id, mustChangePassword: true });
  });

  it("another province's secretariat cannot give an account to this province's agency (not found)", async () => {
    const before = await writeMark();
    const r = await runActionAs(createAgencyAccountAction, await actorOf("hc.thuongtruc"), {
      agencyId: await agencyId("91", "STP"),
      username: "hc.stp",
      fullName: "Trần An",
      password: "MatKhau2026x",
    });
    expect(r.ok ? "OK" : r.code).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
  });

  it("an agency account given a unit role loses its agency", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const stp = await agencyId("91", "STP");
    const u = await db.user.create({
      data: {
        username: "stp.chuyen",
        fullName: "Phạm Chuyển",
        role: "AGENCY_MEMBER",
        unitId: tt.unitId,
        agencyId: stp,
        passwordHash: "x",
      },
      select: { id: true },
    });
    await changeUserRoleAndUnit(tt, { userId: u.id, role: "PROVINCE_LEADER", unitId: tt.unitId, version: 1 });
    expect(await loadActorByUserId(u.id)).toMatchObject({ role: "PROVINCE_LEADER", agencyId: null });
  });
});

describe("the province's own yearly plan (issue #18 §2)", () => {
  it("starts as a copy of last year's plan: tasks, assignees and agencies kept, due on the same day, not started", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const stp = await agencyId("91", "STP");
    const last = await db.provincePlan.create({
      data: { provinceId: tt.unitId, year: 2030, number: "10/KH-BCĐ", date: day(2030, 1, 15) },
      select: { id: true },
    });
    await db.planTask.create({
      data: {
        provincePlanId: last.id,
        area: "Tuyên truyền",
        title: "Phổ biến pháp luật",
        assignee: "Sở Tư pháp",
        agencyId: stp,
        dueDate: day(2030, 11, 19),
        status: "DONE",
        evidence: "Xong",
      },
    });
    const r = await runActionAs(createProvincePlanAction, tt, {
      year: 2031,
      number: "12/KH-BCĐ",
      date: "2031-01-15",
      copyLastYear: true,
    });
    expect(r.ok, r.ok ? "" : r.message).toBe(true);
    const { plan } = await getProvincePlan({ actor: tt, year: 2031 });
    expect(
      plan!.tasks.map((x) => ({
        title: x.title,
        agency: x.agency?.name,
        due: x.dueDate.toISOString().slice(0, 10),
        status: x.status,
        evidence: x.evidence,
      })),
    ).toEqual([
      { title: "Phổ biến pháp luật", agency: "Sở Tư pháp", due: "2031-11-19", status: "NOT_STARTED", evidence: null },
    ]);
    const again = await runActionAs(createProvincePlanAction, tt, {
      year: 2031,
      number: "13/KH-BCĐ",
      date: "2031-01-15",
      copyLastYear: false,
    });
    expect(again.ok ? "OK" : again.code).toBe("VALIDATION");
    const noLast = await runActionAs(createProvincePlanAction, tt, {
      year: 2040,
      number: "1/KH",
      date: "2040-01-15",
      copyLastYear: true,
    });
    expect(noLast.ok ? "OK" : noLast.code).toBe("VALIDATION");
  });

  it("its agency tasks reach the agency's task list; another province's secretariat cannot add to it", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const { plan } = await getProvincePlan({ actor: tt, year: 2031 });
    const added = await runActionAs(addProvincePlanTaskAction, tt, {
      provincePlanId: plan!.id,
      area: "Pháp luật",
      title: "Trợ giúp pháp lý lưu động",
      agencyId: await agencyId("91", "STP"),
      dueDate: "2031-09-30",
    });
    expect(added.ok, added.ok ? "" : added.message).toBe(true);
    const { tasks } = await listAgencyTasks(await actorOf("lg.sotuphap"));
    expect(tasks.find((x) => x.title === "Trợ giúp pháp lý lưu động")?.source).toMatchObject({
      communeName: null,
      planNumber: "12/KH-BCĐ",
      year: 2031,
    });
    const before = await writeMark();
    const foreign = await runActionAs(addProvincePlanTaskAction, await actorOf("hc.thuongtruc"), {
      provincePlanId: plan!.id,
      area: "A",
      title: "B",
      assignee: "C",
      dueDate: "2031-09-30",
    });
    expect(foreign.ok ? "OK" : foreign.code).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
  });
});

describe("yearly reports of agencies and district committees (issue #18 §3, seed 002 mục V.2)", () => {
  it("an agency sends its report with its tasks' outcomes; on time before 20/11; the standing office returns it with a reason, it is sent again, then accepted", async () => {
    const stpActor = await actorOf("lg.sotuphap");
    const tt = await actorOf("lg.thuongtruc");
    const sent = await submitYearlyReport({
      actor: stpActor,
      input: { year: 2026, narrative: "Đã tổ chức 40 buổi tuyên truyền pháp luật." },
      now: new Date("2026-11-18T10:00:00+07:00"),
    });
    const report = await db.yearlyReport.findUniqueOrThrow({
      where: { id: sent.id },
      select: { taskOutcomes: true, agencyId: true, status: true },
    });
    const outcomes = report.taskOutcomes as { title: string }[];
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.map((x) => x.title)).not.toContain("Trường học an toàn"); // another agency's task
    expect(report).toMatchObject({ agencyId: stpActor.agencyId, status: "SUBMITTED" });

    const again = await runActionAs(submitYearlyReportAction, stpActor, { year: 2026, narrative: "Lần hai" });
    expect(again.ok ? "OK" : again.code).toBe("VALIDATION");

    let list = await listYearlyReports({ actor: tt, year: 2026 });
    const row = list.rows.find((r) => r.kind === "AGENCY" && r.report?.id === sent.id)!;
    expect(row).toMatchObject({ name: "Sở Tư pháp", timeliness: "ON_TIME" });
    expect(list.counts.expected).toBeGreaterThanOrEqual(10); // 9 agencies + the district committees
    const noReason = await runActionAs(decideYearlyReportAction, tt, {
      reportId: sent.id,
      version: row.report!.version,
      decision: "RETURN",
    });
    expect(noReason.ok ? "OK" : noReason.code).toBe("VALIDATION");
    const returned = await runActionAs(decideYearlyReportAction, tt, {
      reportId: sent.id,
      version: row.report!.version,
      decision: "RETURN",
      reason: "Bổ sung số liệu",
    });
    expect(returned.ok, returned.ok ? "" : returned.message).toBe(true);

    await submitYearlyReport({
      actor: stpActor,
      input: { year: 2026, narrative: "Đã bổ sung số liệu." },
      now: new Date("2026-11-25T10:00:00+07:00"),
    });
    list = await listYearlyReports({ actor: tt, year: 2026 });
    const resent = list.rows.find((r) => r.report?.id === sent.id)!;
    expect(resent).toMatchObject({ timeliness: "ON_TIME" }); // judged on its first submission
    const accepted = await runActionAs(decideYearlyReportAction, tt, {
      reportId: sent.id,
      version: resent.report!.version,
      decision: "ACCEPT",
    });
    expect(accepted.ok).toBe(true);
    expect(
      await db.auditLog.count({
        where: {
          entityId: sent.id,
          action: { in: ["yearly-report.submit", "yearly-report.return", "yearly-report.accept"] },
        },
      }),
    ).toBe(4);

    // Another province's standing office: not found, nothing written.
    const before = await writeMark();
    const foreign = await runActionAs(decideYearlyReportAction, await actorOf("hc.thuongtruc"), {
      reportId: sent.id,
      version: resent.report!.version + 1,
      decision: "RETURN",
      reason: "x",
    });
    expect(foreign.ok ? "OK" : foreign.code).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
  });

  it("a district committee's report carries its communes' tasks only and is late after 19/11", async () => {
    const cauke = await actorOf("lg.cauke");
    const sent = await submitYearlyReport({
      actor: cauke,
      input: { year: 2026, narrative: "Báo cáo huyện Cầu Kè" },
      now: new Date("2026-11-20T08:00:00+07:00"),
    });
    const outcomes = (
      await db.yearlyReport.findUniqueOrThrow({ where: { id: sent.id }, select: { taskOutcomes: true } })
    ).taskOutcomes as unknown[];
    const own = await db.planTask.count({
      where: { plan: { selection: { programme: { year: 2026 }, commune: { lineage: { has: cauke.unitId } } } } },
    });
    expect(outcomes.length).toBe(own);
    const row = (await listYearlyReports({ actor: await actorOf("lg.thuongtruc"), year: 2026 })).rows.find(
      (r) => r.kind === "UNIT" && r.id === cauke.unitId,
    )!;
    expect(row.timeliness).toBe("LATE");
  });

  it("a district committee's report carries its figures of the year, the dashboards' own sums; an agency's carries none", async () => {
    const cauke = await actorOf("lg.cauke");
    const year = await db.yearlyReport.findFirstOrThrow({
      where: { unitId: cauke.unitId, programme: { year: 2026 } },
      select: { figures: true },
    });
    const stored = year.figures as unknown as ReporterFigures;
    // The same numbers the district's year-end report (reports/year-end, keyFigures + loadSelectionOutcomes) shows.
    const official = await getYearEndReport(cauke, null, 2026);
    expect(stored.indicators.map((f) => [f.code, f.current, f.baseline])).toEqual(
      official.figures.map((f) => [f.code, f.current, f.baseline]),
    );
    expect(stored.communes.map((c) => c.communeName).sort()).toEqual(
      official.communes.map((c) => c.communeName).sort(),
    );
    expect(stored.communes.length).toBeGreaterThan(0);
    expect(stored.indicators.some((f) => f.current !== null)).toBe(true);
    const stp = await db.yearlyReport.findFirstOrThrow({
      where: { agency: { name: "Sở Tư pháp" }, programme: { year: 2026 } },
      select: { figures: true },
    });
    expect(stp.figures).toBeNull();
  });
});

describe("funding of a decided commune (issue #18 §4, seed 002 mục IV)", () => {
  it("the district records planned and spent amounts by source typed vi-VN; totals add up in đồng; a stale version is refused", async () => {
    const cauke = await actorOf("lg.cauke");
    const sel = await db.selection.findFirstOrThrow({
      where: { programme: { year: 2026 }, commune: { lineage: { has: cauke.unitId } } },
      select: { id: true, programmeId: true, communeId: true },
    });
    // Other files of the shared database may have saved this commune's funding already: start from what is stored.
    const stored = await db.funding.findMany({
      where: { programmeId: sel.programmeId, communeId: sel.communeId },
      select: { source: true, planned: true, spent: true, version: true },
    });
    const row = (source: string) => stored.find((f) => f.source === source) ?? { planned: 0n, spent: 0n, version: 0 };
    const before = await fundingTotalsForYear(await actorOf("lg.thuongtruc"), 2026);
    const r = await runActionAs(saveFundingAction, cauke, {
      selectionId: sel.id,
      rows: [
        {
          source: "PROVINCE_BUDGET",
          planned: "150.000.000",
          spent: "120.500.000",
          version: row("PROVINCE_BUDGET").version,
        },
        { source: "OTHER_LAWFUL", planned: "2.500.000.000", spent: 0, version: row("OTHER_LAWFUL").version },
      ],
    });
    expect(r.ok, r.ok ? "" : r.message).toBe(true);
    const after = await fundingTotalsForYear(await actorOf("lg.thuongtruc"), 2026);
    expect(after.bySource.PROVINCE_BUDGET.planned - before.bySource.PROVINCE_BUDGET.planned).toBe(
      150_000_000n - row("PROVINCE_BUDGET").planned,
    );
    expect(after.bySource.OTHER_LAWFUL.planned - before.bySource.OTHER_LAWFUL.planned).toBe(
      2_500_000_000n - row("OTHER_LAWFUL").planned,
    );
    expect(after.total.spent - before.total.spent).toBe(
      120_500_000n - row("PROVINCE_BUDGET").spent - row("OTHER_LAWFUL").spent,
    );
    const stale = await runActionAs(saveFundingAction, cauke, {
      selectionId: sel.id,
      rows: [{ source: "PROVINCE_BUDGET", planned: "1", spent: "1", version: row("PROVINCE_BUDGET").version }],
    });
    expect(stale.ok ? "OK" : stale.code).toBe("CONFLICT");
  });

  it("refuses an ambiguous amount on its field and another district's commune (not found), writing nothing", async () => {
    const cauke = await actorOf("lg.cauke");
    const own = await db.selection.findFirstOrThrow({
      where: { programme: { year: 2026 }, commune: { lineage: { has: cauke.unitId } } },
      select: { id: true },
    });
    const other = await db.selection.findFirstOrThrow({
      where: { programme: { year: 2026 }, commune: { lineage: { has: await unitIdByCode("905") } } },
      select: { id: true },
    });
    const before = await writeMark();
    const ambiguous = await runActionAs(saveFundingAction, cauke, {
      selectionId: own.id,
      rows: [{ source: "LOCAL_BUDGET", planned: "2.5", spent: "0", version: 0 }],
    });
    expect(ambiguous.ok ? "OK" : ambiguous.code).toBe("VALIDATION");
    const foreign = await runActionAs(saveFundingAction, cauke, {
      selectionId: other.id,
      rows: [{ source: "LOCAL_BUDGET", planned: "1.000", spent: "0", version: 0 }],
    });
    expect(foreign.ok ? "OK" : foreign.code).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
  });
});

describe("the province's year-end report to the ministry (issue #18 §5)", () => {
  it("the secretariat sends it with KPIs vs 60 %/85 % and funding; the ministry returns it with a reason, then receives the resent one; the table shows who reported", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const bo = await actorOf("bo.thuongtruc");
    const sent = await submitProvinceReport({
      actor: tt,
      input: {
        year: 2026,
        results: "Chuyển hóa 8/12 địa bàn",
        difficulties: "Thiếu kinh phí",
        proposals: "Bổ sung kinh phí",
      },
      now: new Date("2026-12-10T09:00:00+07:00"),
    });
    const stored = await db.provinceReport.findUniqueOrThrow({
      where: { id: sent.id },
      select: { kpis: true, funding: true },
    });
    expect(stored.kpis).toMatchObject({
      year: { passRate: { target: 60 } },
      cumulative: { noRelapse: { target: 85 } },
    });
    expect(stored.funding).toHaveProperty("total.planned");

    let table = await listProvinceReports({ actor: bo, year: 2026 });
    const row = table.rows.find((r) => r.provinceId === tt.unitId)!;
    expect(row).toMatchObject({ timeliness: "ON_TIME", report: { status: "SUBMITTED" } });
    expect(table.counts.expected).toBeGreaterThanOrEqual(2);
    const returned = await runActionAs(decideProvinceReportAction, bo, {
      reportId: sent.id,
      version: row.report!.version,
      decision: "RETURN",
      reason: "Bổ sung số liệu kinh phí",
    });
    expect(returned.ok, returned.ok ? "" : returned.message).toBe(true);
    await submitProvinceReport({
      actor: tt,
      input: {
        year: 2026,
        results: "Chuyển hóa 8/12 địa bàn",
        difficulties: "Thiếu kinh phí",
        proposals: "Bổ sung kinh phí, biên chế",
      },
    });
    table = await listProvinceReports({ actor: bo, year: 2026 });
    const resent = table.rows.find((r) => r.provinceId === tt.unitId)!;
    const received = await runActionAs(decideProvinceReportAction, bo, {
      reportId: sent.id,
      version: resent.report!.version,
      decision: "RECEIVE",
    });
    expect(received.ok).toBe(true);
    expect(
      (await db.provinceReport.findUniqueOrThrow({ where: { id: sent.id }, select: { status: true } })).status,
    ).toBe("RECEIVED");
  });

  it("the ministry reads every province's dashboards and KPIs but writes nothing else (its only action is the receipt/return)", async () => {
    const bo = await actorOf("bo.thuongtruc");
    expect(bo.unitLevel).toBe("NATION");
    const allowedActions = discoverActions()
      .filter((a) => a.permission && can("MINISTRY_OFFICE", a.permission as Permission))
      .map((a) => a.name);
    // The unit search (issue #11 §4) is an action but only reads, inside the actor's subtree.
    expect(allowedActions).toEqual(["committee#decideProvinceReportAction", "units#searchUnitsAction"]);
    const kpis = await getProgrammeKpis(bo, 2026);
    expect(kpis.year.passRate.denominator.length).toBeGreaterThan(0);
    const before = await writeMark();
    const foreign = await runActionAs(submitProvinceReportAction, bo, {
      year: 2026,
      results: "x",
      difficulties: "x",
      proposals: "x",
    });
    expect(foreign.ok ? "OK" : foreign.code).toBe("FORBIDDEN");
    expect(await writeMark()).toBe(before);
  });
});

describe("evidence files of an agency's tasks (issue #18 §1)", () => {
  it("the agency attaches a file to its own task and downloads it; another agency's task and file answer not found", async () => {
    const stpActor = await actorOf("lg.sotuphap");
    const { tasks } = await listAgencyTasks(stpActor);
    const pdf = new TextEncoder().encode("%PDF-1.7 biên bản tuyên truyền");
    const saved = await addTaskAttachment({
      actor: stpActor,
      taskId: tasks[0]!.id,
      file: { name: "bien-ban.pdf", bytes: pdf },
    });
    expect((await getTaskAttachmentForDownload({ actor: stpActor, attachmentId: saved.id })).fileName).toBe(
      "bien-ban.pdf",
    );
    expect(
      await codeOf(getTaskAttachmentForDownload({ actor: await actorOf("lg.thuongtruc"), attachmentId: saved.id })),
    ).toBe("OK");

    const plan = await planOf91();
    const other = await db.planTask.create({
      data: {
        planId: plan.id,
        area: "Giáo dục",
        title: "Ngoại khóa pháp luật",
        assignee: "Sở Giáo dục và Đào tạo",
        agencyId: await agencyId("91", "SGDĐT"),
        dueDate: day(2026, 12, 31),
      },
      select: { id: true },
    });
    const before = await writeMark();
    expect(
      await codeOf(addTaskAttachment({ actor: stpActor, taskId: other.id, file: { name: "x.pdf", bytes: pdf } })),
    ).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
    const theirs = await addTaskAttachment({
      actor: await actorOf("lg.thuongtruc"),
      taskId: other.id,
      file: { name: "y.pdf", bytes: pdf },
    });
    expect(await codeOf(getTaskAttachmentForDownload({ actor: stpActor, attachmentId: theirs.id }))).toBe("NOT_FOUND");
    expect(
      await codeOf(getTaskAttachmentForDownload({ actor: await actorOf("hc.thuongtruc"), attachmentId: saved.id })),
    ).toBe("NOT_FOUND");
  });

  it("refuses a file the upload policy refuses (HTML named .pdf)", async () => {
    const stpActor = await actorOf("lg.sotuphap");
    const { tasks } = await listAgencyTasks(stpActor);
    expect(
      await codeOf(
        addTaskAttachment({
          actor: stpActor,
          taskId: tasks[0]!.id,
          file: { name: "evil.pdf", bytes: new TextEncoder().encode("<html><script>x</script>") },
        }),
      ),
    ).toBe("VALIDATION");
  });
});
