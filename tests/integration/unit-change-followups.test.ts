// Issue #12, the follow-ups: every change is previewed (rename, new-rural year, move too) and the preview writes
// nothing; ADMIN moves a commune to another province (refused while it holds that province's open business; the
// months before stay with the old province); proposals still waiting pass to the successor or are withdrawn with a
// reason; after a 3 → 2 conversion an unlock or accept of an earlier month keeps the ended district's total right;
// the verdict list shows a watch inherited by a successor. Rules: domain.md §8, lib/domain/change-carry-rules.ts.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { previewRename } from "@/lib/server/units/changes/preview-rename";
import { previewNewRuralYear } from "@/lib/server/units/changes/preview-new-rural-year";
import { previewMove } from "@/lib/server/units/changes/preview-move";
import { moveUnit } from "@/lib/server/units/changes/move";
import { mergeUnits } from "@/lib/server/units/changes/merge";
import { previewMerge } from "@/lib/server/units/changes/preview-merge";
import { ceaseUnit } from "@/lib/server/units/changes/cease";
import { convertToTwoLevels } from "@/lib/server/units/changes/convert-to-two-levels";
import { applyAcceptedTotals } from "@/lib/server/monthly/indicator-totals";
import { getMonthOverview } from "@/lib/server/monthly/get-month-overview";
import { listVerdicts } from "@/lib/server/verdicts/list-verdicts";
import { seedIndicatorCatalogue } from "@/prisma/seed/indicator-catalogue";
import { loadActorByUserId } from "@/lib/authz/actor";
import { actorOf } from "../support/actors";
import { writeMark } from "../support/foreign-units";
import { bareUnit, createProgramme, createProvinceForMerge, nationUnit } from "../support/succession-fixtures";

const basis = "Nghị quyết số 3/NQ-UBTVQH15";
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return "OK";
}
const proposal = (programmeId: string, communeId: string, by: string, status: "DRAFT" | "SUBMITTED" = "SUBMITTED") =>
  db.proposal.create({
    data: { programmeId, communeId, proposedByUnitId: by, status, hotspotTypes: ["TYPE_1"] },
    select: { id: true },
  });

/** A bare province (3 levels when `districts` > 0) with one commune per district, and the HS_VU indicator. */
async function bareProvince(districts: number) {
  const province = await bareUnit("PROVINCE", await nationUnit());
  const ds = [];
  const communes = [];
  for (let i = 0; i < districts; i++) {
    const d = await bareUnit("DISTRICT", province, province.id);
    ds.push(d);
    communes.push(await bareUnit("COMMUNE", d, province.id));
  }
  if (districts === 0) communes.push(await bareUnit("COMMUNE", province, province.id));
  const ids = await seedIndicatorCatalogue(db, province.id);
  return { province, districts: ds, communes, hsVu: ids.get("HS_VU")! };
}
async function acceptedReport(
  communeId: string,
  provinceId: string,
  indicatorId: string,
  year: number,
  month: number,
  value: number,
) {
  const r = await db.monthlyReport.create({
    data: { communeId, provinceId, year, month, status: "ACCEPTED" },
    select: { id: true },
  });
  await db.monthlyValue.create({ data: { reportId: r.id, indicatorId, numValue: value } });
  await db.$transaction(async (tx) => {
    await applyAcceptedTotals(tx, r.id, 1);
  });
  return r.id;
}
const totalOf = async (unitId: string, indicatorId: string, year: number, month: number) =>
  Number(
    (await db.indicatorTotal.findFirst({ where: { unitId, indicatorId, year, month }, select: { total: true } }))
      ?.total ?? 0,
  );

