// Issue #13 case 1, "every other place a typed number is read": the action schemas of the programme (cap, pass
// threshold), awards (quotas, leader share), indicator targets, proposal figures and the crime-reduction minimum
// all read strings with lib/domain/vi-number.ts and check JSON numbers the same way (domain.md §9: 1.234,5).
import { describe, expect, it } from "vitest";
import { SaveRoundSchema } from "@/lib/contracts/awards/save-round";
import { EditIndicatorSchema } from "@/lib/contracts/monthly/edit-indicator";
import { UpdateProposalSchema } from "@/lib/contracts/programme/update-proposal";
import { SaveCrimeConfigSchema } from "@/lib/contracts/verdicts/save-crime-config";
import { viCountField, viNumberField, viOptionalNumberField } from "@/lib/contracts/vi-number";

const ID = "0190a0a0-0000-7000-8000-000000000001";
const issue = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error!.issues[0]!.message;

describe("viNumberField / viCountField", () => {
  it("reads vi-VN strings and checks numbers", () => {
    const pct = viNumberField({ label: "Tỷ lệ", max: 100 });
    expect(pct.parse("12,5")).toBe(12.5);
    expect(pct.parse(" 15 ")).toBe(15);
    expect(pct.parse(12.5)).toBe(12.5);
    expect(issue(pct.safeParse("1.5"))).toContain("“Tỷ lệ”");
    expect(issue(pct.safeParse(""))).toBe("Vui lòng nhập “Tỷ lệ”.");
    const count = viCountField("Số tập thể", 100);
    expect(count.parse("3")).toBe(3);
    for (const bad of ["2.5", "1,5", 2.5, -1])
      expect(issue(count.safeParse(bad))).toMatch(/^“Số tập thể” phải là số nguyên không âm/);
    expect(issue(count.safeParse("101"))).toContain("phải từ 0 đến 100");
    const opt = viOptionalNumberField({ label: "Mục tiêu" });
    expect(opt.parse("")).toBeNull();
    expect(opt.parse(null)).toBeNull();
    expect(opt.parse("1.234,5")).toBe(1234.5);
  });
});

describe("the action schemas that read typed numbers", () => {
  it("award round: quotas and leader share are whole numbers; “2.5” refused, “3” read", () => {
    const base = { provinceId: ID, year: 2026, priorityNotes: "" };
    expect(
      SaveRoundSchema.parse({ ...base, collectiveQuota: "3", individualQuota: "6", leaderMaxPercent: "40" }),
    ).toMatchObject({ collectiveQuota: 3, individualQuota: 6, leaderMaxPercent: 40 });
    expect(
      issue(SaveRoundSchema.safeParse({ ...base, collectiveQuota: "2.5", individualQuota: 6, leaderMaxPercent: 40 })),
    ).toMatch(/^“Số tập thể được khen” phải là số nguyên không âm/);
  });
  it("indicator target: “1.234,5” = 1234,5; “1.5” refused; empty = none", () => {
    const base = {
      indicatorId: ID,
      fromPeriod: 202612,
      name: "Chỉ tiêu",
      unitLabel: "vụ",
      isRequired: false,
      lowerIsBetter: false,
    };
    expect(EditIndicatorSchema.parse({ ...base, targetValue: "1.234,5" }).targetValue).toBe(1234.5);
    expect(EditIndicatorSchema.parse({ ...base, targetValue: "" }).targetValue).toBeNull();
    expect(issue(EditIndicatorSchema.safeParse({ ...base, targetValue: "1.5" }))).toContain("“Mục tiêu”");
  });
  it("proposal figures: counts; “1.234” = 1234, “12.5” refused", () => {
    const base = { proposalId: ID, version: 1, hotspotTypes: ["TYPE_1"], justification: "x", otherItems: {} };
    expect(UpdateProposalSchema.parse({ ...base, figures: { HS_VU: "1.234", MT_VU: null, KT_VU: 4 } }).figures).toEqual(
      { HS_VU: 1234, MT_VU: null, KT_VU: 4 },
    );
    expect(issue(UpdateProposalSchema.safeParse({ ...base, figures: { HS_VU: "12.5" } }))).toMatch(
      /phải là số nguyên không âm/,
    );
  });
  it("crime-reduction minimum: “2,5” = 2,5 %; “2.5” refused", () => {
    const base = { programmeId: ID, codes: ["HS_VU"], version: 1 };
    expect(SaveCrimeConfigSchema.parse({ ...base, minPercent: "2,5" }).minPercent).toBe(2.5);
    expect(issue(SaveCrimeConfigSchema.safeParse({ ...base, minPercent: "2.5" }))).toContain("không phải số hợp lệ");
  });
});
