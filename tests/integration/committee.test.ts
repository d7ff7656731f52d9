import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runActionAs } from "@/lib/actions/define-action";
import { loadActorByUserId } from "@/lib/authz/actor";
import { addTaskAction, updateTaskAction } from "@/app/(app)/programme/actions";
import { addProvincePlanTaskAction, createAgencyAccountAction, createAgencyAction, createProvincePlanAction } from "@/app/(app)/committee/actions";
import { getProvincePlan } from "@/lib/server/committee/province-plan";
import { changeUserRoleAndUnit } from "@/lib/server/users/change-user-role";
import { listAgencyTasks } from "@/lib/server/committee/agency-tasks";
import { getHomeTasks } from "@/lib/server/units/get-home-tasks";
import { actorOf, unitIdByCode } from "../support/actors";
import { writeMark } from "../support/foreign-units";

// Issue #18 §1–2: member agencies of a province's committee, their accounts scoped to their agency's tasks,
// commune plan tasks assigned to an agency from the list (free text still possible), overdue tasks flagged on the
// agency's and the secretariat's home pages. Seed 000: "Sở Tư pháp chủ trì…", "Sở Giáo dục và Đào tạo…".
// The test clock is 21/11/2026.
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function agencyId(provinceCode: string, shortName: string) {
  const provinceId = await unitIdByCode(provinceCode);
  return (await db.agency.findFirstOrThrow({ where: { provinceId, shortName }, select: { id: true } })).id;
}

/** A plan of a commune of province 91 (the seed's plans of the current year). */
async function planOf91() {
  return db.plan.findFirstOrThrow({ where: { selection: { commune: { provinceId: await unitIdByCode("91") } } }, select: { id: true } });
}

describe("member agencies and their tasks", () => {
  it("the secretariat assigns a commune plan task to an agency from the list; the agency's name becomes the assignee", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const stp = await agencyId("91", "STP");
    const plan = await planOf91();
    const r = await runActionAs(addTaskAction, tt, { planId: plan.id, area: "Tuyên truyền", title: "Phổ biến pháp luật ở thôn", agencyId: stp, dueDate: "2026-10-31" });
    expect(r.ok, r.ok ? "" : r.message).toBe(true);
    const task = await db.planTask.findFirstOrThrow({ where: { title: "Phổ biến pháp luật ở thôn" }, select: { assignee: true, agencyId: true } });
    expect(task).toEqual({ assignee: "Sở Tư pháp", agencyId: stp });
  });

  it("refuses another province's agency (not found) and a task with neither agency nor assignee (on the assignee field)", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const plan = await planOf91();
    const before = await writeMark();
    const foreign = await runActionAs(addTaskAction, tt, { planId: plan.id, area: "A", title: "B", agencyId: await agencyId("92", "STP"), dueDate: "2026-12-31" });
    expect(foreign.ok ? "OK" : foreign.code).toBe("NOT_FOUND");
    const none = await runActionAs(addTaskAction, tt, { planId: plan.id, area: "A", title: "B", dueDate: "2026-12-31" });
    expect(none.ok ? "OK" : none.code).toBe("VALIDATION");
    if (!none.ok) expect(Object.keys(none.fieldErrors ?? {})).toContain("assignee");
    expect(await writeMark()).toBe(before);
  });

  it("an agency's account sees only its agency's tasks and updates them; another agency's task answers not found", async () => {
    const stpActor = await actorOf("lg.sotuphap");
    const plan = await planOf91();
    const sgd = await agencyId("91", "SGDĐT");
    const other = await db.planTask.create({ data: { planId: plan.id, area: "Giáo dục", title: "Trường học an toàn", assignee: "Sở Giáo dục và Đào tạo", agencyId: sgd, dueDate: day(2026, 12, 31) }, select: { id: true, version: true } });
    const { agencyName, tasks } = await listAgencyTasks(stpActor);
    expect(agencyName).toBe("Sở Tư pháp");
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.map((x) => x.title)).not.toContain("Trường học an toàn");
    const before = await writeMark();
    const refused = await runActionAs(updateTaskAction, stpActor, { taskId: other.id, version: other.version, status: "DONE", evidence: "x" });
    expect(refused.ok ? "OK" : refused.code).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
    const own = tasks[0]!;
    const done = await runActionAs(updateTaskAction, stpActor, { taskId: own.id, version: own.version, status: "DONE", evidence: "Đã tổ chức 12 buổi tuyên truyền" });
    expect(done.ok, done.ok ? "" : done.message).toBe(true);
    const audit = await db.auditLog.findFirst({ where: { action: "plan.update-task", entityId: own.id, actorUsername: "lg.sotuphap" } });
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
    await db.planTask.create({ data: { planId: plan.id, area: "Tuyên truyền", title: "Tọa đàm pháp luật", assignee: "Sở Tư pháp", agencyId: stp, dueDate: day(2026, 11, 20) } });
    const agencyHome = await getHomeTasks(await actorOf("lg.sotuphap"));
    expect(agencyHome[0]).toMatchObject({ key: "agency-overdue", overdue: true, href: "/committee/tasks" });
    const secretariatHome = await getHomeTasks(await actorOf("lg.thuongtruc"));
    expect(secretariatHome.find((x) => x.key === "agencies-overdue")?.detail).toContain("Sở Tư pháp: ");
    // The other province's secretariat does not see province 91's agencies.
    expect((await getHomeTasks(await actorOf("hc.thuongtruc"))).find((x) => x.key === "agencies-overdue")).toBeUndefined();
  });
});