describe("previews of rename, new-rural year and move (issue #12 §1)", () => {
  it("say what the change does and what it touches, and write nothing", async () => {
    const fx = await createProvinceForMerge();
    const other = await bareProvince(0);
    const mark = await writeMark();
    const r = await previewRename(fx.secretariat, {
      unitId: fx.A,
      newName: "Xã Xem Trước",
      effectiveDate: "01/07/2025",
      legalBasis: basis,
    });
    expect(r.notes[0]).toContain("Xã Xem Trước");
    expect(r.notes[0]).toContain("01/07/2025");
    expect(r.selections.map((x) => x.id)).toEqual([fx.selections.A]);
    expect(r.users.map((u) => u.id)).toEqual([fx.policeA.userId]);
    expect(r.openReports.map((x) => x.id)).toEqual([fx.draftId]);
    const n = await previewNewRuralYear(fx.secretariat, { unitId: fx.A, newRuralYear: 2024, legalBasis: basis });
    expect(n.notes[0]).toContain("chưa đạt chuẩn → 2024");
    const admin = await actorOf("admin");
    const move = previewMove(admin, {
      unitId: fx.A,
      newParentId: other.province.id,
      effectiveDate: "01/07/2025",
      legalBasis: basis,
    });
    expect(await codeOf(move)).toBe("VALIDATION");
    await expect(
      previewMove(admin, {
        unitId: fx.A,
        newParentId: other.province.id,
        effectiveDate: "01/07/2025",
        legalBasis: basis,
      }),
    ).rejects.toThrow(/1 địa bàn chuyển hóa của chương trình đang mở.*1 báo cáo tháng chưa tiếp nhận/);
    expect(await writeMark()).toBe(mark);
  });
});

describe("move to another province (issue #12 §1; domain.md §8 decision in README)", () => {
  it("ADMIN only; the months before stay with the old province, later ones follow; an unlock later stays right", async () => {
    const from = await bareProvince(1);
    const to = await bareProvince(1);
    const c = from.communes[0]!;
    const june = await acceptedReport(c.id, from.province.id, from.hsVu, 2025, 6, 5);
    const aug = await acceptedReport(c.id, from.province.id, from.hsVu, 2025, 8, 3);
    const secretariat = await db.user.create({
      data: {
        username: `t12f.${randomUUID().slice(0, 6)}`,
        fullName: "Thử",
        role: "PROVINCE_SECRETARIAT",
        unitId: from.province.id,
        passwordHash: "x",
      },
      select: { id: true },
    });
    const own = (await loadActorByUserId(secretariat.id))!;
    const input = { unitId: c.id, newParentId: to.districts[0]!.id, effectiveDate: "01/07/2025", legalBasis: basis };
    expect(await codeOf(moveUnit(own, input))).toBe("NOT_FOUND");
    const admin = await actorOf("admin");
    const preview = await previewMove(admin, input);
    expect(preview.notes[1]).toContain("tỉnh cũ");
    await moveUnit(admin, input);
    const at = (unitId: string, month: number) => totalOf(unitId, from.hsVu, 2025, month);
    expect([await at(from.province.id, 6), await at(from.districts[0]!.id, 6), await at(to.province.id, 6)]).toEqual([
      5, 5, 0,
    ]);
    expect([await at(from.province.id, 8), await at(to.province.id, 8), await at(to.districts[0]!.id, 8)]).toEqual([
      0, 3, 3,
    ]);
    // Unlocking June later subtracts from the province that holds it; August from the new one.
    await db.$transaction(async (tx) => {
      await applyAcceptedTotals(tx, [june, aug], -1);
    });
    for (const u of [from.province.id, from.districts[0]!.id, to.province.id, to.districts[0]!.id]) {
      expect([await at(u, 6), await at(u, 8)]).toEqual([0, 0]);
    }
    expect((await db.unit.findUniqueOrThrow({ where: { id: c.id }, select: { provinceId: true } })).provinceId).toBe(
      to.province.id,
    );
    expect(await db.auditLog.count({ where: { action: "unit.move", entityId: c.id } })).toBe(1);
  });
});

