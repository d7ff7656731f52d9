import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The go-live journey (issue #11 §7) on an EMPTY database: its own server (no demo seed, the administrator created
// with `npm run admin:create`). `npm run test:e2e` runs it after the main suite, whose server has stopped by then,
// so both use E2E_PORT.
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  ...base,
  testDir: "e2e/golive",
  testIgnore: [],
  timeout: 180_000,
  use: { ...base.use, baseURL: `http://localhost:${PORT}` },
  webServer: {
    ...base.webServer,
    command: `npx tsx e2e/golive/start-server-empty.ts ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
  },
});
