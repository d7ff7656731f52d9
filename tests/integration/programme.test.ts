import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { openProgramme } from "@/lib/server/programme/open-programme";
import { getProgrammeOverview } from "@/lib/server/programme/get-programme-overview";
import { programmeDefaults } from "@/lib/server/programme/programme-defaults";
import { createProposal } from "@/lib/server/proposals/create-proposal";
import { submitProposal } from "@/lib/server/proposals/submit-proposal";
import { updateProposal } from "@/lib/server/proposals/update-proposal";
import { withdrawProposal } from "@/lib/server/proposals/withdraw-proposal";
import { ensureCarryOverProposals } from "@/lib/server/proposals/carry-over";
import { addProposalAttachment } from "@/lib/server/proposals/add-proposal-attachment";
import { getAttachmentForDownload } from "@/lib/server/proposals/get-attachment-for-download";
import { getProposalsPage } from "@/lib/server/proposals/get-proposals-page";
import { addProvinceProposal } from "@/lib/server/decisions/add-province-proposal";
import { approveProposal } from "@/lib/server/decisions/approve-proposal";
import { rejectProposal } from "@/lib/server/decisions/reject-proposal";
import { issueAmendment } from "@/lib/server/decisions/issue-amendment";
import { issueDecision } from "@/lib/server/decisions/issue-decision";
import { getApprovalBoard } from "@/lib/server/decisions/get-approval-board";
import { getDecisionDocument } from "@/lib/server/decisions/get-decision-document";
import { capStatus } from "@/lib/server/decisions/cap";
import { addPlanTask } from "@/lib/server/plans/add-plan-task";
import { createPlan } from "@/lib/server/plans/create-plan";
import { updateTaskStatus } from "@/lib/server/plans/update-task-status";
import { getPlanPage } from "@/lib/server/plans/get-plan-page";
import { listPlans } from "@/lib/server/plans/list-plans";
import type { Actor } from "@/lib/authz/actor";
import { actorOf, unitIdByCode } from "../support/actors";
import { codeOf } from "../support/error-code";
import { appNow } from "@/lib/clock";

/** "Today" for the decisions of the far-future test years: after their dates and the proposal deadline. */
const IN_2045 = new Date("2045-07-01T09:00:00+07:00");

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an error");
}

/** Each test opens its own programme year of Long Giang (years far from the demo data). */
async function open(year: number, capPercent = 15) {
  const secretariat = await actorOf("lg.thuongtruc");
  const p = await openProgramme(secretariat, {
    ...programmeDefaults(year),
    planNumber: `${year}/KH-BCĐ`,
    capPercent,
    passThresholdPercent: 80,
  } as never);
  return { secretariat, programmeId: p.id, carried: p.carried };
}
const communesOf = async (districtCode: string) =>
  db.unit.findMany({
    where: { parent: { code: districtCode }, level: "COMMUNE", validTo: null, newRuralYear: null },
    select: { id: true, name: true },
    orderBy: { code: "asc" },
  });
async function proposeAndSubmit(actor: Actor, programmeId: string, communeId: string) {
  const p = await createProposal(actor, {
    programmeId,
    communeId,
    hotspotTypes: ["TYPE_1"],
    justification: "Khảo sát",
  });
  const row = await db.proposal.findUniqueOrThrow({ where: { id: p.id } });
  await submitProposal(actor, { proposalId: p.id, version: row.version });
  return db.proposal.findUniqueOrThrow({ where: { id: p.id } });
}

