/** Usage: npm run db:backup [-- <file>]  (default backups/bcd-<timestamp>.dump; DATABASE_URL required) */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "./backup-restore";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL chưa được đặt. Với CSDL nhúng: dừng ứng dụng rồi sao chép thư mục .data/pglite.");
  process.exit(1);
}
const file = process.argv[2] ?? path.join("backups", `bcd-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`);
mkdirSync(path.dirname(file), { recursive: true });
const started = Date.now();
await backupDatabase(url, file);
console.log(`Đã sao lưu vào ${file} (${Date.now() - started} ms).`);
