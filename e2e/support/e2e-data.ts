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

/** Accounts only the end-to-end suite uses, so that locking one disturbs no other test. */
export async function seedE2eExtras(db: Db) {
  const commune = await db.unit.findFirstOrThrow({ where: { parent: { code: "904" }, level: "COMMUNE" }, select: { id: true } });
  const province = await db.unit.findUniqueOrThrow({ where: { code: "91" }, select: { id: true } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.createMany({
    data: [
      { username: LOCKOUT_USER, fullName: "Tài khoản thử khóa", role: "COMMUNE_POLICE", unitId: commune.id, passwordHash },
      { username: BURST_USER, fullName: "Tài khoản thử dồn dập", role: "COMMUNE_POLICE", unitId: commune.id, passwordHash },
      { username: ROLE_CHANGE_USER, fullName: "Tài khoản đổi vai trò", role: "COMMUNE_POLICE", unitId: commune.id, passwordHash },
      { username: MUST_CHANGE_USER, fullName: "Tài khoản mật khẩu tạm", role: "PROVINCE_SECRETARIAT", unitId: province.id, passwordHash, mustChangePassword: true },
    ],
  });
}
