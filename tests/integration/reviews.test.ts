import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeScorecard } from "@/lib/server/scorecard/compute-scorecard";
import { reviewPeriod } from "@/lib/server/scorecard/periods";
import { decideReview } from "@/lib/server/reviews/decide-review";
import { getInterimReview } from "@/lib/server/reviews/get-interim-review";
import { listInterimReviews } from "@/lib/server/reviews/list-interim-reviews";
import { saveInterimReview } from "@/lib/server/reviews/save-interim-review";
import { actorOf } from "../support/actors";
import {
  GOOD_MONTH,
  WEAK_MONTH,
  addMonth,
  fillYear,
  freshCommune,
  freshProgramme,
  selectCommune,
} from "../support/review-fixtures";

const narrative = { results: "Kết quả tốt.", shortcomings: "Còn hạn chế.", nextMeasures: "Tiếp tục tuyên truyền." };

describe("scorecard (issue #5; domain.md §5; indicator-math.ts)", () => {
  it("computes every result indicator from ACCEPTED months only: ratios from sums, LAST for stocks, reduction vs the same months last year, baseline from the proposal", async () => {
    const programme = await freshProgramme("91");
    const commune = await freshCommune("91", "903", programme);
    const selection = await selectCommune(programme.id, commune.id, ["TYPE_1"], { HS_VU: 30, KQ_AN_KHAM_PHA: 15 });
    await fillYear(commune.id, programme.year, GOOD_MONTH, 11);
    // December only submitted, with figures that would break every target: it must be ignored.
    await addMonth(
      commune.id,
      programme.year,
      12,
      { ...GOOD_MONTH, KQ_AN_KHAM_PHA: 0, HS_VU: 50, KQ_XHD: true },
      "SUBMITTED",
    );
    const card = await computeScorecard(db, selection.id, { kind: "YEAR", year: programme.year });
    const row = (code: string) => card.rows.find((r) => r.code === code)!;
    expect(card.acceptedMonths).toHaveLength(11);
    expect(card.rows.map((r) => r.code).sort()).toEqual([
      "KQ_GIAM_TTXH",
      "KQ_MO_HINH",
      "KQ_TL_DTKP",
      "KQ_TL_RNT",
      "KQ_TL_TAI_PHAM",
      "KQ_TL_TGTB",
      "KQ_TL_TUYEN_TRUYEN",
      "KQ_XHD",
    ]);
    expect(row("KQ_TL_DTKP")).toMatchObject({ value: 100, achieved: true, detail: "22/22", baseline: 50 });
    // Stocks: 2 re-offenders of 20 (LAST), not 22/220 summed; same figure either way here, the label shows LAST values.
    expect(row("KQ_TL_TAI_PHAM")).toMatchObject({ value: 10, achieved: true, detail: "2/20" });
    expect(row("KQ_MO_HINH")).toMatchObject({ value: 2, achieved: true });
    expect(row("KQ_XHD")).toMatchObject({ value: 0, achieved: true, valueLabel: "Không" });
    // 22 cases vs 44 in the same 11 months last year: −50% (target ≥ 5%); baseline = proposal HS_VU.
    expect(row("KQ_GIAM_TTXH")).toMatchObject({ value: 50, achieved: true, baseline: 30 });
    expect(card).toMatchObject({ achievedCount: 8, totalCount: 8, achievedShare: 100 });
  });

  it("missing data is null (not achieved), a zero denominator is 'không phát sinh' and is not counted", async () => {
    const programme = await freshProgramme("91");
    const commune = await freshCommune("91", "903", programme);
    const selection = await selectCommune(programme.id, commune.id);
    await addMonth(commune.id, programme.year, 3, { HS_VU: 0, KQ_AN_KHAM_PHA: 0, KQ_MO_HINH: 1 });
    const card = await computeScorecard(db, selection.id, { kind: "YEAR", year: programme.year });
    const row = (code: string) => card.rows.find((r) => r.code === code)!;
    expect(row("KQ_TL_DTKP")).toMatchObject({ applicable: false, achieved: null, detail: "Không phát sinh trong kỳ" });
    expect(row("KQ_TL_TUYEN_TRUYEN")).toMatchObject({ value: null, achieved: null, applicable: true });
    expect(row("KQ_GIAM_TTXH")).toMatchObject({ value: null, achieved: null });
    expect(card.totalCount).toBe(7);
    expect(card.achievedCount).toBe(1);
  });
});

