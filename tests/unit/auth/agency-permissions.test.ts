import { describe, expect, it } from "vitest";
import { assignableRoles, can, PERMISSION_MATRIX, ROLE_UNIT_LEVELS, unitRoles } from "@/lib/authz/permissions";

// Issue #18 §1: a member agency's account ("Thành viên Ban Chỉ đạo") sees its own tasks, updates them and the
// province's dashboards, and nothing else of the programme; the secretariat keeps the agencies and their accounts.
describe("member agency role", () => {
  it("holds only its task list, task updates, its yearly report and the dashboards", () => {
    expect([...PERMISSION_MATRIX.AGENCY_MEMBER].sort()).toEqual([
      "agency-task.view",
      "dashboard.view",
      "plan.update-task",
      "yearly-report.submit",
    ]);
    for (const p of ["programme.view", "monthly.view", "unit.view", "user.manage", "api.token", "plan.manage"] as const)
      expect(can("AGENCY_MEMBER", p)).toBe(false);
  });

  it("sits at its province; only the secretariat (and the administrator) manage agencies and their accounts", () => {
    expect(ROLE_UNIT_LEVELS.AGENCY_MEMBER).toEqual(["PROVINCE"]);
    expect(can("PROVINCE_SECRETARIAT", "agency.manage")).toBe(true);
    expect(can("PROVINCE_LEADER", "agency.manage")).toBe(false);
    expect(assignableRoles("PROVINCE_SECRETARIAT")).toContain("AGENCY_MEMBER");
  });

  it("is not offered by the generic user form, which has no agency to give", () => {
    expect(unitRoles("PROVINCE_SECRETARIAT")).not.toContain("AGENCY_MEMBER");
    expect(unitRoles("ADMIN")).not.toContain("AGENCY_MEMBER");
  });
});
