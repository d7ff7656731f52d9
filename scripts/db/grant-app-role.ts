/**
 * Usage (as the owner, after `npm run db:migrate`; idempotent, run it after every release):
 *   DATABASE_URL=<owner url> APP_DATABASE_ROLE=bcd_app APP_DATABASE_PASSWORD=… npm run db:app-role
 * Then start the app with DATABASE_URL=postgresql://bcd_app:…@host:5432/<database> (see scripts/db/app-role.ts).
 */
import { DEFAULT_APP_ROLE, appRoleUrl, ensureAppRole } from "./app-role";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL (the owner's connection) is not set");
  process.exit(2);
}
try {
  const role = await ensureAppRole(url, {
    role: process.env.APP_DATABASE_ROLE || DEFAULT_APP_ROLE,
    password: process.env.APP_DATABASE_PASSWORD || undefined,
  });
  console.log(
    `Vai trò ${role}: đã cấp quyền tối thiểu. Ứng dụng kết nối bằng ${appRoleUrl(url, role, process.env.APP_DATABASE_PASSWORD ? "***" : undefined)}`,
  );
} catch (error) {
  console.error("db:app-role failed:", error instanceof Error ? error.message : error);
  process.exit(1);
}