describe("demo seed of the programme (issue #3)", () => {
  it("Long Giang and Hải Châu have decided years with plans; ceased communes do not count in the cap", async () => {
    const year = appNow().getUTCFullYear();
    const lg = await db.programme.findFirstOrThrow({
      where: { province: { code: "91" }, year },
      select: { id: true, provinceId: true, capPercent: true },
    });
    const hc = await db.programme.findFirstOrThrow({
      where: { province: { code: "92" }, year },
      select: { id: true, provinceId: true, capPercent: true, approvalDate: true },
    });
    const lgSel = await db.selection.findMany({
      where: { programmeId: lg.id },
      select: { communeId: true, plan: { select: { id: true } } },
    });
    expect(lgSel.length).toBeGreaterThanOrEqual(10);
    expect(lgSel.every((s) => s.plan)).toBe(true);
    const lgXa = await actorOf("lg.xa"),
      lgXa2 = await actorOf("lg.xa2"),
      hcXa = await actorOf("hc.xa");
    expect(lgSel.map((s) => s.communeId)).toEqual(expect.arrayContaining([lgXa.unitId, lgXa2.unitId]));
    expect(await db.selection.count({ where: { programmeId: hc.id, communeId: hcXa.unitId } })).toBe(1);
    // 40 existing communes + 2 ceased on 01/07/2025 in Hải Châu: max = floor(15% × 40) = 6.
    const cap = await capStatus(db, hc, hc.approvalDate);
    expect(cap.communes).toBe(40);
    expect(cap.max).toBe(6);
    expect(await db.programme.count({ where: { year: year + 1, province: { code: { in: ["91", "92"] } } } })).toBe(0);
    // Timeline of the decided year: list and plans done, the focus period simply ended.
    const overview = await getProgrammeOverview(
      await actorOf("lg.thuongtruc"),
      year,
      new Date(Date.UTC(year, 10, 21, 3)),
    );
    const status = Object.fromEntries(overview.phases.map((p) => [p.key, p.status]));
    expect(status).toMatchObject({
      PROPOSAL: "DONE",
      LIST_APPROVAL: "DONE",
      PLAN: "DONE",
      FOCUS: "DONE",
      PEAK: "DONE",
      NEXT_YEAR_PROPOSAL: "UPCOMING",
    });
  });

  it("in a 2-level province the commune committee proposes its own commune only", async () => {
    const hc = await actorOf("hc.thuongtruc");
    const p = await openProgramme(hc, {
      ...programmeDefaults(2047),
      planNumber: "3/KH-BCĐ",
      capPercent: 15,
      passThresholdPercent: 80,
    } as never);
    const bcdxa = await actorOf("hc.bcdxa");
    expect(
      await codeOf(
        createProposal(bcdxa, {
          programmeId: p.id,
          communeId: bcdxa.unitId,
          hotspotTypes: ["TYPE_1"],
          justification: "",
        }),
      ),
    ).toBe("OK");
    const other = await db.unit.findFirstOrThrow({
      where: { provinceId: hc.provinceId!, level: "COMMUNE", validTo: null, id: { not: bcdxa.unitId } },
    });
    expect(
      await codeOf(
        createProposal(bcdxa, { programmeId: p.id, communeId: other.id, hotspotTypes: ["TYPE_1"], justification: "" }),
      ),
    ).toBe("NOT_FOUND");
    // A ceased commune cannot be proposed, even by the province.
    const ceased = await db.unit.findFirstOrThrow({
      where: { provinceId: hc.provinceId!, level: "COMMUNE", validTo: { not: null } },
    });
    expect(
      await codeOf(
        createProposal(hc, { programmeId: p.id, communeId: ceased.id, hotspotTypes: ["TYPE_1"], justification: "" }),
      ),
    ).toBe("VALIDATION");
    expect(
      (await capStatus(db, { id: p.id, provinceId: hc.provinceId!, capPercent: 15 }, new Date(Date.UTC(2047, 1, 17))))
        .communes,
    ).toBe(40);
  });
});

describe("programme year", () => {
  it("only the province secretariat opens a year, once; the timeline shows the phases", async () => {
    expect(
      await codeOf(openProgramme(await actorOf("lg.cauke"), { ...programmeDefaults(2040), capPercent: 15 } as never)),
    ).toBe("FORBIDDEN");
    const { secretariat } = await open(2040);
    expect(
      await codeOf(
        openProgramme(secretariat, { ...programmeDefaults(2040), planNumber: "1/KH", capPercent: 15 } as never),
      ),
    ).toBe("VALIDATION");
    const overview = await getProgrammeOverview(await actorOf("lg.cauke"), 2040);
    expect(overview.phases.map((p) => p.key)).toContain("LIST_APPROVAL");
    expect(overview.phases.every((p) => p.status === "UPCOMING")).toBe(true);
    // Another province's user does not see it.
    expect(await codeOf(getProgrammeOverview(await actorOf("hc.thuongtruc"), 2040))).toBe("NOT_FOUND");
  });
});

