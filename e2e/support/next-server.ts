/**
 * `next start` of the production build for an end-to-end run, as the app's database role, with the suites'
 * fixed secrets and lock-out settings. On SIGTERM or SIGINT the server stops, then `drop` removes the run's
 * database (Playwright's gracefulShutdown sends SIGTERM), and the process exits.
 */
import { spawn } from "node:child_process";
import path from "node:path";

export function startNextServer(port: string, databaseUrl: string, drop: () => Promise<void>): void {
  const root = path.resolve(import.meta.dirname, "../..");
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", port], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: "e2e-secret-0123456789abcdef0123456789",
      LOGIN_MAX_FAILURES: "5",
      LOGIN_LOCK_MINUTES: "15",
    },
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  child.on("exit", async () => {
    await drop().catch(() => {});
    process.exit(0);
  });
}
