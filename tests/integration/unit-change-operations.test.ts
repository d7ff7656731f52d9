// Issue #12 §1 (changes through the app) with the values: A and B merge into a new commune C on 01/07/2025;
// A was selected in 2025 — C is on the 2025 list with A's plan and types, counted once (lib/domain/unit-succession.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mergeUnits } from "@/lib/server/units/changes/merge";
import { previewMerge } from "@/lib/server/units/changes/preview-merge";
import { listCount } from "@/lib/server/decisions/cap";
import { getMonthOverview } from "@/lib/server/monthly/get-month-overview";
import { getDecisionDocument } from "@/lib/server/decisions/get-decision-document";
import { actorOf } from "../support/actors";
import { createProvinceForMerge } from "../support/succession-fixtures";
import { writeMark } from "../support/foreign-units";

type Fx = Awaited<ReturnType<typeof createProvinceForMerge>>;
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return "OK";
}
const base = { effectiveDate: "01/07/2025", legalBasis: "Nghị quyết số 1/NQ-UBTVQH15", users: "MOVE" as const };

describe("merge A and B into a new commune C", () => {
  let fx: Fx;
  beforeAll(async () => {
    fx = await createProvinceForMerge();
  });

  it("the preview lists the selections, the list after, the accounts and the reports not yet accepted; nothing written", async () => {
    const before = await writeMark();
    const p = await previewMerge(fx.secretariat, {
      ...base,
      fromIds: [fx.A, fx.B],
      newName: "Xã C mới",
      newCode: `t12m-${fx.tag}-C`,
    });
    expect(await writeMark()).toBe(before);
    expect(p.impact.selections.map((s) => s.id).sort()).toEqual([fx.selections.A, fx.selections.B].sort());
    expect(p.impact.carried).toHaveLength(1);
    expect(p.impact.carried[0]).toMatchObject({
      keepSelectionId: fx.selections.A,
      foldedSelectionIds: [fx.selections.B],
      hotspotTypes: ["TYPE_1", "TYPE_2", "TYPE_3"],
    });
    expect(p.impact.users.map((u) => u.id)).toEqual([fx.policeA.userId]);
    expect(p.impact.openReports.map((r) => r.id)).toEqual([fx.draftId]);
  });

  it("refuses bad input with a Vietnamese message and writes nothing", async () => {
    const before = await writeMark();
    expect(
      await codeOf(mergeUnits(fx.secretariat, { ...base, fromIds: [fx.A], newName: "Xã C", newCode: `x-${fx.tag}` })),
    ).toBe("VALIDATION"); // one commune into a new one
    expect(await codeOf(mergeUnits(fx.secretariat, { ...base, fromIds: [fx.A, fx.B] }))).toBe("VALIDATION"); // no target
    expect(
      await codeOf(
        mergeUnits(fx.secretariat, { ...base, legalBasis: " ", fromIds: [fx.A, fx.B], intoId: fx.communes[2] }),
      ),
    ).toBe("VALIDATION");
    expect(
      await codeOf(
        mergeUnits(fx.secretariat, { ...base, effectiveDate: "31/02/2025", fromIds: [fx.A], intoId: fx.communes[2] }),
      ),
    ).toBe("VALIDATION");
    expect(
      await codeOf(mergeUnits(fx.secretariat, { ...base, fromIds: [fx.A, fx.provinceId], intoId: fx.communes[2] })),
    ).toBe("VALIDATION"); // a province is no commune
    expect(await codeOf(mergeUnits(fx.secretariat, { ...base, fromIds: [fx.A], intoId: fx.A }))).toBe("VALIDATION");
    expect(await writeMark()).toBe(before);
  });

  it("another province's secretariat and a commune police get not found / forbidden; nothing written", async () => {
    const before = await writeMark();
    const other = await actorOf("hc.thuongtruc");
    expect(await codeOf(mergeUnits(other, { ...base, fromIds: [fx.A], intoId: fx.communes[2] }))).toBe("NOT_FOUND");
    expect(await codeOf(mergeUnits(fx.policeA, { ...base, fromIds: [fx.A], intoId: fx.communes[2] }))).toBe(
      "FORBIDDEN",
    );
    expect(await writeMark()).toBe(before);
  });

  it("applies in one transaction: C from 01/07/2025 with A's plan and united types, counted once; A and B kept, ceased", async () => {
    const r = await mergeUnits(fx.secretariat, {
      ...base,
      fromIds: [fx.A, fx.B],
      newName: "Xã C mới",
      newCode: `t12m-${fx.tag}-C`,
    });
    const C = await db.unit.findUniqueOrThrow({
      where: { id: r.id },
      select: { validFrom: true, parentId: true, lineage: true },
    });
    expect(C.validFrom.toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(C.parentId).toBe(fx.provinceId);
    const ceased = await db.unit.findMany({ where: { id: { in: [fx.A, fx.B] } }, select: { validTo: true } });
    expect(ceased.map((u) => u.validTo?.toISOString().slice(0, 10))).toEqual(["2025-07-01", "2025-07-01"]);
    const list = await db.selection.findMany({
      where: { programmeId: fx.programmeId, status: "SELECTED" },
      select: { id: true, communeId: true, hotspotTypes: true, plan: { select: { id: true } } },
    });
    expect(list).toEqual([
      { id: fx.selections.A, communeId: r.id, hotspotTypes: ["TYPE_1", "TYPE_2", "TYPE_3"], plan: { id: fx.planId } },
    ]);
    expect(await listCount(db, fx.programmeId)).toBe(1);
    expect(await db.communeReview.count({ where: { selectionId: fx.selections.A } })).toBe(1);
    const links = await db.unitSuccession.findMany({
      where: { toUnitId: r.id },
      select: { fromUnitId: true, note: true },
    });
    expect(links.map((l) => l.fromUnitId).sort()).toEqual([fx.A, fx.B].sort());
    expect(links[0]!.note).toContain("Nghị quyết số 1/NQ-UBTVQH15");
    const police = await db.user.findUniqueOrThrow({
      where: { id: fx.policeA.userId },
      select: { unitId: true, isActive: true },
    });
    expect(police).toEqual({ unitId: r.id, isActive: true });
    expect(await db.auditLog.count({ where: { action: "unit.merge", entityId: r.id } })).toBe(1);
    // The draft of A stays with A (never deleted), listed in the audit entry's open reports.
    expect(await db.monthlyReport.count({ where: { id: fx.draftId } })).toBe(1);
  });

  it("a second merge of a ceased commune is refused", async () => {
    expect(
      await codeOf(
        mergeUnits(fx.secretariat, { ...base, effectiveDate: "01/08/2025", fromIds: [fx.A], intoId: fx.communes[3] }),
      ),
    ).toBe("VALIDATION");
  });
});

describe("merge into an existing commune, accounts deactivated", () => {
  it("A's selection passes to the receiving commune K; A's police account is deactivated", async () => {
    const fx = await createProvinceForMerge();
    const K = fx.communes[5]!;
    await mergeUnits(fx.secretariat, { ...base, users: "DEACTIVATE", fromIds: [fx.A], intoId: K });
    const list = await db.selection.findMany({
      where: { programmeId: fx.programmeId, status: "SELECTED" },
      select: { communeId: true },
      orderBy: { communeId: "asc" },
    });
    expect(list.map((s) => s.communeId).sort()).toEqual([K, fx.B].sort());
    expect(
      await db.user.findUniqueOrThrow({ where: { id: fx.policeA.userId }, select: { isActive: true, unitId: true } }),
    ).toEqual({ isActive: false, unitId: fx.A });
    expect(await db.unit.findUniqueOrThrow({ where: { id: K }, select: { validTo: true } })).toEqual({ validTo: null });
  });
});

describe("the months before a successor existed (issue #12 §2)", () => {
  it("June 2025: A and B (taken over by C on 01/07) are expected, C is not (nor missing); July: C alone", async () => {
    const fx = await createProvinceForMerge();
    const r = await mergeUnits(fx.secretariat, {
      ...base,
      fromIds: [fx.A, fx.B],
      newName: "Xã C",
      newCode: `t12m-${fx.tag}-C2`,
    });
    const june = await getMonthOverview(fx.secretariat, fx.provinceId, 2025, 6);
    expect(june.communes.map((c) => c.commune.id)).not.toContain(r.id);
    expect(
      june.communes
        .filter((c) => c.selected)
        .map((c) => c.commune.id)
        .sort(),
    ).toEqual([fx.A, fx.B].sort());
    expect(june.counts?.expected).toBe(2);
    const july = await getMonthOverview(fx.secretariat, fx.provinceId, 2025, 7);
    expect(july.communes.find((c) => c.commune.id === r.id)?.selected).toBe(true);
    expect(july.communes.map((c) => c.commune.id)).not.toContain(fx.A);
    expect(july.counts?.expected).toBe(1);
  });
});

describe("the decision of a year before the merge (issue #12 §3)", () => {
  it("lists A as decided, with its types, 'nay là' the commune it was merged into", async () => {
    const fx = await createProvinceForMerge();
    const proposal = await db.proposal.create({
      data: {
        programmeId: fx.programmeId,
        communeId: fx.A,
        proposedByUnitId: fx.provinceId,
        source: "DISTRICT",
        status: "APPROVED",
        hotspotTypes: ["TYPE_1", "TYPE_3"],
        justification: "Thử",
      },
    });
    await db.selection.update({ where: { id: fx.selections.A }, data: { proposalId: proposal.id } });
    const decision = await db.selection.findUniqueOrThrow({
      where: { id: fx.selections.A },
      select: { decisionId: true },
    });
    const nameA = (await db.unit.findUniqueOrThrow({ where: { id: fx.A }, select: { name: true } })).name;
    await mergeUnits(fx.secretariat, {
      ...base,
      fromIds: [fx.A, fx.B],
      newName: "Xã Hợp Thành",
      newCode: `t12m-${fx.tag}-D`,
    });
    const doc = await getDecisionDocument(fx.secretariat, decision.decisionId);
    expect(doc.communes).toContainEqual(
      expect.objectContaining({ name: `${nameA} (nay là Xã Hợp Thành)`, hotspotTypes: ["TYPE_1", "TYPE_3"] }),
    );
  });
});
