/** Seeds the demo data into DATABASE_URL if it has no units yet. Usage: npm run db:seed */
import { createPrismaClient } from "../lib/prisma-client";
import { DEMO_PASSWORD, seedDemo } from "../prisma/seed/seed-demo";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL chưa được đặt.");
  process.exit(1);
}
const db = createPrismaClient(url, 2);
const { seeded, accounts } = await seedDemo(db);
await db.$disconnect();
console.log(
  seeded
    ? `Đã tạo dữ liệu mẫu: ${accounts.length} tài khoản, mật khẩu ${DEMO_PASSWORD}.`
    : "Cơ sở dữ liệu đã có dữ liệu, không tạo lại.",
);
