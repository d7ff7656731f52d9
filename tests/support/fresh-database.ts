/**
 * Throw-away PostgreSQL databases for integration tests, on the server of
 * TEST_DATABASE_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
 *
 *   const db = await migratedDatabase("users");
 *   try { ... new PrismaPg({ connectionString: db.url }) ... } finally { await db.drop(); }
 */
import { applyPendingMigrations } from "../../scripts/db/migrations";
import { createTempDatabase } from "../../scripts/db/temp-database";

export interface FreshDatabase {
  /** Connection string of the new database. */
  url: string;
  /** Terminates the other connections to it, then drops it. Safe to call twice. */
  drop(): Promise<void>;
}

/** An empty database with a unique name starting with `prefix`. */
export async function createFreshDatabase(prefix: string): Promise<FreshDatabase> {
  const db = await createTempDatabase(prefix);
  return { url: db.url, drop: db.drop };
}

/** A fresh database with every migration of prisma/migrations applied. */
export async function migratedDatabase(prefix: string): Promise<FreshDatabase> {
  const db = await createFreshDatabase(prefix);
  try {
    await applyPendingMigrations(db.url);
  } catch (error) {
    await db.drop().catch(() => {});
    throw error;
  }
  return db;
}
