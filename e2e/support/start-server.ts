/**
 * Web server for the end-to-end suite: a fresh PostgreSQL database (refuses
 * anything but a local server), migrations, demo seed, extra test accounts (as the owner), the app's
 * least-privilege role, then `next start` on the given port connected as that role, like production.
 * The database is dropped when the server stops.
 */
import { adminUrl, createTempDatabase } from "../../scripts/db/temp-database";
import { applyPendingMigrations } from "../../scripts/db/migrations";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDemo } from "../../prisma/seed/seed-demo";
import { seedE2eExtras } from "./e2e-data";
import { TEST_NOW } from "../../tests/support/test-clock";
import { appRoleUrl, ensureAppRole } from "../../scripts/db/app-role";
import { startNextServer } from "./next-server";
import { TEST_APP_ROLE } from "../../tests/support/global-setup";

const port = process.argv[2] ?? "3100";
const host = new URL(adminUrl()).hostname;
if (!["127.0.0.1", "localhost", "::1", ""].includes(host))
  throw new Error(`refusing to run end-to-end tests against a non-local database (${host})`);

// One calendar for the seed and the server (lib/clock.ts): the specs read fixed dates.
process.env.APP_NOW ??= TEST_NOW;

const database = await createTempDatabase("bcd_e2e");
await applyPendingMigrations(database.url);
const db = createPrismaClient(database.url, 2);
await seedDemo(db);
await seedE2eExtras(db);
await db.$disconnect();
await ensureAppRole(database.url, { role: TEST_APP_ROLE });

startNextServer(port, appRoleUrl(database.url, TEST_APP_ROLE), () => database.drop());
