import { describe, expect, it } from "vitest";
import {
  checkDecision,
  checkMinistryDecision,
  completeness,
  maySubmit,
  ministryDeadlineRefusal,
  ministryReportDeadline,
  timeliness,
} from "@/lib/domain/yearly-report";
import { vnDate } from "@/lib/domain/vn-date";

// Issue #18 §3. Seed 002 mục V.2: agencies and districts report "trước ngày 20/11" (last day 19/11);
// domain.md §8 (last paragraph): a decision is undone only by its level or a higher one, with a reason.
const deadline = vnDate(2026, 11, 19);

describe("yearly report timeliness (seed 002 mục V.2)", () => {
  it("19/11 until 23:59 Vietnam time is on time; 20/11 00:00 is late; none is missing", () => {
    expect(timeliness(new Date("2026-11-19T23:59:00+07:00"), deadline)).toBe("ON_TIME");
    expect(timeliness(new Date("2026-11-01T08:00:00+07:00"), deadline)).toBe("ON_TIME");
    expect(timeliness(new Date("2026-11-20T00:00:00+07:00"), deadline)).toBe("LATE");
    expect(timeliness(new Date("2026-11-19T17:30:00Z"), deadline)).toBe("LATE"); // 20/11 00:30 in Vietnam
    expect(timeliness(null, deadline)).toBe("MISSING");
  });

  it("counts completeness like the monthly figures", () => {
    expect(completeness([{ timeliness: "ON_TIME" }, { timeliness: "LATE" }, { timeliness: "MISSING" }])).toEqual({
      expected: 3,
      submitted: 2,
      onTime: 1,
      late: 1,
    });
  });
});

describe("yearly report workflow", () => {
  it("a reporter sends when there is no report yet or it was returned", () => {
    expect(maySubmit(null)).toBe(true);
    expect(maySubmit("RETURNED")).toBe(true);
    expect(maySubmit("SUBMITTED")).toBe(false);
    expect(maySubmit("ACCEPTED")).toBe(false);
  });

  it("accepts only a submitted report; a return needs a reason", () => {
    const base = { decidedLevel: null, actorLevel: "PROVINCE" as const, reason: null };
    expect(checkDecision({ ...base, status: "SUBMITTED", decision: "ACCEPT" }).ok).toBe(true);
    expect(checkDecision({ ...base, status: "ACCEPTED", decision: "ACCEPT" })).toMatchObject({
      ok: false,
      code: "NOT_SUBMITTED",
    });
    expect(checkDecision({ ...base, status: "SUBMITTED", decision: "RETURN" })).toMatchObject({
      ok: false,
      code: "REASON_REQUIRED",
    });
    expect(checkDecision({ ...base, status: "SUBMITTED", decision: "RETURN", reason: "  " })).toMatchObject({
      ok: false,
      code: "REASON_REQUIRED",
    });
    expect(checkDecision({ ...base, status: "RETURNED", decision: "RETURN", reason: "x" })).toMatchObject({
      ok: false,
    });
  });

  it("returning an accepted report (undo) is for the accepting level or higher (domain.md §8)", () => {
    const r = { status: "ACCEPTED" as const, decision: "RETURN" as const, reason: "Thiếu số liệu" };
    expect(checkDecision({ ...r, decidedLevel: "PROVINCE", actorLevel: "PROVINCE" }).ok).toBe(true);
    expect(checkDecision({ ...r, decidedLevel: "PROVINCE", actorLevel: "NATION" }).ok).toBe(true);
    expect(checkDecision({ ...r, decidedLevel: "PROVINCE", actorLevel: "DISTRICT" })).toMatchObject({
      ok: false,
      code: "DECIDED_BY_HIGHER_LEVEL",
    });
  });
});

describe("the province's report to the ministry (issue #18 §5)", () => {
  it("is due by 19/12 (assumed: the seeds give no date) and judged like the others", () => {
    const due = ministryReportDeadline(2026);
    expect(timeliness(new Date("2026-12-19T22:00:00+07:00"), due)).toBe("ON_TIME");
    expect(timeliness(new Date("2026-12-20T07:00:00+07:00"), due)).toBe("LATE");
  });

  it("a recorded deadline falls between 20/11 of the year (seed 002 mục V.2) and the end of the next year", () => {
    expect(ministryDeadlineRefusal(2026, vnDate(2026, 11, 19))).toMatch(/20\/11\/2026/);
    expect(ministryDeadlineRefusal(2026, vnDate(2026, 11, 20))).toBeNull();
    expect(ministryDeadlineRefusal(2026, vnDate(2027, 1, 15))).toBeNull();
    expect(ministryDeadlineRefusal(2026, vnDate(2028, 1, 1))).toMatch(/31\/12\/2027/);
  });

  it("the ministry receives or returns (with a reason) a submitted report only", () => {
    expect(checkMinistryDecision("SUBMITTED", "RECEIVE", null).ok).toBe(true);
    expect(checkMinistryDecision("SUBMITTED", "RETURN", "")).toMatchObject({ ok: false, code: "REASON_REQUIRED" });
    expect(checkMinistryDecision("RECEIVED", "RETURN", "x")).toMatchObject({ ok: false, code: "NOT_SUBMITTED" });
    expect(checkMinistryDecision("RETURNED", "RECEIVE", null)).toMatchObject({ ok: false, code: "NOT_SUBMITTED" });
  });
});
