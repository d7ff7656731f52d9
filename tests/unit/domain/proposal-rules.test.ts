import { describe, it, expect } from "vitest";
import {
  carryOverCommuneIds,
  districtsWithoutProposal,
  isProposalEditable,
  proposalEligibility,
} from "../../../lib/domain/proposal-rules";

const base = {
  lastYearVerdict: null,
  relapseRecordedAfterPass: false,
  newRuralRecognizedLastYear: false,
  alreadyProposedOrSelectedThisYear: false,
} as const;

describe('carryOverCommuneIds — seed 001 / domain.md §2.2: "chưa đạt" continues next year', () => {
  it("keeps NOT_PASSED only, distinct, in order; pending verdicts are not carried", () => {
    expect(
      carryOverCommuneIds([
        { communeId: "a", verdict: "NOT_PASSED" },
        { communeId: "b", verdict: "PASSED" },
        { communeId: "c", verdict: null },
        { communeId: "d", verdict: "NOT_PASSED" },
        { communeId: "a", verdict: "NOT_PASSED" },
      ]),
    ).toEqual(["a", "d"]);
  });
  it("empty list → empty", () => {
    expect(carryOverCommuneIds([])).toEqual([]);
  });
});

describe("proposalEligibility — domain.md §2.1–2.2, seed 001, seed 002", () => {
  it("a commune with no history is allowed without messages", () => {
    expect(proposalEligibility(base)).toEqual({ allowed: true, errors: [], warnings: [] });
  });
  it('passed last year without a relapse record is refused (seed 002: "đưa ra khỏi diện")', () => {
    const r = proposalEligibility({ ...base, lastYearVerdict: "PASSED" });
    expect(r.allowed).toBe(false);
    expect(r.errors.map((e) => e.code)).toEqual(["PASSED_LAST_YEAR"]);
    expect(r.errors[0]?.message).toContain("tái phức tạp");
  });
  it("passed last year with a relapse recorded is allowed", () => {
    expect(proposalEligibility({ ...base, lastYearVerdict: "PASSED", relapseRecordedAfterPass: true }).allowed).toBe(
      true,
    );
  });
  it("new-rural recognition last year is a warning only", () => {
    const r = proposalEligibility({ ...base, newRuralRecognizedLastYear: true });
    expect(r.allowed).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(["NEW_RURAL_LAST_YEAR"]);
    expect(r.warnings[0]?.message).toContain("nông thôn mới");
  });
  it("duplicate proposal is an error", () => {
    const r = proposalEligibility({ ...base, alreadyProposedOrSelectedThisYear: true });
    expect(r.allowed).toBe(false);
    expect(r.errors[0]?.code).toBe("DUPLICATE_PROPOSAL");
  });
  it("failed last year: warning that it carries over automatically; no warning when already on the list", () => {
    expect(proposalEligibility({ ...base, lastYearVerdict: "NOT_PASSED" }).warnings[0]?.code).toBe(
      "CARRY_OVER_EXPECTED",
    );
    const dup = proposalEligibility({
      ...base,
      lastYearVerdict: "NOT_PASSED",
      alreadyProposedOrSelectedThisYear: true,
    });
    expect(dup.warnings).toEqual([]);
    expect(dup.errors.map((e) => e.code)).toEqual(["DUPLICATE_PROPOSAL"]);
  });
  it("reports every problem at once", () => {
    const r = proposalEligibility({
      ...base,
      lastYearVerdict: "PASSED",
      newRuralRecognizedLastYear: true,
      alreadyProposedOrSelectedThisYear: true,
    });
    expect(r.errors.map((e) => e.code)).toEqual(["DUPLICATE_PROPOSAL", "PASSED_LAST_YEAR"]);
    expect(r.warnings.map((w) => w.code)).toEqual(["NEW_RURAL_LAST_YEAR"]);
  });
});

describe("districtsWithoutProposal — each district proposes ≥ 1 commune a year (domain.md §2.1, warning)", () => {
  it("lists districts with no proposal, by id or with name", () => {
    const w = districtsWithoutProposal(
      ["d1", { id: "d2", name: "Huyện Châu Thành" }, "d3"],
      [{ districtId: "d1" }, { districtId: "d1" }],
    );
    expect(w.map((x) => x.districtId)).toEqual(["d2", "d3"]);
    expect(w[0]?.code).toBe("DISTRICT_NO_PROPOSAL");
    expect(w[0]?.message).toContain("Huyện Châu Thành chưa đề xuất");
  });
  it("no districts → no warnings; all proposing → no warnings; duplicates reported once", () => {
    expect(districtsWithoutProposal([], [])).toEqual([]);
    expect(districtsWithoutProposal(["d1"], [{ districtId: "d1" }])).toEqual([]);
    expect(districtsWithoutProposal(["d1", "d1"], [])).toHaveLength(1);
  });
});

describe("isProposalEditable (issue #13 case 10: carry-over and province-added figures can be entered)", () => {
  const base = { inDecision: false, actorLevel: "PROVINCE" as const };
  it("a district proposal: only while a draft", () => {
    expect(isProposalEditable({ ...base, source: "DISTRICT", status: "DRAFT", actorLevel: "DISTRICT" })).toBe(true);
    expect(isProposalEditable({ ...base, source: "DISTRICT", status: "SUBMITTED" })).toBe(false);
    expect(isProposalEditable({ ...base, source: "DISTRICT", status: "APPROVED" })).toBe(false);
  });
  it("carry-over and province-added rows: by the province, approved, until a decision lists them", () => {
    for (const source of ["CARRY_OVER", "PROVINCE"] as const) {
      expect(isProposalEditable({ ...base, source, status: "APPROVED" })).toBe(true);
      expect(isProposalEditable({ ...base, source, status: "APPROVED", inDecision: true })).toBe(false);
      expect(isProposalEditable({ ...base, source, status: "APPROVED", actorLevel: "DISTRICT" })).toBe(false);
      expect(isProposalEditable({ ...base, source, status: "REJECTED" })).toBe(false);
    }
  });
});