describe("proposals", () => {
  it("a district proposes its own communes only; another district's proposal is not found", async () => {
    const { programmeId } = await open(2041);
    const cauke = await actorOf("lg.cauke"),
      tambinh = await actorOf("lg.tambinh");
    const [mine] = await communesOf("903");
    const [foreign] = await communesOf("905");
    expect(
      await codeOf(
        createProposal(cauke, { programmeId, communeId: foreign.id, hotspotTypes: ["TYPE_1"], justification: "" }),
      ),
    ).toBe("NOT_FOUND");
    const created = await createProposal(cauke, {
      programmeId,
      communeId: mine.id,
      hotspotTypes: ["TYPE_1", "TYPE_4"],
      justification: "Khảo sát",
    });
    const row = await db.proposal.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.status).toBe("DRAFT");
    expect(
      await codeOf(
        updateProposal(tambinh, {
          proposalId: created.id,
          version: row.version,
          hotspotTypes: ["TYPE_1"],
          justification: "x",
          figures: {},
          otherItems: {},
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(withdrawProposal(tambinh, { proposalId: created.id, version: row.version }))).toBe("NOT_FOUND");
    expect(await codeOf(withdrawProposal(tambinh, { proposalId: "not-a-uuid", version: 1 }))).toBe("NOT_FOUND");
    expect(
      await codeOf(
        createProposal(cauke, { programmeId, communeId: mine.id, hotspotTypes: ["TYPE_1"], justification: "" }),
      ),
    ).toBe("VALIDATION");
    // Figures by criteria group, then submit; a stale version is a conflict.
    await updateProposal(cauke, {
      proposalId: created.id,
      version: row.version,
      hotspotTypes: ["TYPE_4"],
      justification: "Nhiều tụ điểm ma túy",
      figures: { HS_VU: 4, MT_VU: 6 },
      otherItems: { K_TRANH_CHAP: { present: true, note: "Tranh chấp đất" } },
    });
    expect(await codeOf(submitProposal(cauke, { proposalId: created.id, version: row.version }))).toBe("CONFLICT");
    await submitProposal(cauke, { proposalId: created.id, version: row.version + 1 });
    const after = await db.proposal.findUniqueOrThrow({ where: { id: created.id } });
    expect(after).toMatchObject({ status: "SUBMITTED", figures: { HS_VU: 4, MT_VU: 6 }, hotspotTypes: ["TYPE_4"] });
    // The secretariat sees it; Tam Bình's page lists only its own area and warns it proposed nothing.
    const page = await getProposalsPage(tambinh, 2041);
    expect(page.proposals).toHaveLength(0);
    expect(page.districtWarnings.map((w) => w.code)).toEqual(["DISTRICT_NO_PROPOSAL"]);
    // Withdraw until decided.
    await withdrawProposal(cauke, { proposalId: created.id, version: after.version });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("WITHDRAWN");
  });

  it("warns for a commune recognised as new-rural last year; refuses a commune passed last year unless a relapse is recorded", async () => {
    const { programmeId } = await open(2042);
    const cauke = await actorOf("lg.cauke");
    const [, ntm, passed] = await communesOf("903");
    await db.unit.update({ where: { id: ntm.id }, data: { newRuralYear: 2041 } });
    try {
      const r = await createProposal(cauke, {
        programmeId,
        communeId: ntm.id,
        hotspotTypes: ["TYPE_1"],
        justification: "",
      });
      expect(r.warnings.map((w) => w.code)).toContain("NEW_RURAL_LAST_YEAR");
    } finally {
      await db.unit.update({ where: { id: ntm.id }, data: { newRuralYear: null } });
    }
    const verdict = await db.communeVerdict.create({
      data: {
        selectionId: crypto.randomUUID(),
        communeId: passed.id,
        year: 2041,
        stage: "ISSUED",
        verdict: "PASSED",
        recommendation: "PASSED",
        decisionDate: new Date(Date.UTC(2041, 11, 10)),
        issuedAt: new Date(Date.UTC(2041, 11, 10)),
      },
    });
    const refused = await errorOf(
      createProposal(cauke, { programmeId, communeId: passed.id, hotspotTypes: ["TYPE_1"], justification: "" }),
    );
    expect(refused.message).toMatch(/tái phức tạp/);
    await db.relapseRecord.create({
      data: {
        communeId: passed.id,
        verdictId: verdict.id,
        date: new Date(Date.UTC(2042, 0, 5)),
        reason: "Tái phức tạp",
        recordedById: cauke.userId,
      },
    });
    expect(
      await codeOf(
        createProposal(cauke, { programmeId, communeId: passed.id, hotspotTypes: ["TYPE_1"], justification: "" }),
      ),
    ).toBe("OK");
  });

  it("attachments: allowed types and size only, downloadable only inside the scope", async () => {
    const { programmeId } = await open(2043);
    const cauke = await actorOf("lg.cauke");
    const [c] = await communesOf("903");
    const p = await createProposal(cauke, {
      programmeId,
      communeId: c.id,
      hotspotTypes: ["TYPE_1"],
      justification: "",
    });
    const bytes = new TextEncoder().encode("%PDF-1.4 báo cáo khảo sát");
    expect(
      await codeOf(addProposalAttachment(cauke, p.id, { name: "virus.exe", bytes: new Uint8Array([1, 2, 3]) })),
    ).toBe("VALIDATION");
    expect(
      await codeOf(addProposalAttachment(cauke, p.id, { name: "lon.pdf", bytes: new Uint8Array(11 * 1024 * 1024) })),
    ).toBe("VALIDATION");
    const a = await addProposalAttachment(cauke, p.id, { name: "Báo cáo khảo sát.pdf", bytes });
    const file = await getAttachmentForDownload(await actorOf("lg.thuongtruc"), a.id);
    expect(file.mimeType).toBe("application/pdf");
    expect(Buffer.from(file.data).toString()).toContain("báo cáo");
    expect(await codeOf(getAttachmentForDownload(await actorOf("lg.tambinh"), a.id))).toBe("NOT_FOUND");
    expect(await codeOf(getAttachmentForDownload(await actorOf("hc.thuongtruc"), a.id))).toBe("NOT_FOUND");
  });
});

describe("carry-over", () => {
  it("communes 'chưa đạt' last year appear as approved carry-over proposals, once, and count in the cap", async () => {
    const [c1, c2] = await communesOf("907");
    for (const [c, verdict] of [
      [c1, "NOT_PASSED"],
      [c2, "PASSED"],
    ] as const) {
      await db.communeVerdict.create({
        data: {
          selectionId: crypto.randomUUID(),
          communeId: c.id,
          year: 2043,
          stage: "ISSUED",
          verdict,
          recommendation: verdict,
          issuedAt: new Date(),
        },
      });
    }
    const { programmeId, carried } = await open(2044);
    expect(carried).toBe(1);
    const rows = await db.proposal.findMany({ where: { programmeId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ communeId: c1.id, source: "CARRY_OVER", status: "APPROVED" });
    expect(await ensureCarryOverProposals(db, programmeId)).toBe(0);
    const programme = await db.programme.findUniqueOrThrow({ where: { id: programmeId } });
    expect((await capStatus(db, programme, programme.approvalDate)).count).toBe(1);
    // Issue #13 case 10: the carry-over's figures are entered like any proposal's (by the province, until the decision).
    const secretariat = await actorOf("lg.thuongtruc");
    const carriedRow = rows[0]!;
    await updateProposal(secretariat, {
      proposalId: carriedRow.id,
      version: carriedRow.version,
      hotspotTypes: ["TYPE_1"],
      justification: "Tiếp tục",
      figures: { HS_VU: 7, MT_VU: 2 },
      otherItems: {},
    });
    const edited = await db.proposal.findUniqueOrThrow({ where: { id: carriedRow.id } });
    expect(edited).toMatchObject({ status: "APPROVED", source: "CARRY_OVER", figures: { HS_VU: 7, MT_VU: 2 } });
    expect((await getApprovalBoard(secretariat, 2044)).rows.find((r) => r.id === carriedRow.id)!.totals.CRIMINAL).toBe(
      7,
    );
    expect(await db.auditLog.count({ where: { action: "proposal.update", entityId: carriedRow.id } })).toBe(1);
  });
});

describe("approval under the cap, decision, amendment", () => {
  it("approves up to the cap (carry-overs counted) and refuses one over it, changing nothing", async () => {
    const [carried] = await communesOf("908");
    await db.communeVerdict.create({
      data: {
        selectionId: crypto.randomUUID(),
        communeId: carried.id,
        year: 2044,
        stage: "ISSUED",
        verdict: "NOT_PASSED",
        recommendation: "NOT_PASSED",
        issuedAt: new Date(),
      },
    });
    // 3% of 105 existing communes → max 3; the carry-over takes one place.
    const { secretariat, programmeId } = await open(2045, 3);
    const cauke = await actorOf("lg.cauke"),
      tambinh = await actorOf("lg.tambinh");
    const [a, b] = await communesOf("903");
    const [c] = await communesOf("905");
    const pa = await proposeAndSubmit(cauke, programmeId, a.id);
    const pb = await proposeAndSubmit(cauke, programmeId, b.id);
    const pc = await proposeAndSubmit(tambinh, programmeId, c.id);
    const board = await getApprovalBoard(secretariat, 2045);
    expect(board.cap).toMatchObject({ communes: 105, max: 3, count: 1 });
    expect(await codeOf(approveProposal(cauke, { proposalId: pa.id, version: pa.version }))).toBe("FORBIDDEN");
    await approveProposal(secretariat, { proposalId: pa.id, version: pa.version });
    await approveProposal(secretariat, { proposalId: pb.id, version: pb.version });
    const auditBefore = await db.auditLog.count();
    const refused = await errorOf(approveProposal(secretariat, { proposalId: pc.id, version: pc.version }));
    expect(refused.code).toBe("VALIDATION");
    expect(refused.message).toMatch(/Vượt giới hạn 3%: tối đa 3 xã/);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: pc.id } })).status).toBe("SUBMITTED");
    expect(await db.auditLog.count()).toBe(auditBefore);
    expect(
      await codeOf(approveProposal(await actorOf("hc.thuongtruc"), { proposalId: pc.id, version: pc.version })),
    ).toBe("NOT_FOUND");
    // Reject with a reason.
    await rejectProposal(secretariat, { proposalId: pc.id, version: pc.version, reason: "Chưa đủ tiêu chí" });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: pc.id } })).decisionReason).toBe("Chưa đủ tiêu chí");

    // The decision: one transaction creating a Selection per approved commune; then read-only.
    // Issue #13 case 7: 7 of 9 districts have not proposed → refused without the explicit confirmation, which lists them.
    const early = await errorOf(
      issueDecision(
        secretariat,
        { programmeId, number: "45/QĐ-BCĐ", date: "2045-02-17", signatoryName: "Nguyễn Văn A" },
        IN_2045,
      ),
    );
    expect(early.code).toBe("VALIDATION");
    expect(early.message).toMatch(/7 đơn vị chưa đề xuất: .*Huyện/);
    expect(early.fieldErrors?.confirmEarly).toBeTruthy();
    // Dated before the plan it cites, or after today: refused whatever the confirmation.
    const programmeRow = await db.programme.findUniqueOrThrow({
      where: { id: programmeId },
      select: { planDate: true },
    });
    const beforePlan = new Date(programmeRow.planDate.getTime() - 86_400_000).toISOString().slice(0, 10);
    expect(
      (
        await errorOf(
          issueDecision(
            secretariat,
            { programmeId, number: "45/QĐ-BCĐ", date: beforePlan, signatoryName: "A", confirmEarly: true },
            IN_2045,
          ),
        )
      ).message,
    ).toMatch(/không được trước ngày Kế hoạch/);
    expect(
      (
        await errorOf(
          issueDecision(
            secretariat,
            { programmeId, number: "45/QĐ-BCĐ", date: "2045-07-02", signatoryName: "A", confirmEarly: true },
            IN_2045,
          ),
        )
      ).message,
    ).toMatch(/không được sau ngày hôm nay/);
    expect(await db.selectionDecision.count({ where: { programmeId } })).toBe(0);
    const issued = await issueDecision(
      secretariat,
      { programmeId, number: "45/QĐ-BCĐ", date: "2045-02-17", signatoryName: "Nguyễn Văn A", confirmEarly: true },
      IN_2045,
    );
    expect(issued.count).toBe(3);
    const doc = await getDecisionDocument(await actorOf("lg.lanhdao"), issued.id);
    expect(doc.communes.map((x) => x.name)).toEqual(expect.arrayContaining([a.name, b.name, carried.name]));
    expect(doc.signatoryTitle).toBe("Trưởng Ban Chỉ đạo");
    expect(await codeOf(getDecisionDocument(await actorOf("hc.lanhdao"), issued.id))).toBe("NOT_FOUND");
    expect(await codeOf(rejectProposal(secretariat, { proposalId: pa.id, version: pa.version + 1, reason: "x" }))).toBe(
      "VALIDATION",
    );
    expect(
      await codeOf(
        issueDecision(
          secretariat,
          { programmeId, number: "46/QĐ-BCĐ", date: "2045-02-18", signatoryName: "B", confirmEarly: true },
          IN_2045,
        ),
      ),
    ).toBe("VALIDATION");

    // Amendment: the province adds a commune (full → refused), removes one, then adds it.
    const [extra] = await communesOf("909");
    expect(
      (
        await errorOf(
          addProvinceProposal(secretariat, {
            programmeId,
            communeId: extra.id,
            hotspotTypes: ["TYPE_2"],
            justification: "Phát sinh phức tạp",
          }),
        )
      ).message,
    ).toMatch(/Vượt giới hạn/);
    const selB = await db.selection.findFirstOrThrow({ where: { programmeId, communeId: b.id } });
    await issueAmendment(
      secretariat,
      {
        programmeId,
        number: "50/QĐ-BCĐ",
        date: "2045-05-02",
        signatoryName: "Nguyễn Văn A",
        addProposalIds: [],
        removeSelectionIds: [selB.id],
        reason: "Sáp nhập đơn vị",
      },
      IN_2045,
    );
    const added = await addProvinceProposal(secretariat, {
      programmeId,
      communeId: extra.id,
      hotspotTypes: ["TYPE_2"],
      justification: "Phát sinh phức tạp",
    });
    expect(
      await codeOf(
        issueAmendment(
          secretariat,
          {
            programmeId,
            number: "50/QĐ-BCĐ",
            date: "2045-05-03",
            signatoryName: "A",
            addProposalIds: [added.id],
            removeSelectionIds: [],
            reason: "Bổ sung",
          },
          IN_2045,
        ),
      ),
    ).toBe("VALIDATION");
    await issueAmendment(
      secretariat,
      {
        programmeId,
        number: "51/QĐ-BCĐ",
        date: "2045-05-03",
        signatoryName: "A",
        addProposalIds: [added.id],
        removeSelectionIds: [],
        reason: "Bổ sung",
      },
      IN_2045,
    );
    const sel = await db.selection.findMany({ where: { programmeId }, select: { communeId: true, status: true } });
    expect(
      sel
        .filter((s) => s.status === "SELECTED")
        .map((s) => s.communeId)
        .sort(),
    ).toEqual([a.id, carried.id, extra.id].sort());
    expect(await db.auditLog.count({ where: { action: "decision.amend" } })).toBeGreaterThanOrEqual(2);

    // Issue #3 ("later changes need an amending decision"): a commune taken off can be put back by a later
    // amendment; its selection row (and plan) is restored rather than duplicated.
    await issueAmendment(
      secretariat,
      {
        programmeId,
        number: "52/QĐ-BCĐ",
        date: "2045-06-01",
        signatoryName: "A",
        addProposalIds: [],
        removeSelectionIds: [(await db.selection.findFirstOrThrow({ where: { programmeId, communeId: extra.id } })).id],
        reason: "Rà soát",
      },
      IN_2045,
    );
    const offered = (await getApprovalBoard(secretariat, 2045)).pendingAmendment.map((r) => r.communeId);
    expect(offered).toEqual(expect.arrayContaining([b.id, extra.id]));
    const back = await issueAmendment(
      secretariat,
      {
        programmeId,
        number: "53/QĐ-BCĐ",
        date: "2045-06-02",
        signatoryName: "A",
        addProposalIds: [pb.id],
        removeSelectionIds: [],
        reason: "Tái phức tạp, đưa trở lại danh sách",
      },
      IN_2045,
    );
    const restored = await db.selection.findFirstOrThrow({ where: { programmeId, communeId: b.id } });
    expect(restored).toMatchObject({ id: selB.id, status: "SELECTED", decisionId: back.id });
    expect(await db.selection.count({ where: { programmeId, communeId: b.id } })).toBe(1);
    expect((await getApprovalBoard(secretariat, 2045)).pendingAmendment.map((r) => r.communeId)).not.toContain(b.id);
  });

  it("the decision is atomic: a failure while creating the list leaves no decision and no selection", async () => {
    const { secretariat, programmeId } = await open(2046);
    const cauke = await actorOf("lg.cauke");
    const [a, b] = await communesOf("903");
    for (const c of [a, b]) {
      const p = await proposeAndSubmit(cauke, programmeId, c.id);
      await approveProposal(secretariat, { proposalId: p.id, version: p.version });
    }
    // A stray selection of commune b (e.g. written by another process) makes the second insert fail.
    const stray = await db.selectionDecision.create({
      data: {
        programmeId,
        kind: "AMENDMENT",
        number: "stray",
        date: new Date(Date.UTC(2046, 0, 1)),
        signatoryTitle: "x",
        signatoryName: "x",
      },
    });
    await db.selection.create({
      data: { programmeId, communeId: b.id, decisionId: stray.id, hotspotTypes: ["TYPE_1"] },
    });
    expect(
      await codeOf(
        issueDecision(
          secretariat,
          { programmeId, number: "1/QĐ-BCĐ", date: "2046-02-17", signatoryName: "A", confirmEarly: true },
          new Date("2046-03-01T09:00:00+07:00"),
        ),
      ),
    ).not.toBe("OK");
    expect(await db.selectionDecision.count({ where: { programmeId, kind: "ORIGINAL" } })).toBe(0);
    expect(await db.selection.count({ where: { programmeId } })).toBe(1);
  });
});

