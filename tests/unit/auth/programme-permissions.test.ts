import { describe, expect, it } from "vitest";
import { can } from "@/lib/authz/permissions";

// Issue #3: who opens the year, proposes, decides, plans and updates tasks (domain.md §1 roles).
describe("programme permissions", () => {
  it("only the province secretariat opens the year and decides the list", () => {
    for (const role of ["ADMIN", "PROVINCE_LEADER", "DISTRICT_COMMITTEE", "COMMUNE_POLICE"] as const) {
      expect(can(role, "programme.manage")).toBe(false);
      expect(can(role, "proposal.decide")).toBe(false);
    }
    expect(can("PROVINCE_SECRETARIAT", "programme.manage")).toBe(true);
    expect(can("PROVINCE_SECRETARIAT", "proposal.decide")).toBe(true);
  });
  it("district committees (and the secretariat directly) propose; leaders only read", () => {
    expect(can("DISTRICT_COMMITTEE", "proposal.create")).toBe(true);
    expect(can("PROVINCE_SECRETARIAT", "proposal.create")).toBe(true);
    expect(can("COMMUNE_POLICE", "proposal.create")).toBe(false);
    expect(can("PROVINCE_LEADER", "programme.view")).toBe(true);
    expect(["proposal.create", "plan.manage", "plan.update-task"].some((p) => can("PROVINCE_LEADER", p as never))).toBe(
      false,
    );
  });
  it("district and commune update task status; only district and secretariat build plans", () => {
    expect(can("COMMUNE_POLICE", "plan.update-task")).toBe(true);
    expect(can("DISTRICT_COMMITTEE", "plan.update-task")).toBe(true);
    expect(can("COMMUNE_POLICE", "plan.manage")).toBe(false);
    expect(can("DISTRICT_COMMITTEE", "plan.manage")).toBe(true);
  });
});
