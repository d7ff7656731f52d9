/**
 * Usage: tsx scripts/db/check-drift.ts
 * Checks that prisma/migrations/* produce the same database structure as
 * prisma/schema.prisma, on two throw-away databases of the PostgreSQL server
 * of TEST_DATABASE_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
 * Exit 0: they agree; exit 1: differences printed.
 */
import { checkDrift } from "./migrations";

const started = performance.now();
try {
  const differences = await checkDrift();
  const ms = Math.round(performance.now() - started);
  if (differences.length === 0) {
    console.log(`schema and migrations agree (${ms} ms)`);
  } else {
    console.error(`schema.prisma and prisma/migrations differ (${differences.length}):`);
    for (const d of differences) console.error(`  - ${d}`);
    console.error("Create a migration: tsx scripts/db/migration-create.ts <name>");
    process.exit(1);
  }
} catch (error) {
  console.error("Drift check failed:", error instanceof Error ? error.message : error);
  process.exit(1);
}
