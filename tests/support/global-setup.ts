import type { TestProject } from "vitest/node";
import { createTempDatabase } from "../../scripts/db/temp-database";
import { applyPendingMigrations } from "../../scripts/db/migrations";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDemo } from "../../prisma/seed/seed-demo";
import { installWriteCounter } from "./write-counter";

// One fresh, migrated and seeded database per test run; dropped at the end.
export default async function setup(project: TestProject) {
  const database = await createTempDatabase("bcd_it");
  await applyPendingMigrations(database.url);
  const db = createPrismaClient(database.url, 2);
  await seedDemo(db);
  await db.$disconnect();
  await installWriteCounter(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    if (!process.env.KEEP_TEST_DB) await database.drop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
