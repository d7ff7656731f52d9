import type { TestProject } from "vitest/node";
import { createTempDatabase } from "../../scripts/db/temp-database";
import { applyPendingMigrations } from "../../scripts/db/migrations";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDemo } from "../../prisma/seed/seed-demo";
import { installWriteCounter } from "./write-counter";
import { appRoleUrl, ensureAppRole } from "../../scripts/db/app-role";

/** The app's least-privilege role in the test databases (scripts/db/app-role.ts); shared by every run on the server. */
export const TEST_APP_ROLE = "bcd_app_test";

// One fresh, migrated and seeded database per test run; dropped at the end. Migrations, seed and the
// write counter run as the owner; the tests' `db` (the app's code) connects as the app's role, like production.
export default async function setup(project: TestProject) {
  const database = await createTempDatabase("bcd_it");
  await applyPendingMigrations(database.url);
  const db = createPrismaClient(database.url, 2);
  await seedDemo(db);
  await db.$disconnect();
  await installWriteCounter(database.url);
  await ensureAppRole(database.url, { role: TEST_APP_ROLE });
  project.provide("databaseUrl", appRoleUrl(database.url, TEST_APP_ROLE));
  project.provide("ownerDatabaseUrl", database.url);
  return async () => {
    if (!process.env.KEEP_TEST_DB) await database.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The app's role (what lib/db connects with). */
    databaseUrl: string;
    /** The owner (migrations, DDL in tests: injected failures, backups). */
    ownerDatabaseUrl: string;
  }
}