describe("the committee's agencies and their accounts", () => {
  it("the secretariat adds an agency (a name used twice in the province is refused) and gives it an account", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const created = await runActionAs(createAgencyAction, tt, { name: "Sở Y tế", shortName: "SYT", kind: "DEPARTMENT" });
    expect(created.ok).toBe(true);
    const again = await runActionAs(createAgencyAction, tt, { name: "Sở Y tế", shortName: "SYT", kind: "DEPARTMENT" });
    expect(again.ok ? "OK" : again.code).toBe("VALIDATION");
    const agency = await db.agency.findFirstOrThrow({ where: { name: "Sở Y tế", provinceId: tt.unitId }, select: { id: true } });
    const account = await runActionAs(createAgencyAccountAction, tt, { agencyId: agency.id, username: "syt.canbo", fullName: "Lê Văn Bình", password: "MatKhau2026x" });
    expect(account.ok, account.ok ? "" : account.message).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { username: "syt.canbo" }, select: { role: true, unitId: true, agencyId: true, mustChangePassword: true } });
    expect(user).toEqual({ role: "AGENCY_MEMBER", unitId: tt.unitId, agencyId: agency.id, mustChangePassword: true });
  });

  it("another province's secretariat cannot give an account to this province's agency (not found)", async () => {
    const before = await writeMark();
    const r = await runActionAs(createAgencyAccountAction, await actorOf("hc.thuongtruc"), { agencyId: await agencyId("91", "STP"), username: "hc.stp", fullName: "Trần An", password: "MatKhau2026x" });
    expect(r.ok ? "OK" : r.code).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
  });

  it("an agency account given a unit role loses its agency", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const stp = await agencyId("91", "STP");
    const u = await db.user.create({ data: { username: "stp.chuyen", fullName: "Phạm Chuyển", role: "AGENCY_MEMBER", unitId: tt.unitId, agencyId: stp, passwordHash: "x" }, select: { id: true } });
    await changeUserRoleAndUnit(tt, { userId: u.id, role: "PROVINCE_LEADER", unitId: tt.unitId, version: 1 });
    expect((await loadActorByUserId(u.id))).toMatchObject({ role: "PROVINCE_LEADER", agencyId: null });
  });
});

describe("the province's own yearly plan (issue #18 §2)", () => {
  it("starts as a copy of last year's plan: tasks, assignees and agencies kept, due on the same day, not started", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const stp = await agencyId("91", "STP");
    const last = await db.provincePlan.create({ data: { provinceId: tt.unitId, year: 2030, number: "10/KH-BCĐ", date: day(2030, 1, 15) }, select: { id: true } });
    await db.planTask.create({ data: { provincePlanId: last.id, area: "Tuyên truyền", title: "Phổ biến pháp luật", assignee: "Sở Tư pháp", agencyId: stp, dueDate: day(2030, 11, 19), status: "DONE", evidence: "Xong" } });
    const r = await runActionAs(createProvincePlanAction, tt, { year: 2031, number: "12/KH-BCĐ", date: "2031-01-15", copyLastYear: true });
    expect(r.ok, r.ok ? "" : r.message).toBe(true);
    const { plan } = await getProvincePlan(tt, 2031);
    expect(plan!.tasks.map((x) => ({ title: x.title, agency: x.agency?.name, due: x.dueDate.toISOString().slice(0, 10), status: x.status, evidence: x.evidence })))
      .toEqual([{ title: "Phổ biến pháp luật", agency: "Sở Tư pháp", due: "2031-11-19", status: "NOT_STARTED", evidence: null }]);
    const again = await runActionAs(createProvincePlanAction, tt, { year: 2031, number: "13/KH-BCĐ", date: "2031-01-15", copyLastYear: false });
    expect(again.ok ? "OK" : again.code).toBe("VALIDATION");
    const noLast = await runActionAs(createProvincePlanAction, tt, { year: 2040, number: "1/KH", date: "2040-01-15", copyLastYear: true });
    expect(noLast.ok ? "OK" : noLast.code).toBe("VALIDATION");
  });

  it("its agency tasks reach the agency's task list; another province's secretariat cannot add to it", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const { plan } = await getProvincePlan(tt, 2031);
    const added = await runActionAs(addProvincePlanTaskAction, tt, { provincePlanId: plan!.id, area: "Pháp luật", title: "Trợ giúp pháp lý lưu động", agencyId: await agencyId("91", "STP"), dueDate: "2031-09-30" });
    expect(added.ok, added.ok ? "" : added.message).toBe(true);
    const { tasks } = await listAgencyTasks(await actorOf("lg.sotuphap"));
    expect(tasks.find((x) => x.title === "Trợ giúp pháp lý lưu động")?.source).toMatchObject({ communeName: null, planNumber: "12/KH-BCĐ", year: 2031 });
    const before = await writeMark();
    const foreign = await runActionAs(addProvincePlanTaskAction, await actorOf("hc.thuongtruc"), { provincePlanId: plan!.id, area: "A", title: "B", assignee: "C", dueDate: "2031-09-30" });
    expect(foreign.ok ? "OK" : foreign.code).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
  });
});
