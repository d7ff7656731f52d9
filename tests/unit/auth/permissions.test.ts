import { describe, expect, it } from "vitest";
import { assignableRoles, can, PERMISSION_MATRIX, PERMISSIONS, ROLE_UNIT_LEVELS } from "@/lib/authz/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// Issue #2 §2–3: one permission matrix; unknown roles and permissions are denied.
describe("permission matrix", () => {
  it("only lists known permissions", () => {
    for (const perms of Object.values(PERMISSION_MATRIX)) for (const p of perms) expect(PERMISSIONS).toContain(p);
  });

  it("fails closed for an unknown role or permission", () => {
    expect(can("SOMEONE" as Role, "unit.view")).toBe(false);
    expect(can("ADMIN", "no.such" as never)).toBe(false);
  });

  it("leaders only read; commune police cannot manage users", () => {
    expect(can("PROVINCE_LEADER", "dashboard.view")).toBe(true);
    expect(can("PROVINCE_LEADER", "user.manage")).toBe(false);
    expect(can("COMMUNE_POLICE", "user.manage")).toBe(false);
  });

  it("a secretariat cannot create system administrators", () => {
    expect(assignableRoles("PROVINCE_SECRETARIAT")).not.toContain("ADMIN");
    expect(assignableRoles("DISTRICT_COMMITTEE")).toEqual([]);
  });

  it("a committee may sit at a commune only for 2-level provinces' commune committees; police only at communes", () => {
    expect(ROLE_UNIT_LEVELS.DISTRICT_COMMITTEE).toEqual(["DISTRICT", "COMMUNE"]);
    expect(ROLE_UNIT_LEVELS.COMMUNE_POLICE).toEqual(["COMMUNE"]);
  });
});
