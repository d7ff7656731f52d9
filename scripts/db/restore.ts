/** Usage: npm run db:restore -- <file> [--clean]  (into DATABASE_URL; all or nothing) */
import { restoreDatabase } from "./backup-restore";

const url = process.env.DATABASE_URL;
const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!url || !file) {
  console.error("Cách dùng: DATABASE_URL=… npm run db:restore -- <tệp sao lưu> [--clean]");
  process.exit(1);
}
try {
  await restoreDatabase(url, file, { clean: process.argv.includes("--clean") });
  console.log(`Đã khôi phục ${file}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