describe("programme calendar (issue #13 case 7)", () => {
  it("the form pre-fills no plan date ahead of today; a plan dated tomorrow is refused", async () => {
    const nov30 = new Date("2026-11-30T09:00:00+07:00");
    expect(programmeDefaults(2027, nov30).planDate).toBe("2026-11-30");
    const secretariat = await actorOf("lg.thuongtruc");
    const refused = await errorOf(
      openProgramme(
        secretariat,
        {
          ...programmeDefaults(2049, nov30),
          planDate: "2026-12-01",
          planNumber: "9/KH-BCĐ",
          capPercent: 15,
          passThresholdPercent: 80,
        } as never,
        nov30,
      ),
    );
    expect(refused.fieldErrors?.planDate?.[0]).toMatch(/không được sau ngày hôm nay \(30\/11\/2026\)/);
    expect(await db.programme.count({ where: { province: { code: "91" }, year: 2049 } })).toBe(0);
  });

  it("after the decision a district's late proposal is still submitted, approved, and added by an amending decision", async () => {
    const { secretariat, programmeId } = await open(2048);
    const at = new Date("2048-03-10T09:00:00+07:00");
    const cauke = await actorOf("lg.cauke"),
      tambinh = await actorOf("lg.tambinh");
    const [a] = await communesOf("903");
    const [c] = await communesOf("905");
    const pa = await proposeAndSubmit(cauke, programmeId, a.id);
    await approveProposal(secretariat, { proposalId: pa.id, version: pa.version });
    const board = await getApprovalBoard(secretariat, 2048, at);
    expect(board.early.needsConfirmation).toBe(true);
    expect(board.early.withoutProposal).toContain((await db.unit.findUniqueOrThrow({ where: { code: "905" } })).name);
    await issueDecision(
      secretariat,
      { programmeId, number: "7/QĐ-BCĐ", date: "2048-02-17", signatoryName: "A", confirmEarly: true },
      at,
    );
    const audit = await db.auditLog.findFirstOrThrow({
      where: {
        action: "decision.issue",
        entityId: (await db.selectionDecision.findFirstOrThrow({ where: { programmeId } })).id,
      },
    });
    expect(JSON.stringify(audit.after)).toContain("chưa đề xuất");
    // Late: Tam Bình proposes after the decision.
    const late = await proposeAndSubmit(tambinh, programmeId, c.id);
    expect(late.status).toBe("SUBMITTED");
    await approveProposal(secretariat, { proposalId: late.id, version: late.version });
    const after = await getApprovalBoard(secretariat, 2048, at);
    expect(after.pendingAmendment.map((r) => r.communeId)).toEqual([c.id]);
    expect(after.rows.find((r) => r.communeId === a.id)!.listed).toBe(true);
    // A listed commune is changed only by an amending decision.
    const listed = await db.proposal.findUniqueOrThrow({ where: { id: pa.id } });
    expect(await codeOf(rejectProposal(secretariat, { proposalId: pa.id, version: listed.version, reason: "x" }))).toBe(
      "VALIDATION",
    );
    // The amendment: not dated before the decision it amends; then the late commune is on the list.
    expect(
      (
        await errorOf(
          issueAmendment(
            secretariat,
            {
              programmeId,
              number: "8/QĐ-BCĐ",
              date: "2048-02-16",
              signatoryName: "A",
              addProposalIds: [late.id],
              removeSelectionIds: [],
              reason: "Đề xuất muộn",
            },
            at,
          ),
        )
      ).message,
    ).toMatch(/trước quyết định phê duyệt/);
    await issueAmendment(
      secretariat,
      {
        programmeId,
        number: "8/QĐ-BCĐ",
        date: "2048-03-01",
        signatoryName: "A",
        addProposalIds: [late.id],
        removeSelectionIds: [],
        reason: "Đề xuất muộn",
      },
      at,
    );
    expect(
      (await db.selection.findMany({ where: { programmeId, status: "SELECTED" }, select: { communeId: true } }))
        .map((x) => x.communeId)
        .sort(),
    ).toEqual([a.id, c.id].sort());
  });
});

