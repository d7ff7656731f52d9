import { describe, expect, it } from "vitest";
import {
  assignableRoles,
  can,
  PERMISSION_LIST,
  PERMISSION_MATRIX,
  PERMISSIONS,
  ROLE_UNIT_LEVELS,
} from "@/lib/authz/permissions";
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

  it("lists each permission once, with a description, and derives the matrix from the list", () => {
    expect(new Set(PERMISSIONS).size).toBe(PERMISSION_LIST.length);
    for (const entry of PERMISSION_LIST) {
      expect(entry.description.length).toBeGreaterThan(5);
      for (const [role, permissions] of Object.entries(PERMISSION_MATRIX)) {
        expect(permissions.includes(entry.permission)).toBe((entry.roles as readonly string[]).includes(role));
      }
    }
  });

  it("separates unit records from administrative changes: the same roles, two permissions", () => {
    const entry = (name: string) => PERMISSION_LIST.find((e) => e.permission === name)!;
    expect(entry("unit.manage").roles).toEqual(["ADMIN", "PROVINCE_SECRETARIAT"]);
    expect(entry("unit.change").roles).toEqual(["ADMIN", "PROVINCE_SECRETARIAT"]);
    expect(entry("unit.change").description).toContain("văn bản pháp lý");
  });
});
