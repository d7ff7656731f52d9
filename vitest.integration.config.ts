import { defineConfig } from "vitest/config";
import unitConfig from "./vitest.config";
import { TEST_NOW } from "./tests/support/test-clock";

// Set before the global setup seeds and before the workers start, which inherit it.
process.env.APP_NOW ??= TEST_NOW;

// Integration tests: a real PostgreSQL, one fresh database per run (tests/support/global-setup.ts).
export default defineConfig({
  resolve: unitConfig.resolve,
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-env.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