describe("plans", () => {
  it("the district creates a plan with tasks; district and commune update task status (version-checked); overdue is flagged", async () => {
    const year = appNow().getUTCFullYear();
    const cauke = await actorOf("lg.cauke"),
      xa = await actorOf("lg.xa"),
      tambinh = await actorOf("lg.tambinh");
    const programme = await db.programme.findFirstOrThrow({ where: { province: { code: "91" }, year } });
    // A fresh selection of Cầu Kè without a plan (the demo ones all have one).
    const [, , , , , spare] = await communesOf("903");
    const dec = await db.selectionDecision.findFirstOrThrow({ where: { programmeId: programme.id } });
    const sel = await db.selection.create({
      data: { programmeId: programme.id, communeId: spare.id, decisionId: dec.id, hotspotTypes: ["TYPE_1"] },
    });
    expect(
      await codeOf(
        createPlan(tambinh, { selectionId: sel.id, number: "1/KH", date: `${year}-02-28`, measures: [], tasks: [] }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        createPlan(xa, { selectionId: sel.id, number: "1/KH", date: `${year}-02-28`, measures: [], tasks: [] }),
      ),
    ).toBe("FORBIDDEN");
    const plan = await createPlan(cauke, {
      selectionId: sel.id,
      number: "31/KH-BCĐ",
      date: `${year}-02-28`,
      measures: [{ area: "Tuyên truyền", content: "Hội nghị tuyên truyền" }],
      tasks: [{ area: "Tấn công trấn áp", title: "Cao điểm", assignee: "Công an xã", dueDate: `${year}-05-31` }],
    });
    expect(
      await codeOf(
        createPlan(cauke, { selectionId: sel.id, number: "32/KH", date: `${year}-02-28`, measures: [], tasks: [] }),
      ),
    ).toBe("VALIDATION");
    await addPlanTask(cauke, {
      planId: plan.id,
      area: "Phong trào",
      title: "Mô hình tự quản",
      assignee: "UBMTTQ xã",
      dueDate: `${year + 1}-01-31`,
    });
    const page = await getPlanPage(cauke, sel.id);
    expect(page.tasks).toHaveLength(2);
    expect(page.tasks.find((t) => t.title === "Cao điểm")!.overdue).toBe(true);
    expect(page.phases.map((p) => p.key)).toContain("FOCUS");
    const list = await listPlans(cauke, year);
    expect(list.rows.find((r) => r.id === sel.id)!.plan!.overdue).toBe(1);
    // Task status: the commune police of another commune cannot; a stale version is a conflict.
    const task = page.tasks.find((t) => t.title === "Cao điểm")!;
    expect(await codeOf(updateTaskStatus(xa, { taskId: task.id, version: task.version, status: "DONE" }))).toBe(
      "NOT_FOUND",
    );
    await updateTaskStatus(cauke, { taskId: task.id, version: task.version, status: "DONE", evidence: "Báo cáo số 5" });
    expect(
      await codeOf(updateTaskStatus(cauke, { taskId: task.id, version: task.version, status: "IN_PROGRESS" })),
    ).toBe("CONFLICT");
    expect((await getPlanPage(cauke, sel.id)).tasks.find((t) => t.id === task.id)!.overdue).toBe(false);
    // The commune police updates a task of its own commune's demo plan.
    const own = await db.planTask.findFirstOrThrow({
      where: { plan: { selection: { communeId: xa.unitId, programmeId: programme.id } } },
    });
    expect(await codeOf(updateTaskStatus(xa, { taskId: own.id, version: own.version, status: "IN_PROGRESS" }))).toBe(
      "OK",
    );
    expect(await unitIdByCode("903")).toBeTruthy();
  });
});