describe("proposals still waiting (issue #12 §1)", () => {
  it("pass to the successor in a merge (one per commune, the other withdrawn); a cease withdraws them with a reason", async () => {
    const fx = await createProvinceForMerge();
    const p26 = await createProgramme(fx.provinceId, 2026);
    const [pa, pb] = [
      await proposal(p26.id, fx.A, fx.provinceId),
      await proposal(p26.id, fx.B, fx.provinceId, "DRAFT"),
    ];
    const decided = await proposal(p26.id, fx.communes[3]!, fx.provinceId);
    await db.proposal.update({ where: { id: decided.id }, data: { status: "REJECTED" } });
    const input = {
      fromIds: [fx.A, fx.B],
      newName: "Xã Đề Xuất",
      newCode: `t12f-${fx.tag}`,
      effectiveDate: "01/01/2026",
      legalBasis: basis,
      users: "MOVE" as const,
    };
    const preview = await previewMerge(fx.secretariat, input);
    expect(preview.impact.proposals.map((p) => p.action)).toEqual(["MOVE", "WITHDRAW"]);
    const r = await mergeUnits(fx.secretariat, input);
    const rows = await db.proposal.findMany({
      where: { id: { in: [pa.id, pb.id] } },
      select: { id: true, communeId: true, status: true, decisionReason: true },
    });
    expect(rows.find((x) => x.id === pa.id)).toMatchObject({ communeId: r.id, status: "SUBMITTED" });
    expect(rows.find((x) => x.id === pb.id)).toMatchObject({ communeId: fx.B, status: "WITHDRAWN" });
    expect(rows.find((x) => x.id === pb.id)!.decisionReason).toContain(basis);
    const waiting = await proposal(p26.id, fx.communes[5]!, fx.provinceId);
    await ceaseUnit(fx.secretariat, { unitId: fx.communes[5]!, effectiveDate: "01/01/2026", legalBasis: basis });
    expect(await db.proposal.findUniqueOrThrow({ where: { id: waiting.id }, select: { status: true } })).toEqual({
      status: "WITHDRAWN",
    });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: decided.id }, select: { status: true } })).status).toBe(
      "REJECTED",
    );
  });
});

describe("after a 3 → 2 conversion (issue #12 §2: each value counted once)", () => {
  it("an unlock and a late accept of a month before the day keep the ended district's total; its report finds its communes", async () => {
    const p = await bareProvince(2);
    const [c1, c2] = [p.communes[0]!, p.communes[1]!];
    const d1 = p.districts[0]!;
    const june = await acceptedReport(c1.id, p.province.id, p.hsVu, 2025, 6, 7);
    const late = await db.monthlyReport.create({
      data: { communeId: c2.id, provinceId: p.province.id, year: 2025, month: 6, status: "SUBMITTED" },
      select: { id: true },
    });
    await db.monthlyValue.create({ data: { reportId: late.id, indicatorId: p.hsVu, numValue: 4 } });
    await db.proposal.create({
      data: {
        programmeId: (await createProgramme(p.province.id, 2026)).id,
        communeId: c1.id,
        proposedByUnitId: d1.id,
        hotspotTypes: ["TYPE_1"],
      },
    });
    const admin = await actorOf("admin");
    await convertToTwoLevels(admin, { provinceId: p.province.id, effectiveDate: "01/07/2025", legalBasis: basis });
    expect(await db.proposal.count({ where: { proposedByUnitId: p.province.id } })).toBe(1);
    const at = (unitId: string) => totalOf(unitId, p.hsVu, 2025, 6);
    await db.$transaction(async (tx) => {
      await applyAcceptedTotals(tx, june, -1);
    });
    expect([await at(p.province.id), await at(d1.id), await at(c1.id)]).toEqual([0, 0, 0]);
    await db.$transaction(async (tx) => {
      await applyAcceptedTotals(tx, [june, late.id], 1);
    });
    expect([await at(p.province.id), await at(d1.id), await at(p.districts[1]!.id)]).toEqual([11, 7, 4]);
    const overview = await getMonthOverview(admin, d1.id, 2025, 6);
    expect(overview.communes.map((r) => r.commune.id)).toEqual([c1.id]);
  });
});

describe("the verdict list shows an inherited watch (issue #12 §2)", () => {
  it("A passed in 2024 and merged into K: A's row names K, 'kế thừa từ' A", async () => {
    const fx = await createProvinceForMerge();
    const K = fx.communes[11]!;
    const p24 = await createProgramme(fx.provinceId, 2024);
    const dec = await db.selectionDecision.create({
      data: {
        programmeId: p24.id,
        number: `${fx.tag}/QĐ-24w`,
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
        decisionDate: new Date("2026-06-12"),
        issuedAt: new Date("2026-06-12"),
      },
    });
    await mergeUnits(fx.secretariat, {
      fromIds: [fx.A],
      intoId: K,
      effectiveDate: "01/07/2026",
      legalBasis: basis,
      users: "MOVE",
    });
    const row = (await listVerdicts(fx.secretariat, 2024)).find((r) => r.selection.id === s24.id)!;
    expect(row.watch?.active).toBe(true);
    expect(row.watch?.heldBy.map((u) => u.id)).toEqual([K]);
  });
});
