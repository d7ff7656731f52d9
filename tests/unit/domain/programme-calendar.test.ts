import { describe, it, expect } from "vitest";
import {
  defaultProgrammeDates,
  defaultProgrammePhases,
  periodEnd,
  phaseStatus,
  type ProgrammePhase,
} from "../../../lib/domain/programme-calendar";
import { formatVnDate, vnDate } from "../../../lib/domain/vn-date";

const fmt = (d: Date): string => formatVnDate(d);

describe("defaultProgrammeDates — Trà Vinh 2023 (seed 001) and Đắk Lắk (seed 002)", () => {
  const d = defaultProgrammeDates(2023);
  it("list approved 17/02 (QĐ 09/QĐ-BCĐ ngày 17/02/2023), plan done 28/02 (seed 001 giai đoạn 1)", () => {
    expect(fmt(d.listApprovalDate)).toBe("17/02/2023");
    expect(fmt(d.planDeadline)).toBe("28/02/2023");
  });
  it("focus period 6 months from 01/03 → last day 31/08 (seed 001 giai đoạn 2)", () => {
    expect(fmt(d.focusStart)).toBe("01/03/2023");
    expect(fmt(d.focusEnd)).toBe("31/08/2023");
  });
  it("peak about 3 months inside the focus period: 01/03–31/05 (seed 001)", () => {
    expect(fmt(d.peakStart)).toBe("01/03/2023");
    expect(fmt(d.peakEnd)).toBe("31/05/2023");
    expect(d.peakEnd.getTime()).toBeLessThanOrEqual(d.focusEnd.getTime());
  });
  it('interim review after the focus period (seed 000 "6 tháng sơ kết")', () => {
    expect(fmt(d.interimReviewDate)).toBe("15/09/2023");
  });
  it("district review mid-November; province report before 20/11 (seed 002) → 19/11", () => {
    expect(fmt(d.districtReviewDeadline)).toBe("15/11/2023");
    expect(fmt(d.provinceReportDeadline)).toBe("19/11/2023");
  });
  it("verdict before 15/12 → 14/12 (seed 001 giai đoạn 3)", () => {
    expect(fmt(d.verdictDeadline)).toBe("14/12/2023");
  });
  it("proposal for the year in December of the previous year; next year in December (seed 001)", () => {
    expect(fmt(d.proposalStart)).toBe("01/12/2022");
    expect(fmt(d.proposalDeadline)).toBe("31/12/2022");
    expect(fmt(d.nextYearProposalStart)).toBe("01/12/2023");
    expect(fmt(d.nextYearProposalDeadline)).toBe("31/12/2023");
  });
  it("every date is 00:00 Vietnam time", () => {
    expect(d.listApprovalDate.toISOString()).toBe("2023-02-16T17:00:00.000Z");
  });
  it("configurable focus/peak lengths; invalid ones rejected", () => {
    expect(fmt(defaultProgrammeDates(2024, { peakMonths: 2 }).peakEnd)).toBe("30/04/2024");
    expect(() => defaultProgrammeDates(2024, { peakMonths: 7 })).toThrow(RangeError);
    expect(() => defaultProgrammeDates(2024.5)).toThrow(RangeError);
  });
  it("periodEnd handles a September-to-September cycle (domain.md §2.4 varies)", () => {
    expect(fmt(periodEnd(vnDate(2024, 9, 1), 12))).toBe("31/08/2025");
  });
});

describe("defaultProgrammePhases — label and responsible role per phase (domain.md §1–2)", () => {
  const phases = defaultProgrammePhases(2024);
  it("has the ten phases in cycle order", () => {
    expect(phases.map((p) => p.key)).toEqual([
      "PROPOSAL",
      "LIST_APPROVAL",
      "PLAN",
      "FOCUS",
      "PEAK",
      "INTERIM_REVIEW",
      "DISTRICT_YEAR_END_REVIEW",
      "PROVINCE_REPORT",
      "VERDICT",
      "NEXT_YEAR_PROPOSAL",
    ]);
  });
  it("approval by the province approver, verdict prepared by the secretariat, proposals by districts", () => {
    const role = (k: string): string | undefined => phases.find((p) => p.key === k)?.responsibleRole;
    expect(role("LIST_APPROVAL")).toBe("PROVINCE_APPROVER");
    expect(role("VERDICT")).toBe("PROVINCE_SECRETARIAT");
    expect(role("PROPOSAL")).toBe("DISTRICT_COMMITTEE");
    expect(role("PEAK")).toBe("COMMUNE_POLICE");
  });
  it("Vietnamese labels name the years", () => {
    expect(phases[0]?.label).toBe("Rà soát, đề xuất địa bàn chuyển hóa năm 2024");
    expect(phases[9]?.label).toBe("Đề xuất danh sách địa bàn chuyển hóa năm 2025");
  });
  it("every phase starts on or before its due date", () => {
    for (const p of phases) expect(p.startDate.getTime()).toBeLessThanOrEqual(p.dueDate.getTime());
  });
});

describe("phaseStatus — UPCOMING / OPEN / DUE_SOON (≤ 3 days) / LATE / DONE, Vietnam days", () => {
  const phase: ProgrammePhase = {
    key: "PLAN",
    label: "Xây dựng kế hoạch",
    responsibleRole: "DISTRICT_COMMITTEE",
    startDate: vnDate(2023, 2, 17),
    dueDate: vnDate(2023, 2, 28),
  };
  const at = (iso: string): string | undefined => phaseStatus([phase], new Date(iso))[0]?.status;

  it("before the start day → UPCOMING (16/02 23:59 VN)", () => {
    expect(at("2023-02-16T23:59:59+07:00")).toBe("UPCOMING");
  });
  it("from the start day → OPEN (17/02 00:00 VN = 16/02 17:00 UTC)", () => {
    expect(at("2023-02-16T17:00:00Z")).toBe("OPEN");
  });
  it("4 days before due → OPEN, 3 days before → DUE_SOON", () => {
    expect(at("2023-02-24T12:00:00+07:00")).toBe("OPEN");
    expect(at("2023-02-25T00:00:00+07:00")).toBe("DUE_SOON");
  });
  it("on the due day until 23:59 VN → DUE_SOON with 0 days remaining", () => {
    const r = phaseStatus([phase], new Date("2023-02-28T23:59:59+07:00"))[0];
    expect(r?.status).toBe("DUE_SOON");
    expect(r?.daysRemaining).toBe(0);
  });
  it("the day after due (01/03 00:00 VN) → LATE, daysRemaining −1", () => {
    const r = phaseStatus([phase], new Date("2023-02-28T17:00:00Z"))[0];
    expect(r?.status).toBe("LATE");
    expect(r?.daysRemaining).toBe(-1);
  });
  it("completed → DONE whatever the date; empty list → empty", () => {
    expect(phaseStatus([{ ...phase, completed: true }], vnDate(2023, 6, 1))[0]?.status).toBe("DONE");
    expect(phaseStatus([{ ...phase, completed: true }], vnDate(2023, 1, 1))[0]?.status).toBe("DONE");
    expect(phaseStatus([], vnDate(2023, 1, 1))).toEqual([]);
  });
  it("result carries the phase without the completed flag", () => {
    const r = phaseStatus([{ ...phase, completed: false }], vnDate(2023, 2, 20))[0];
    expect(r).not.toHaveProperty("completed");
    expect(r?.label).toBe("Xây dựng kế hoạch");
  });
});
