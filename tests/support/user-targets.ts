import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";
import type { UnitRole } from "@/lib/authz/permissions";
import { unitIdByCode } from "./actors";

// Target accounts for the user-management suites (issue #14 finding 2, #11 §5): one per role, placed in
// province 91 (Long Giang, 3 levels) at a level the role may sit at, plus a valid new role and unit for each.

let seq = 0;
let hash: Promise<string> | undefined;

async function firstCommuneOf(districtCode: string): Promise<string> {
  return (
    await db.unit.findFirstOrThrow({
      where: { parent: { code: districtCode }, level: "COMMUNE", validTo: null },
      orderBy: { code: "asc" },
      select: { id: true },
    })
  ).id;
}

/** The unit of province 91 where a target of `role` is created. */
export async function homeUnitFor(role: Role): Promise<string> {
  if (role === "DISTRICT_COMMITTEE") return unitIdByCode("903");
  if (role === "MINISTRY_OFFICE") return unitIdByCode("VN");
  if (role === "COMMUNE_POLICE") return firstCommuneOf("903");
  return unitIdByCode("91");
}

/** An agency account's agency (Sở Tư pháp of province 91, issue #18); null for the other roles. */
async function agencyFor(role: Role): Promise<string | null> {
  if (role !== "AGENCY_MEMBER") return null;
  return (
    await db.agency.findFirstOrThrow({
      where: { provinceId: await unitIdByCode("91"), shortName: "STP" },
      select: { id: true },
    })
  ).id;
}

/** A new user of `role` in province 91 (active and no forced change unless `extra` says), with a fresh name. */
export async function createTarget(role: Role, extra: { isActive?: boolean; mustChangePassword?: boolean } = {}) {
  const username = `target.${role.toLowerCase()}.${Date.now().toString(36)}${(seq++).toString(36)}`;
  return db.user.create({
    data: {
      username,
      fullName: "Tài khoản đích",
      role,
      unitId: await homeUnitFor(role),
      agencyId: await agencyFor(role),
      passwordHash: await (hash ??= hashPassword("DichDen2026x")),
      ...extra,
    },
    select: { id: true, username: true, role: true, unitId: true, version: true },
  });
}

/** A valid change for a target of `role`, inside province 91: another role at the same unit, or the same role at another unit. */
export async function newPlacementFor(role: Role): Promise<{ role: UnitRole; unitId: string }> {
  switch (role) {
    case "ADMIN":
    case "MINISTRY_OFFICE":
      return { role: "PROVINCE_SECRETARIAT", unitId: await unitIdByCode("91") };
    case "PROVINCE_SECRETARIAT":
      return { role: "PROVINCE_LEADER", unitId: await unitIdByCode("91") };
    case "PROVINCE_LEADER":
      return { role: "PROVINCE_SECRETARIAT", unitId: await unitIdByCode("91") };
    case "DISTRICT_COMMITTEE":
      return { role, unitId: await unitIdByCode("905") };
    case "COMMUNE_POLICE":
    case "AGENCY_MEMBER": // agency accounts leave their agency for a unit role (the generic form cannot give an agency)
      return { role: "COMMUNE_POLICE", unitId: await firstCommuneOf("905") };
  }
}
