import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveYearEndReview } from "@/lib/server/verdicts/save-year-end-review";
import { uploadReviewMinutes } from "@/lib/server/verdicts/upload-review-minutes";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { saveCriterionAnswers } from "@/lib/server/verdicts/save-criterion-answers";
import { amendVerdict } from "@/lib/server/verdicts/amend-verdict";
import { issueVerdict } from "@/lib/server/verdicts/issue-verdict";
import { getVerdictPage } from "@/lib/server/verdicts/get-verdict-page";
import { listVerdicts } from "@/lib/server/verdicts/list-verdicts";
import { getProgrammeKpis } from "@/lib/server/verdicts/get-programme-kpis";
import { recordRelapse } from "@/lib/server/relapse/record-relapse";
import { decideReview } from "@/lib/server/reviews/decide-review";
import type { Actor } from "@/lib/authz/actor";
import { addVerdictCriterion } from "@/lib/server/verdicts/add-verdict-criterion";
import { saveCrimeReductionConfig } from "@/lib/server/verdicts/save-crime-reduction-config";
import { setVerdictCriterionActive } from "@/lib/server/verdicts/set-verdict-criterion-active";
import { actorOf } from "../support/actors";
import {
  GOOD_MONTH,
  WEAK_MONTH,
  answerAllCriteria,
  createProgramme,
  fillYear,
  freshCommune,
  freshProgramme,
  selectCommune,
} from "../support/review-fixtures";
import { appNow } from "@/lib/clock";
import { ownerDb } from "../support/owner-db";

const minutes = { file: { name: "bien-ban-tong-ket.pdf", bytes: Buffer.from("%PDF-1.4 biên bản") } };
const narrative = { results: "Kết quả.", shortcomings: "Hạn chế.", nextMeasures: "Giải pháp." };

/** A selected commune of huyện Cầu Kè with a full year of figures, criteria answered, year-end review held and minutes attached. */
async function readyCommune(programme: { id: string; year: number }, month: typeof GOOD_MONTH, district: Actor) {
  const commune = await freshCommune("91", "903", programme);
  const selection = await selectCommune(programme.id, commune.id, ["TYPE_1", "TYPE_4"]);
  await fillYear(commune.id, programme.year, month);
  await saveCriterionAnswers(district, { selectionId: selection.id, answers: await answerAllCriteria(selection.id) });
  const review = await saveYearEndReview(district, {
    selectionId: selection.id,
    meetingDate: `${programme.year}-11-12`,
    newComplexity: false,
    ...narrative,
    version: 0,
  });
  return { commune, selection, review };
}

async function throughSecretariat(
  selectionId: string,
  district: Actor,
  province: Actor,
  proposal: "PASSED" | "NOT_PASSED",
) {
  const d = await proposeVerdict(district, { selectionId, level: "DISTRICT", proposal, version: 0 });
  await proposeVerdict(province, { selectionId, level: "SECRETARIAT", proposal, version: 1 });
  return d.id;
}

