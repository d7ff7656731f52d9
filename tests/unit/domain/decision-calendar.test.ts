// Issue #13 case 7 (domain.md §2.1–2.3; seed 001: "Quyết định số 09/QĐ-BCĐ ngày 17/02/2023" approves the list under
// the year's plan, after the districts' proposals; each district proposes at least one commune: domain.md §2.1).
import { describe, expect, it } from "vitest";
import { checkDecisionDate, checkPlanDate, defaultPlanDate, earlyDecision } from "@/lib/domain/decision-calendar";
import { formatVnDate, vnDate } from "@/lib/domain/vn-date";

const at = (y: number, m: number, d: number, h = 9) => new Date(vnDate(y, m, d).getTime() + h * 3_600_000);
const NOV30 = at(2026, 11, 30);

describe("checkDecisionDate", () => {
  const plan = { planNumber: "45/KH-BCĐ", planDate: vnDate(2026, 12, 1), now: NOV30 };
  it("issue #13: decision 12/QĐ-BCĐ dated 30/11/2026 citing a plan dated 01/12/2026 is refused", () => {
    const r = checkDecisionDate({ ...plan, date: vnDate(2026, 11, 30) });
    expect(r?.code).toBe("DECISION_BEFORE_PLAN");
    expect(r?.message).toContain("Kế hoạch số 45/KH-BCĐ (01/12/2026)");
  });
  it("the same day as the plan is fine; a day after today is refused", () => {
    const ok = { planNumber: "45/KH-BCĐ", planDate: vnDate(2026, 11, 30), now: NOV30 };
    expect(checkDecisionDate({ ...ok, date: vnDate(2026, 11, 30) })).toBeNull();
    expect(checkDecisionDate({ ...ok, date: vnDate(2026, 12, 1) })?.code).toBe("DECISION_IN_FUTURE");
  });
  it("today late in the evening (Vietnam time) is still today", () => {
    expect(
      checkDecisionDate({
        planNumber: "x",
        planDate: vnDate(2026, 1, 10),
        date: vnDate(2026, 11, 30),
        now: at(2026, 11, 30, 23),
      }),
    ).toBeNull();
  });
  it("an amending decision cannot be dated before the decision it amends", () => {
    const r = checkDecisionDate({
      planNumber: "x",
      planDate: vnDate(2026, 1, 10),
      amendsDate: vnDate(2026, 2, 17),
      date: vnDate(2026, 2, 16),
      now: NOV30,
    });
    expect(r?.code).toBe("AMENDMENT_BEFORE_DECISION");
  });
});

describe("plan date", () => {
  it("a plan dated after today is refused; today is fine", () => {
    expect(checkPlanDate(vnDate(2026, 12, 1), NOV30)?.code).toBe("PLAN_IN_FUTURE");
    expect(checkPlanDate(vnDate(2026, 11, 30), NOV30)).toBeNull();
  });
  it("the form never pre-fills a day still ahead (30/11/2026 → not 01/12/2026)", () => {
    expect(formatVnDate(defaultPlanDate(vnDate(2026, 12, 1), NOV30))).toBe("30/11/2026");
    expect(formatVnDate(defaultPlanDate(vnDate(2026, 12, 1), at(2026, 12, 5)))).toBe("01/12/2026");
  });
});

describe("earlyDecision", () => {
  it("issue #13: 7 of 9 districts have not proposed → confirmation listing them", () => {
    const names = ["Huyện A", "Huyện B", "Huyện C", "Huyện D", "Huyện E", "Huyện F", "Huyện G"];
    const r = earlyDecision({ now: NOV30, proposalDeadline: vnDate(2026, 12, 31), withoutProposal: names });
    expect(r).toMatchObject({ needsConfirmation: true, beforeDeadline: true, withoutProposal: names });
    expect(r.message).toContain("31/12/2026");
    expect(r.message).toContain(
      "7 đơn vị chưa đề xuất: Huyện A, Huyện B, Huyện C, Huyện D, Huyện E, Huyện F, Huyện G.",
    );
  });
  it("on the deadline day it is still early; the day after, with every district proposed, no confirmation", () => {
    expect(
      earlyDecision({ now: at(2026, 12, 31, 22), proposalDeadline: vnDate(2026, 12, 31), withoutProposal: [] })
        .needsConfirmation,
    ).toBe(true);
    expect(
      earlyDecision({ now: at(2027, 1, 1, 0), proposalDeadline: vnDate(2026, 12, 31), withoutProposal: [] }),
    ).toMatchObject({ needsConfirmation: false, message: "" });
  });
  it("after the deadline, districts without proposal still need the confirmation", () => {
    const r = earlyDecision({
      now: at(2027, 2, 17),
      proposalDeadline: vnDate(2026, 12, 31),
      withoutProposal: ["Huyện Cầu Kè"],
    });
    expect(r).toMatchObject({ needsConfirmation: true, beforeDeadline: false });
    expect(r.message).not.toContain("Chưa hết hạn");
  });
});
