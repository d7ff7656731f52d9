/**
 * Starts the app. Without DATABASE_URL it runs on the embedded PostgreSQL kept in
 * .data/pglite (migrated and seeded on first start); with DATABASE_URL it uses that
 * server. Usage: tsx scripts/serve.ts [--dev] [--prepare] [--port 3000]
 *   --dev      next dev instead of the production server (which needs `next build`)
 *   --prepare  apply pending migrations and seed the demo data if the database is empty
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-db";
import { applyPendingMigrations } from "./db/migrations";
import { seedDemo, DEMO_PASSWORD } from "../prisma/seed/seed-demo";
import { createPrismaClient } from "../lib/prisma-client";
import { parseServerEnv } from "../lib/env";

const args = process.argv.slice(2);
const isDev = args.includes("--dev");
const port = Number(args[args.indexOf("--port") + 1] || process.env.PORT || 3000) || 3000;
const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data");

function persistentSecret(): string {
  const file = path.join(dataDir, "nextauth-secret");
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const secret = process.env.NEXTAUTH_SECRET ?? persistentSecret();
  const publicUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  // The server's environment is checked before anything starts: a bad one stops here with every problem listed
  // (lib/env.ts). The embedded database's address, known only once it runs, is always valid.
  const checked = parseServerEnv({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || "postgresql://embedded",
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: publicUrl,
  });
  if (!checked.ok) {
    console.error(checked.message);
    process.exit(1);
  }

  let databaseUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  const embedded = !databaseUrl;
  if (!databaseUrl) {
    const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
    console.log(`Không có DATABASE_URL: dùng PostgreSQL nhúng (PGlite) tại .data/pglite, cổng ${dbPort}.`);
    const pg = await startEmbeddedPostgres(path.join(dataDir, "pglite"), dbPort);
    databaseUrl = pg.url;
    stopEmbedded = pg.stop;
  }

  if (embedded || args.includes("--prepare")) {
    const applied = await applyPendingMigrations(databaseUrl);
    console.log(`Migrations: ${applied.length ? applied.join(", ") : "không có migration mới"}.`);
    const db = createPrismaClient(databaseUrl, 2);
    const { seeded, accounts } = await seedDemo(db);
    await db.$disconnect();
    console.log(seeded ? "Đã tạo dữ liệu mẫu." : "Dữ liệu đã có sẵn, không tạo lại.");
    console.log(`\nTài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`);
    for (const a of accounts) console.log(`  ${a.username.padEnd(16)} ${a.role.padEnd(22)} ${a.note}`);
  }

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: publicUrl,
  };
  if (!isDev && !existsSync(path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
    console.error("Chưa có bản build: chạy `npm run build` trước (hoặc dùng `npm run demo`).");
    process.exit(1);
  }
  console.log(`\nMở http://localhost:${port}\n`);
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, isDev ? "dev" : "start", "-p", String(port)], {
    stdio: "inherit",
    env,
    cwd: root,
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", async (code) => {
    await stopEmbedded?.();
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
