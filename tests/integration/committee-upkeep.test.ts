import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runActionAs } from "@/lib/actions/define-action";
import {
  createAgencyAccountAction,
  createAgencyAction,
  deleteTaskAttachmentAction,
  setMinistryDeadlineAction,
  updateAgencyAction,
} from "@/app/(app)/committee/actions";
import { setUserActiveAction } from "@/app/(app)/users/actions";
import { vi } from "@/lib/i18n/vi";
import { addTaskAttachment } from "@/lib/server/committee/add-task-attachment";
import { listProvinceReports } from "@/lib/server/committee/list-province-reports";
import { loadActorBySession } from "@/lib/authz/actor";
import { actorOf, unitIdByCode } from "../support/actors";
import { writeMark } from "../support/foreign-units";

// Issue #18 follow-up: agencies edited and deactivated (their accounts locked), evidence files deleted by their
// agency or the secretariat while the task is open, the ministry's deadline set by the national administrator.
// Province 91 (Long Giang) and its demo agency accounts; fixtures named "(bảo trì)" so they collide with nothing.
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function auditOf(action: string, entityId: string) {
  return db.auditLog.findFirst({
    where: { action, entityId },
    orderBy: { at: "desc" },
    select: { before: true, after: true },
  });
}

describe("editing and deactivating a member agency (issue #18 §1)", () => {
  it("renames and re-kinds it; deactivating locks its accounts and ends their sessions; audited; a taken name is refused", async () => {
    const tt = await actorOf("lg.thuongtruc");
    const created = await runActionAs(createAgencyAction, tt, {
      name: "Ban Dân tộc (bảo trì)",
      shortName: "BDT",
      kind: "DEPARTMENT",
    });
    if (!created.ok) throw new Error(created.message);
    const agencyId = created.data.id;
    const account = await runActionAs(createAgencyAccountAction, tt, {
      agencyId,
      username: "lg.bdt.baotri",
      fullName: "Lê Văn Dân",
      password: "TamThoi2026x",
    });
    expect(account.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { username: "lg.bdt.baotri" }, select: { id: true } });
    const session = await db.session.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
      select: { id: true },
    });

    const renamed = await runActionAs(updateAgencyAction, tt, {
      agencyId,
      version: 1,
      name: "Ban Dân tộc tỉnh (bảo trì)",
      shortName: "BDTT",
      kind: "MASS_ORGANISATION",
      isActive: true,
    });
    expect(renamed.ok && renamed.data).toMatchObject({ version: 2, accountsDeactivated: 0 });
    expect(await db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { name: true, kind: true } })).toEqual({
      name: "Ban Dân tộc tỉnh (bảo trì)",
      kind: "MASS_ORGANISATION",
    });

    const before = await writeMark();
    const taken = await runActionAs(updateAgencyAction, tt, {
      agencyId,
      version: 2,
      name: "Sở Tư pháp",
      shortName: "X",
      kind: "DEPARTMENT",
      isActive: true,
    });
    expect(taken.ok ? "OK" : Object.keys(taken.fieldErrors ?? {})).toEqual(["name"]);
    expect(await writeMark()).toBe(before);

    const off = await runActionAs(updateAgencyAction, tt, {
      agencyId,
      version: 2,
      name: "Ban Dân tộc tỉnh (bảo trì)",
      shortName: "BDTT",
      kind: "MASS_ORGANISATION",
      isActive: false,
    });
    expect(off.ok && off.data.accountsDeactivated).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { isActive: true } })).isActive).toBe(
      false,
    );
    expect(await loadActorBySession(session.id)).toBeNull();
    expect((await auditOf("agency.update", agencyId))?.after).toMatchObject({
      isActive: false,
      accountsDeactivated: ["lg.bdt.baotri"],
    });

    // Its account cannot be turned back on while the agency is off (a new one is refused the same way).
    const markOff = await writeMark();
    const early = await runActionAs(setUserActiveAction, tt, { userId: user.id, isActive: true });
    expect(early.ok ? "OK" : early.message).toBe(vi.committee.agencies.agencyInactiveAccount);
    expect(await writeMark()).toBe(markOff);

    // Reactivated: the agency takes tasks again, its accounts stay off until turned on one by one.
    const on = await runActionAs(updateAgencyAction, tt, {
      agencyId,
      version: 3,
      name: "Ban Dân tộc tỉnh (bảo trì)",
      shortName: "BDTT",
      kind: "MASS_ORGANISATION",
      isActive: true,
    });
    expect(on.ok && on.data.accountsDeactivated).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { isActive: true } })).isActive).toBe(
      false,
    );
    expect((await runActionAs(setUserActiveAction, tt, { userId: user.id, isActive: true })).ok).toBe(true);
  });
});

