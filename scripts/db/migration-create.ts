/**
 * Usage: tsx scripts/db/migration-create.ts <name>
 * Offline `prisma migrate dev --create-only --name <name>`: writes
 * prisma/migrations/<yyyyMMddHHmmss>_<name>/migration.sql from the difference
 * between prisma/migrations/schema.snapshot.prisma and prisma/schema.prisma.
 * Review (and hand-edit) the SQL, then run the migrate script.
 */
import { createMigration } from "./migrations";

const name = process.argv[2];
if (!name || process.argv.length > 3) {
  console.error("usage: tsx scripts/db/migration-create.ts <name>");
  process.exit(2);
}

try {
  await createMigration(name);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