describe("interim review (issue #5 'Interim review')", () => {
  it("district narrates and submits (scorecard frozen, off-track flagged); the province returns with a reason, then accepts; audited", async () => {
    const programme = await freshProgramme("91");
    const commune = await freshCommune("91", "903", programme);
    const selection = await selectCommune(programme.id, commune.id);
    for (let m = 3; m <= 8; m++) await addMonth(commune.id, programme.year, m, WEAK_MONTH);
    const district = await actorOf("lg.cauke");
    const province = await actorOf("lg.thuongtruc");

    const page = await getInterimReview(district, selection.id);
    expect(page.scorecard.period).toEqual(reviewPeriod(programme, "INTERIM"));
    expect(page.offTrack).toBe(true);

    await expect(
      saveInterimReview(district, {
        selectionId: selection.id,
        ...narrative,
        shortcomings: "",
        version: 0,
        submit: true,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const draft = await saveInterimReview(district, { selectionId: selection.id, ...narrative, version: 0 });
    expect(draft.status).toBe("DRAFT");
    // A stale version (double submit from an old page) is a conflict, not a second review.
    await expect(
      saveInterimReview(district, { selectionId: selection.id, ...narrative, version: 0 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const sent = await saveInterimReview(district, {
      selectionId: selection.id,
      ...narrative,
      version: draft.version,
      submit: true,
    });
    expect(sent).toMatchObject({ status: "SUBMITTED", offTrack: true });
    const stored = await db.communeReview.findUniqueOrThrow({ where: { id: sent.id } });
    // Clearance 50% and households 80% fail; no figures last year → the reduction is missing: 5/8.
    expect(stored.scorecard).toMatchObject({ achievedCount: 5, totalCount: 8 });
    await expect(
      saveInterimReview(district, { selectionId: selection.id, ...narrative, version: sent.version }),
    ).rejects.toMatchObject({ code: "VALIDATION" });

    const list = await listInterimReviews(province, programme.year);
    expect(list.find((r) => r.selection.id === selection.id)).toMatchObject({
      offTrack: true,
      review: { status: "SUBMITTED" },
    });

    await expect(
      decideReview(province, { reviewId: sent.id, decision: "RETURN", reason: "", version: sent.version }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const returned = await decideReview(province, {
      reviewId: sent.id,
      decision: "RETURN",
      reason: "Bổ sung giải pháp cụ thể.",
      version: sent.version,
    });
    expect(returned.status).toBe("RETURNED");
    const again = await saveInterimReview(district, {
      selectionId: selection.id,
      ...narrative,
      nextMeasures: "Giải pháp cụ thể.",
      version: sent.version + 1,
      submit: true,
    });
    const accepted = await decideReview(province, { reviewId: again.id, decision: "ACCEPT", version: again.version });
    expect(accepted.status).toBe("ACCEPTED");
    const audit = await db.auditLog.findMany({ where: { entityId: sent.id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["review.save", "review.submit", "review.return", "review.accept"]),
    );
  });

  it("scope: another district, another province and a malformed id answer not found; a commune police user may not submit", async () => {
    const programme = await freshProgramme("91");
    const commune = await freshCommune("91", "903", programme);
    const selection = await selectCommune(programme.id, commune.id);
    const input = { selectionId: selection.id, ...narrative, version: 0 };
    await expect(saveInterimReview(await actorOf("lg.tambinh"), input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveInterimReview(await actorOf("hc.thuongtruc"), input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getInterimReview(await actorOf("lg.cauke"), "not-a-uuid")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(saveInterimReview(await actorOf("lg.xa"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const draft = await saveInterimReview(await actorOf("lg.cauke"), input);
    await expect(
      decideReview(await actorOf("lg.cauke"), { reviewId: draft.id, decision: "ACCEPT", version: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      decideReview(await actorOf("hc.thuongtruc"), { reviewId: draft.id, decision: "ACCEPT", version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Accepting a draft is not a valid transition.
    await expect(
      decideReview(await actorOf("lg.thuongtruc"), { reviewId: draft.id, decision: "ACCEPT", version: 1 }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