describe("deleting an evidence file of an agency's task (issue #18 §1)", () => {
  const pdf = new TextEncoder().encode("%PDF-1.7 biên bản (bảo trì)");

  async function openTaskOf(agencyShortName: string) {
    const plan = await db.plan.findFirstOrThrow({
      where: { selection: { commune: { provinceId: await unitIdByCode("91") } } },
      select: { id: true },
    });
    const agency = await db.agency.findFirstOrThrow({
      where: { provinceId: await unitIdByCode("91"), shortName: agencyShortName },
      select: { id: true, name: true },
    });
    return db.planTask.create({
      data: {
        planId: plan.id,
        area: "Tuyên truyền",
        title: `Nhiệm vụ ${agencyShortName} (bảo trì)`,
        assignee: agency.name,
        agencyId: agency.id,
        dueDate: day(2026, 12, 31),
      },
      select: { id: true },
    });
  }

  it("the uploader's agency deletes it while the task is open; audited with the file's name; not once the task is done", async () => {
    const stp = await actorOf("lg.sotuphap");
    const task = await openTaskOf("STP");
    const file = await addTaskAttachment({ actor: stp, taskId: task.id, file: { name: "bien-ban.pdf", bytes: pdf } });
    const deleted = await runActionAs(deleteTaskAttachmentAction, stp, { attachmentId: file.id });
    expect(deleted.ok, deleted.ok ? "" : deleted.message).toBe(true);
    expect(await db.attachment.count({ where: { id: file.id } })).toBe(0);
    expect((await auditOf("attachment.delete", file.id))?.before).toMatchObject({
      fileName: "bien-ban.pdf",
      ownerId: task.id,
    });

    const kept = await addTaskAttachment({ actor: stp, taskId: task.id, file: { name: "ket-qua.pdf", bytes: pdf } });
    await db.planTask.update({ where: { id: task.id }, data: { status: "DONE" } });
    const before = await writeMark();
    for (const actor of [stp, await actorOf("lg.thuongtruc")]) {
      const refused = await runActionAs(deleteTaskAttachmentAction, actor, { attachmentId: kept.id });
      expect(refused.ok ? "OK" : refused.code).toBe("VALIDATION");
    }
    expect(await writeMark()).toBe(before);
  });

  it("the secretariat deletes an agency's file; a district that did not upload it is refused; another province answers not found", async () => {
    const stp = await actorOf("lg.sotuphap");
    const task = await openTaskOf("STP");
    const first = await addTaskAttachment({ actor: stp, taskId: task.id, file: { name: "a.pdf", bytes: pdf } });
    const before = await writeMark();
    const district = await runActionAs(deleteTaskAttachmentAction, await actorOf("lg.cauke"), {
      attachmentId: first.id,
    });
    expect(district.ok ? "OK" : district.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const foreign = await runActionAs(deleteTaskAttachmentAction, await actorOf("hc.thuongtruc"), {
      attachmentId: first.id,
    });
    expect(foreign.ok ? "OK" : foreign.code).toBe("NOT_FOUND");
    expect(await writeMark()).toBe(before);
    const bySecretariat = await runActionAs(deleteTaskAttachmentAction, await actorOf("lg.thuongtruc"), {
      attachmentId: first.id,
    });
    expect(bySecretariat.ok).toBe(true);
  });
});

describe("the ministry's deadline (issue #18 §5)", () => {
  it("the national administrator sets it; the national table judges timeliness by it; a day before 20/11 is refused; the ministry may not", async () => {
    const admin = await actorOf("admin");
    const bo = await actorOf("bo.thuongtruc");
    expect((await listProvinceReports({ actor: bo, year: 2161 })).deadlineConfigured).toBe(false);
    const before = await writeMark();
    const early = await runActionAs(setMinistryDeadlineAction, admin, {
      year: 2161,
      deadline: "19/11/2161",
      version: 0,
    });
    expect(early.ok ? "OK" : Object.keys(early.fieldErrors ?? {})).toEqual(["deadline"]);
    const ministry = await runActionAs(setMinistryDeadlineAction, bo, {
      year: 2161,
      deadline: "10/01/2162",
      version: 0,
    });
    expect(ministry.ok ? "OK" : ministry.code).toBe("FORBIDDEN");
    expect(await writeMark()).toBe(before);
    const set = await runActionAs(setMinistryDeadlineAction, admin, { year: 2161, deadline: "10/01/2162", version: 0 });
    expect(set.ok, set.ok ? "" : set.message).toBe(true);
    const table = await listProvinceReports({ actor: bo, year: 2161 });
    expect(table.deadlineConfigured).toBe(true);
    expect(table.deadline.toISOString()).toBe("2162-01-09T17:00:00.000Z"); // 10/01/2162, Vietnam midnight
    const stale = await runActionAs(setMinistryDeadlineAction, admin, {
      year: 2161,
      deadline: "15/01/2162",
      version: 0,
    });
    expect(stale.ok ? "OK" : stale.code).toBe("CONFLICT");
  });
});
