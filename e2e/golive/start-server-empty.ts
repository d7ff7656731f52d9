/**
 * Web server of the go-live journey (issue #11 §7): a fresh PostgreSQL database with the migrations and NO demo
 * seed, the app's least-privilege role granted, the first administrator created with `npm run admin:create` as
 * that role (the README's "Going live" commands, password from ADMIN_PASSWORD), then `next start` as that role. Same pattern as e2e/support/start-server.ts; the database is dropped when
 * the server stops.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { adminUrl, createTempDatabase } from "../../scripts/db/temp-database";
import { applyPendingMigrations } from "../../scripts/db/migrations";
import { TEST_NOW } from "../../tests/support/test-clock";
import { appRoleUrl, ensureAppRole } from "../../scripts/db/app-role";
import { TEST_APP_ROLE } from "../../tests/support/global-setup";
import { startNextServer } from "../support/next-server";
import { GOLIVE_ADMIN } from "./golive-data";

const port = process.argv[2] ?? "3101";
const host = new URL(adminUrl()).hostname;
if (!["127.0.0.1", "localhost", "::1", ""].includes(host))
  throw new Error(`refusing to run end-to-end tests against a non-local database (${host})`);
process.env.APP_NOW ??= TEST_NOW;

const root = path.resolve(import.meta.dirname, "../..");
const database = await createTempDatabase("bcd_golive");
await applyPendingMigrations(database.url);
await ensureAppRole(database.url, { role: TEST_APP_ROLE });
const appUrl = appRoleUrl(database.url, TEST_APP_ROLE);
execFileSync(
  process.execPath,
  [
    path.join(root, "node_modules/tsx/dist/cli.mjs"),
    "scripts/admin-create.ts",
    GOLIVE_ADMIN.username,
    GOLIVE_ADMIN.fullName,
  ],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: appUrl, ADMIN_PASSWORD: GOLIVE_ADMIN.password },
  },
);

startNextServer(port, appUrl, () => database.drop());
