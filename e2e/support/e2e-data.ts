import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../../lib/prisma-client";

export const LOCKOUT_USER = "e2e.khoa";

/** Accounts only the end-to-end suite uses, so that locking one disturbs no other test. */
export async function seedE2eExtras(db: Db) {
  const commune = await db.unit.findFirstOrThrow({ where: { parent: { code: "904" }, level: "COMMUNE" }, select: { id: true } });
  await db.user.create({ data: { username: LOCKOUT_USER, fullName: "Tài khoản thử khóa", role: "COMMUNE_POLICE", unitId: commune.id, passwordHash: await hashPassword("ChuyenHoa2026") } });
}
