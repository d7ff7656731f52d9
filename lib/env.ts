import { z } from "zod";

// The one module of app/, lib/, components/ and proxy.ts that reads process.env (the linter's node/no-process-env
// refuses it anywhere else there): everything else asks this module. The server's variables are validated once,
// at start (instrumentation.ts, scripts/serve.ts), and every problem is listed in one message, so an operator
// fixes the whole environment in one go instead of one variable per restart.

/** An empty variable (`FOO=`) counts as unset, as it does for a shell user reading `FOO=` in a unit file. */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

const positiveNumber = (name: string, fallback: number, integer = false) =>
  z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: `${name} phải là một số` })
      .refine((value) => value > 0 && (!integer || Number.isInteger(value)), {
        error: `${name} phải là số ${integer ? "nguyên " : ""}lớn hơn 0`,
      })
      .default(fallback),
  );

// APP_NOW starts the programme calendar at a fixed instant (demos, training, the end-to-end suite; see
// lib/clock.ts). It is parsed apart from the rest too, because the seed and the scripts read the clock without
// the server's secrets.
const AppNowSchema = z.preprocess(
  unsetIfEmpty,
  z.iso.datetime({ offset: true, error: "APP_NOW phải là thời điểm ISO 8601, ví dụ 2026-11-21T03:00:00Z" }).optional(),
);

const ServerEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL chưa được đặt (địa chỉ PostgreSQL, ví dụ postgresql://bcd_app@db:5432/bcd)" })
    .regex(/^postgres(ql)?:\/\/\S+$/, "DATABASE_URL phải là địa chỉ postgresql://…"),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET chưa được đặt (chuỗi bí mật dài ít nhất 32 ký tự)" })
    .min(32, "NEXTAUTH_SECRET phải dài ít nhất 32 ký tự"),
  // The public address; optional (next-auth then uses the request's host). https:// turns HSTS on (proxy.ts).
  NEXTAUTH_URL: z.preprocess(
    unsetIfEmpty,
    z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL phải là địa chỉ http:// hoặc https://" }).optional(),
  ),
  SESSION_MAX_AGE_HOURS: positiveNumber("SESSION_MAX_AGE_HOURS", 8),
  LOGIN_MAX_FAILURES: positiveNumber("LOGIN_MAX_FAILURES", 5, true),
  LOGIN_LOCK_MINUTES: positiveNumber("LOGIN_LOCK_MINUTES", 15),
  NODE_ENV: z.preprocess(
    unsetIfEmpty,
    z
      .enum(["development", "production", "test"], { error: "NODE_ENV phải là development, production hoặc test" })
      .default("development"),
  ),
  APP_NOW: AppNowSchema,
});

export type Env = z.infer<typeof ServerEnvSchema>;

type EnvSource = Record<string, string | undefined>;

/**
 * Validates a server environment. Returns the typed values, or one message listing every problem, one line
 * each ("Cấu hình môi trường không hợp lệ:\n- NEXTAUTH_SECRET …\n- LOGIN_MAX_FAILURES …"). Pure: the caller
 * passes the variables (process.env, or the environment a script is about to give the server).
 */
export function parseServerEnv(source: EnvSource): { ok: true; env: Env } | { ok: false; message: string } {
  const parsed = ServerEnvSchema.safeParse(source);
  if (parsed.success) return { ok: true, env: parsed.data };
  const problems = parsed.error.issues.map((issue) => `- ${issue.message}`);
  return { ok: false, message: ["Cấu hình môi trường không hợp lệ:", ...problems].join("\n") };
}

let cached: Env | undefined;

/** The validated server environment (read once, then cached); throws the list of problems if it is invalid. */
export function getEnv(): Env {
  if (!cached) {
    const result = parseServerEnv(process.env);
    if (!result.ok) throw new Error(result.message);
    cached = result.env;
  }
  return cached;
}

/**
 * For the server's start (instrumentation.ts): validates process.env and, if it is invalid, prints every
 * problem and ends the process with exit code 1, before the server takes a request it could not answer.
 */
export function exitUnlessEnvValid(): void {
  const result = parseServerEnv(process.env);
  if (result.ok) return;
  console.error(result.message);
  process.exit(1);
}

/** The instant APP_NOW fixes for the programme calendar, or null when unset; throws a message naming APP_NOW. */
export function getClockStart(): Date | null {
  const parsed = AppNowSchema.safeParse(process.env.APP_NOW);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("\n"));
  return parsed.data ? new Date(parsed.data) : null;
}

/**
 * The public address NEXTAUTH_URL as it is now (read on every call, not cached: one build serves a plain-http
 * test and an https deployment, and the HSTS test switches it). Undefined when unset.
 */
export function publicUrl(): string | undefined {
  return process.env.NEXTAUTH_URL;
}

/** True when the server runs a production build (`next start`); the development server allows eval in its CSP. */
export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}
