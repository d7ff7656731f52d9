import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `generate` here: migrations run through the
// WebAssembly schema engine (scripts/db), which works offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://127.0.0.1:5432/unused" },
});