describe("year-end verdict (issue #5 'Year-end verdict'; domain.md §5–6)", () => {
  it("demo seed: last year's verdicts mostly follow the computed recommendation; each override carries its justification", async () => {
    const rows = await db.communeVerdict.findMany({
      where: { stage: "ISSUED", year: appNow().getUTCFullYear() - 1 },
      select: { verdict: true, isOverride: true, justification: true },
    });
    const overrides = rows.filter((r) => r.isOverride);
    expect(rows.filter((r) => r.verdict === "PASSED" && !r.isOverride).length).toBeGreaterThan(overrides.length);
    expect(rows.some((r) => r.verdict === "NOT_PASSED")).toBe(true);
    expect(overrides.every((r) => (r.justification ?? "").length > 20)).toBe(true);
  });

  it("follows the recommendation: minutes required, two proposals, issue; frozen after issue; relapse watch; KPIs; relapse record", async () => {
    const [district, province] = [await actorOf("lg.cauke"), await actorOf("lg.thuongtruc")];
    const programme = await freshProgramme("91");
    const { selection, review } = await readyCommune(programme, GOOD_MONTH, district);

    // Without the minutes of the year-end meeting the district cannot propose.
    await expect(
      proposeVerdict(district, { selectionId: selection.id, level: "DISTRICT", proposal: "PASSED", version: 0 }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await uploadReviewMinutes(district, { ownerId: review.id, ...minutes });
    // The secretariat cannot skip the district's proposal, nor can the district act as the secretariat.
    await expect(
      proposeVerdict(province, { selectionId: selection.id, level: "SECRETARIAT", proposal: "PASSED", version: 0 }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      proposeVerdict(district, { selectionId: selection.id, level: "SECRETARIAT", proposal: "PASSED", version: 0 }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const verdictId = await throughSecretariat(selection.id, district, province, "PASSED");

    const page = await getVerdictPage(province, selection.id);
    expect(page.assessment.result.recommendation).toBe("PASSED");
    expect(page.assessment.result.reasons.filter((r) => r.code === "INDICATOR_ACHIEVED")).toHaveLength(8);
    expect(page.pending).toMatchObject({
      stage: "SECRETARIAT_PROPOSED",
      districtProposal: "PASSED",
      secretariatProposal: "PASSED",
    });
    expect((await db.communeReview.findUniqueOrThrow({ where: { id: review.id } })).status).toBe("ACCEPTED");

    // Only the approver's permission issues.
    await expect(
      issueVerdict(district, {
        verdictId,
        verdict: "PASSED",
        decisionNumber: "45/QĐ-BCĐ",
        decisionDate: `${programme.year}-12-12`,
        version: 2,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const issued = await issueVerdict(province, {
      verdictId,
      verdict: "PASSED",
      decisionNumber: "45/QĐ-BCĐ",
      decisionDate: `${programme.year}-12-12`,
      version: 2,
    });
    expect(issued).toMatchObject({ verdict: "PASSED", recommendation: "PASSED", isOverride: false });
    // Watched from 12/12 for 6 months: until the end of 11/06 (relapse-watch.ts, end exclusive).
    expect(issued.consequence).toContain(`11/06/${programme.year + 1}`);

    // Frozen: issuing again, proposing again or changing criteria answers is refused.
    await expect(
      issueVerdict(province, {
        verdictId,
        verdict: "NOT_PASSED",
        decisionNumber: "46/QĐ-BCĐ",
        decisionDate: `${programme.year}-12-13`,
        justification: "x",
        version: 3,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      proposeVerdict(district, { selectionId: selection.id, level: "DISTRICT", proposal: "NOT_PASSED", version: 0 }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(saveCriterionAnswers(district, { selectionId: selection.id, answers: [] })).rejects.toMatchObject({
      code: "VALIDATION",
    });

    const list = await listVerdicts(province, programme.year, new Date(Date.UTC(programme.year + 1, 0, 10)));
    expect(list.find((r) => r.selection.id === selection.id)).toMatchObject({
      effective: { id: verdictId, verdict: "PASSED" },
      watch: { active: true },
    });
    const kpi = await getProgrammeKpis(province, programme.year);
    expect(kpi.year.passRate).toMatchObject({ percent: 100, targetMet: true });
    expect(kpi.year.passRate.numerator.map((r) => r.communeId)).toEqual([selection.communeId]);

    await expect(
      recordRelapse(province, { verdictId, date: `${programme.year}-12-01`, reason: "Tụ điểm mới." }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await recordRelapse(province, {
      verdictId,
      date: `${programme.year + 1}-03-01`,
      reason: "Xuất hiện tụ điểm ma túy mới.",
    });
    await expect(
      recordRelapse(province, { verdictId, date: `${programme.year + 1}-03-02`, reason: "Lần hai." }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const after = await getProgrammeKpis(province, programme.year);
    expect(after.year.noRelapse).toMatchObject({ percent: 0, targetMet: false });
    const actions = (await db.auditLog.findMany({ where: { entityId: verdictId }, select: { action: true } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(["verdict.propose.district", "verdict.propose.secretariat", "verdict.issue"]),
    );
  });

  it("the standing office returns the district's year-end review with a reason; the district completes it and proposes again (domain.md §1, §2.5)", async () => {
    const [district, province] = [await actorOf("lg.cauke"), await actorOf("lg.thuongtruc")];
    const programme = await freshProgramme("91");
    const { selection, review } = await readyCommune(programme, GOOD_MONTH, district);
    await uploadReviewMinutes(district, { ownerId: review.id, ...minutes });
    // Nothing to return before the district proposes.
    const draft = await db.communeReview.findUniqueOrThrow({ where: { id: review.id } });
    await expect(
      decideReview(province, { reviewId: review.id, decision: "RETURN", reason: "Bổ sung.", version: draft.version }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await proposeVerdict(district, { selectionId: selection.id, level: "DISTRICT", proposal: "PASSED", version: 0 });
    const submitted = await db.communeReview.findUniqueOrThrow({ where: { id: review.id } });
    expect(submitted.status).toBe("SUBMITTED");
    // A year-end review is not accepted on its own (the office's proposal accepts it); the district cannot return it.
    await expect(
      decideReview(province, { reviewId: review.id, decision: "ACCEPT", version: submitted.version }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      decideReview(district, { reviewId: review.id, decision: "RETURN", reason: "x", version: submitted.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      decideReview(await actorOf("hc.thuongtruc"), {
        reviewId: review.id,
        decision: "RETURN",
        reason: "x",
        version: submitted.version,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await decideReview(province, {
      reviewId: review.id,
      decision: "RETURN",
      reason: "Biên bản chưa có chữ ký của Trưởng Ban Chỉ đạo huyện.",
      version: submitted.version,
    });
    const page = await getVerdictPage(district, selection.id);
    expect(page.review).toMatchObject({
      status: "RETURNED",
      returnReason: "Biên bản chưa có chữ ký của Trưởng Ban Chỉ đạo huyện.",
    });
    expect(page.pending).toMatchObject({ stage: "DISTRICT_PROPOSED", districtProposal: "PASSED" });
    // The office waits for the district; the district edits its review and proposes again.
    await expect(
      proposeVerdict(province, { selectionId: selection.id, level: "SECRETARIAT", proposal: "PASSED", version: 1 }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("đề xuất lại") });
    const returned = await db.communeReview.findUniqueOrThrow({ where: { id: review.id } });
    await saveYearEndReview(district, {
      selectionId: selection.id,
      meetingDate: `${programme.year}-11-12`,
      newComplexity: false,
      ...narrative,
      results: "Kết quả (bổ sung chữ ký).",
      version: returned.version,
    });
    await proposeVerdict(district, { selectionId: selection.id, level: "DISTRICT", proposal: "PASSED", version: 1 });
    expect((await db.communeReview.findUniqueOrThrow({ where: { id: review.id } })).status).toBe("SUBMITTED");
    await proposeVerdict(province, { selectionId: selection.id, level: "SECRETARIAT", proposal: "PASSED", version: 2 });
    expect((await db.communeReview.findUniqueOrThrow({ where: { id: review.id } })).status).toBe("ACCEPTED");
    // After the office's proposal the review can no longer be returned.
    const accepted = await db.communeReview.findUniqueOrThrow({ where: { id: review.id } });
    await expect(
      decideReview(province, { reviewId: review.id, decision: "RETURN", reason: "Muộn.", version: accepted.version }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.auditLog.count({ where: { action: "review.return", entityId: review.id } })).toBe(1);
  });

  it("an override needs a written justification and is marked; NOT_PASSED becomes a carry-over proposal of next year with the reasons", async () => {
    const [district, province] = [await actorOf("lg.cauke"), await actorOf("lg.thuongtruc")];
    const programme = await freshProgramme("91");
    const next = await createProgramme(programme.provinceId, programme.year + 1);
    const weak = await readyCommune(programme, WEAK_MONTH, district);
    await uploadReviewMinutes(district, { ownerId: weak.review.id, ...minutes });
    const weakVerdict = await throughSecretariat(weak.selection.id, district, province, "NOT_PASSED");
    const issued = await issueVerdict(province, {
      verdictId: weakVerdict,
      verdict: "NOT_PASSED",
      decisionNumber: "50/QĐ-BCĐ",
      decisionDate: `${programme.year}-12-12`,
      version: 2,
    });
    expect(issued).toMatchObject({ recommendation: "NOT_PASSED", isOverride: false });
    const carry = await db.proposal.findUniqueOrThrow({
      where: { programmeId_communeId: { programmeId: next.id, communeId: weak.commune.id } },
    });
    expect(carry).toMatchObject({ source: "CARRY_OVER" });
    expect(carry.carryOverReasons).toContain("50/QĐ-BCĐ");
    expect(carry.carryOverReasons).toContain("Tỷ lệ điều tra khám phá án hình sự");

    const good = await readyCommune(programme, GOOD_MONTH, district);
    await uploadReviewMinutes(district, { ownerId: good.review.id, ...minutes });
    const goodVerdict = await throughSecretariat(good.selection.id, district, province, "NOT_PASSED");
    const input = {
      verdictId: goodVerdict,
      verdict: "NOT_PASSED" as const,
      decisionNumber: "50/QĐ-BCĐ",
      decisionDate: `${programme.year}-12-12`,
      version: 2,
    };
    await expect(issueVerdict(province, input)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { justification: expect.any(Array) },
    });
    expect((await db.communeVerdict.findUniqueOrThrow({ where: { id: goodVerdict } })).stage).toBe(
      "SECRETARIAT_PROPOSED",
    );
    const overridden = await issueVerdict(province, {
      ...input,
      justification: "Hội nghị đánh giá còn tụ điểm tiềm ẩn phức tạp.",
    });
    expect(overridden).toMatchObject({ recommendation: "PASSED", isOverride: true });
    const row = await db.communeVerdict.findUniqueOrThrow({ where: { id: goodVerdict } });
    expect(row).toMatchObject({
      stage: "ISSUED",
      isOverride: true,
      justification: "Hội nghị đánh giá còn tụ điểm tiềm ẩn phức tạp.",
    });
    expect(
      (
        await db.proposal.findUniqueOrThrow({
          where: { programmeId_communeId: { programmeId: next.id, communeId: good.commune.id } },
        })
      ).carryOverReasons,
    ).toContain("Ý kiến của Ban Chỉ đạo");

    // Amendment: a new audited decision; the old one is untouched; the carry-over is withdrawn.
    await expect(
      amendVerdict(province, {
        verdictId: goodVerdict,
        verdict: "PASSED",
        decisionNumber: "60/QĐ-BCĐ",
        decisionDate: `${programme.year}-12-20`,
        justification: "",
      }),
    ).rejects.toBeTruthy();
    const amended = await amendVerdict(province, {
      verdictId: goodVerdict,
      verdict: "PASSED",
      decisionNumber: "60/QĐ-BCĐ",
      decisionDate: `${programme.year}-12-20`,
      justification: "Bổ sung hồ sơ chứng minh.",
    });
    expect(await db.communeVerdict.findUniqueOrThrow({ where: { id: amended.id } })).toMatchObject({
      amendsId: goodVerdict,
      verdict: "PASSED",
      isOverride: false,
    });
    expect(await db.communeVerdict.findUniqueOrThrow({ where: { id: goodVerdict } })).toMatchObject({
      verdict: "NOT_PASSED",
      decisionNumber: "50/QĐ-BCĐ",
    });
    expect(
      (
        await db.proposal.findUniqueOrThrow({
          where: { programmeId_communeId: { programmeId: next.id, communeId: good.commune.id } },
        })
      ).status,
    ).toBe("WITHDRAWN");
    expect(await db.auditLog.count({ where: { action: "verdict.amend", entityId: amended.id } })).toBe(1);
    // Amending the replaced decision is a conflict.
    await expect(
      amendVerdict(province, {
        verdictId: goodVerdict,
        verdict: "PASSED",
        decisionNumber: "61/QĐ-BCĐ",
        decisionDate: `${programme.year}-12-21`,
        justification: "x",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("consequences are atomic: when the carry-over cannot be written the verdict is not issued either", async () => {
    const [district, province] = [await actorOf("lg.cauke"), await actorOf("lg.thuongtruc")];
    const programme = await freshProgramme("91");
    await createProgramme(programme.provinceId, programme.year + 1);
    const weak = await readyCommune(programme, WEAK_MONTH, district);
    await uploadReviewMinutes(district, { ownerId: weak.review.id, ...minutes });
    const verdictId = await throughSecretariat(weak.selection.id, district, province, "NOT_PASSED");
    const fn = `fail_carry_${weak.commune.id.replace(/-/g, "")}`;
    await ownerDb().$executeRawUnsafe(
      `CREATE FUNCTION ${fn}() RETURNS trigger AS $$ BEGIN IF NEW."communeId" = '${weak.commune.id}' THEN RAISE EXCEPTION 'blocked'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await ownerDb().$executeRawUnsafe(
      `CREATE TRIGGER ${fn} BEFORE INSERT OR UPDATE ON "Proposal" FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    try {
      await expect(
        issueVerdict(province, {
          verdictId,
          verdict: "NOT_PASSED",
          decisionNumber: "70/QĐ-BCĐ",
          decisionDate: `${programme.year}-12-12`,
          version: 2,
        }),
      ).rejects.toBeTruthy();
    } finally {
      await ownerDb().$executeRawUnsafe(`DROP TRIGGER ${fn} ON "Proposal"`);
      await ownerDb().$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }
    expect(await db.communeVerdict.findUniqueOrThrow({ where: { id: verdictId } })).toMatchObject({
      stage: "SECRETARIAT_PROPOSED",
      verdict: null,
    });
    expect(await db.auditLog.count({ where: { action: "verdict.issue", entityId: verdictId } })).toBe(0);
    // And it goes through once the obstacle is gone.
    await issueVerdict(province, {
      verdictId,
      verdict: "NOT_PASSED",
      decisionNumber: "70/QĐ-BCĐ",
      decisionDate: `${programme.year}-12-12`,
      version: 2,
    });
  });

  it("scope: other districts and provinces get not found; malformed ids too; the leader only reads", async () => {
    const [district, province] = [await actorOf("lg.cauke"), await actorOf("lg.thuongtruc")];
    const programme = await freshProgramme("91");
    const { selection, review } = await readyCommune(programme, GOOD_MONTH, district);
    await uploadReviewMinutes(district, { ownerId: review.id, ...minutes });
    const verdictId = await throughSecretariat(selection.id, district, province, "PASSED");
    const foreign = await actorOf("hc.thuongtruc");
    await expect(getVerdictPage(await actorOf("lg.tambinh"), selection.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getVerdictPage(foreign, selection.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      issueVerdict(foreign, {
        verdictId,
        verdict: "PASSED",
        decisionNumber: "1/QĐ",
        decisionDate: `${programme.year}-12-12`,
        version: 2,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      uploadReviewMinutes(await actorOf("lg.tambinh"), { ownerId: review.id, ...minutes }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      recordRelapse(foreign, { verdictId, date: `${programme.year}-12-20`, reason: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getVerdictPage(province, "00000000-0000-0000-0000-00000000000g")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const leader = await actorOf("lg.lanhdao");
    expect((await getVerdictPage(leader, selection.id)).pending?.id).toBe(verdictId);
    await expect(
      issueVerdict(leader, {
        verdictId,
        verdict: "PASSED",
        decisionNumber: "1/QĐ",
        decisionDate: `${programme.year}-12-12`,
        version: 2,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      (await getProgrammeKpis(foreign, programme.year)).year.passRate.denominator.some(
        (r) => r.communeId === selection.communeId,
      ),
    ).toBe(false);
  });

  it("configuration is province data: the counts behind 'crime decreased', the minimum reduction, and the criteria set", async () => {
    const [district, province] = [await actorOf("lg.cauke"), await actorOf("lg.thuongtruc")];
    const programme = await freshProgramme("91");
    const { selection } = await readyCommune(programme, GOOD_MONTH, district);
    // Crime halves (HS_VU 4 → 2 a month); a minimum reduction of 60% makes it "not basically decreased".
    expect((await getVerdictPage(province, selection.id)).assessment.crime).toMatchObject({
      reduced: true,
      source: "LAST_YEAR",
    });
    await expect(
      saveCrimeReductionConfig(district, { programmeId: programme.id, codes: ["HS_VU"], minPercent: 60, version: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveCrimeReductionConfig(await actorOf("hc.thuongtruc"), {
        programmeId: programme.id,
        codes: ["HS_VU"],
        minPercent: 60,
        version: 1,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await saveCrimeReductionConfig(province, {
      programmeId: programme.id,
      codes: ["HS_VU"],
      minPercent: 60,
      version: 1,
    });
    await expect(
      saveCrimeReductionConfig(province, { programmeId: programme.id, codes: ["HS_VU"], minPercent: 10, version: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const after = await getVerdictPage(province, selection.id);
    expect(after.assessment.crime).toMatchObject({ reduced: false, codes: ["HS_VU"] });
    expect(after.assessment.result.recommendation).toBe("NOT_PASSED");
    // A new general criterion not yet answered blocks the recommendation; deactivated, it no longer counts.
    const fresh = await freshProgramme("91");
    const other = await readyCommune(fresh, GOOD_MONTH, district);
    expect((await getVerdictPage(province, other.selection.id)).assessment.result.recommendation).toBe("PASSED");
    const added = await addVerdictCriterion(province, {
      provinceId: province.provinceId!,
      name: "An ninh nông thôn được giữ vững",
      hotspotType: null,
    });
    const blocked = (await getVerdictPage(province, other.selection.id)).assessment.result;
    expect(blocked.recommendation).toBe("NOT_PASSED");
    expect(blocked.reasons.find((r) => r.ref === added.code)?.code).toBe("CRITERION_NOT_ASSESSED");
    await setVerdictCriterionActive(province, { criterionId: added.id, isActive: false });
    expect((await getVerdictPage(province, other.selection.id)).assessment.result.recommendation).toBe("PASSED");
  });
});
