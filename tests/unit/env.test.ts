import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/env";

// Issue #16 §5: the environment is validated once at start and every problem is listed in one message.
const VALID = {
  DATABASE_URL: "postgresql://bcd_app@127.0.0.1:5432/bcd",
  NEXTAUTH_SECRET: "0123456789abcdef0123456789abcdef",
};

const BAD = {
  DATABASE_URL: "mysql://nope",
  NEXTAUTH_SECRET: "short",
  NEXTAUTH_URL: "ftp://bcd.example.gov.vn",
  SESSION_MAX_AGE_HOURS: "tám",
  LOGIN_MAX_FAILURES: "2.5",
  LOGIN_LOCK_MINUTES: "-1",
  NODE_ENV: "staging",
  APP_NOW: "21/11/2026",
};

describe("server environment (lib/env.ts)", () => {
  it("takes a minimal environment and fills the defaults", () => {
    const result = parseServerEnv(VALID);
    expect(result).toEqual({
      ok: true,
      env: {
        ...VALID,
        NEXTAUTH_URL: undefined,
        SESSION_MAX_AGE_HOURS: 8,
        LOGIN_MAX_FAILURES: 5,
        LOGIN_LOCK_MINUTES: 15,
        NODE_ENV: "development",
        APP_NOW: undefined,
      },
    });
  });

  it("counts an empty variable as unset", () => {
    const result = parseServerEnv({ ...VALID, NEXTAUTH_URL: "", LOGIN_MAX_FAILURES: "", APP_NOW: "" });
    expect(result.ok && [result.env.NEXTAUTH_URL, result.env.LOGIN_MAX_FAILURES, result.env.APP_NOW]).toEqual([
      undefined,
      5,
      undefined,
    ]);
  });

  it("lists every problem in one message, one line each", () => {
    const result = parseServerEnv(BAD);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.message.split("\n");
    expect(lines[0]).toBe("Cấu hình môi trường không hợp lệ:");
    for (const name of Object.keys(BAD)) expect(lines.filter((line) => line.includes(name))).toHaveLength(1);
    expect(lines).toHaveLength(1 + Object.keys(BAD).length);
  });

  it("names a missing DATABASE_URL and NEXTAUTH_SECRET together", () => {
    const result = parseServerEnv({});
    expect(result.ok ? "" : result.message).toMatch(/DATABASE_URL chưa được đặt[^]*NEXTAUTH_SECRET chưa được đặt/);
  });

  it("`npm start` with a bad environment exits non-zero and prints every problem before starting anything", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    // NODE_ENV "staging" is the point of the test, so the environment is not typed as NodeJS.ProcessEnv.
    const badEnv: Record<string, string | undefined> = { PATH: process.env.PATH, ...BAD };
    const started = spawnSync(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      cwd: root,
      env: badEnv as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(started.status).toBe(1);
    for (const name of Object.keys(BAD)) expect(started.stderr).toContain(name);
    expect(started.stdout).not.toContain("PostgreSQL nhúng");
  });
});
