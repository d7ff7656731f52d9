import { hashPassword } from "../../lib/auth/password";
import { DEMO_PASSWORD } from "../../prisma/seed/seed-demo";
import type { Db } from "../../lib/prisma-client";

export const LOCKOUT_USER = "e2e.khoa";
/** Attacked by a burst of parallel sign-ins (issue #14 finding 1). */
export const BURST_USER = "e2e.dondap";
/** Signs in with a temporary password: must change it before anything else (issue #14 finding 5). */
export const MUST_CHANGE_USER = "e2e.doimatkhau";
/** Given a new role and unit by the province secretariat (issue #11 §5). */
export const ROLE_CHANGE_USER = "e2e.doivaitro";

/** The province the administrative-change spec changes (issue #12): 3 levels, its communes named for each change. */
export const CHANGE_PROVINCE = "Tỉnh Thử Địa Giới";
export const CHANGE_COMMUNES = {
  rename: "Xã Thử Đổi Tên",
  newRural: "Xã Thử Nông Thôn",
  move: "Xã Thử Chuyển",
  cease: "Xã Thử Giải Thể",
  split: "Xã Thử Chia Tách",
} as const;

/**
 * A 3-level province of its own for the administrative-change spec (e2e/unit-changes.spec.ts): two districts, the
 * communes of CHANGE_COMMUNES under the first. No other spec reads it, so renaming, ceasing or converting it
 * disturbs nothing.
 */
async function seedChangeProvince(db: Db) {
  const root = await db.unit.findUniqueOrThrow({ where: { code: "VN" }, select: { id: true, lineage: true } });
  const add = async (
    code: string,
    name: string,
    level: "PROVINCE" | "DISTRICT" | "COMMUNE",
    parent: { id: string; lineage: string[] },
    provinceId?: string,
  ) => {
    const kind = ({ PROVINCE: "TINH", DISTRICT: "HUYEN", COMMUNE: "XA" } as const)[level];
    const row = await db.unit.create({
      data: { code, name, level, kind, parentId: parent.id, lineage: [], provinceId },
      select: { id: true },
    });
    const lineage = [...parent.lineage, row.id];
    await db.unit.update({ where: { id: row.id }, data: { lineage, ...(provinceId ? {} : { provinceId: row.id }) } });
    return { id: row.id, lineage };
  };
  const province = await add("e2e12", CHANGE_PROVINCE, "PROVINCE", root);
  const first = await add("e2e12-h1", "Huyện Thử Một", "DISTRICT", province, province.id);
  await add("e2e12-h2", "Huyện Thử Hai", "DISTRICT", province, province.id);
  for (const [i, name] of Object.values(CHANGE_COMMUNES).entries())
    await add(`e2e12-x${i}`, name, "COMMUNE", first, province.id);
}

/** Accounts only the end-to-end suite uses, so that locking one disturbs no other test. */
export async function seedE2eExtras(db: Db) {
  const commune = await db.unit.findFirstOrThrow({
    where: { parent: { code: "904" }, level: "COMMUNE" },
    select: { id: true },
  });
  const province = await db.unit.findUniqueOrThrow({ where: { code: "91" }, select: { id: true } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.createMany({
    data: [
      {
        username: LOCKOUT_USER,
        fullName: "Tài khoản thử khóa",
        role: "COMMUNE_POLICE",
        unitId: commune.id,
        passwordHash,
      },
      {
        username: BURST_USER,
        fullName: "Tài khoản thử dồn dập",
        role: "COMMUNE_POLICE",
        unitId: commune.id,
        passwordHash,
      },
      {
        username: ROLE_CHANGE_USER,
        fullName: "Tài khoản đổi vai trò",
        role: "COMMUNE_POLICE",
        unitId: commune.id,
        passwordHash,
      },
      {
        username: MUST_CHANGE_USER,
        fullName: "Tài khoản mật khẩu tạm",
        role: "PROVINCE_SECRETARIAT",
        unitId: province.id,
        passwordHash,
        mustChangePassword: true,
      },
    ],
  });
  await seedChangeProvince(db);
}
