/**
 * Usage: DATABASE_URL=postgresql://... tsx scripts/db/migrate.ts
 * Offline `prisma migrate deploy`: applies pending prisma/migrations/* and
 * records them in _prisma_migrations. Safe to run repeatedly.
 */
import { applyPendingMigrations } from "./migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(2);
}

const started = performance.now();
try {
  const applied = await applyPendingMigrations(url);
  const ms = Math.round(performance.now() - started);
  if (applied.length === 0) console.log(`No pending migrations (${ms} ms).`);
  else console.log(`Applied ${applied.length} migration(s) in ${ms} ms:\n${applied.map((n) => `  ${n}`).join("\n")}`);
} catch (error) {
  console.error("Migration failed:", error instanceof Error ? error.message : error);
  process.exit(1);
}
