import { z } from "zod";

// The one place that reads process.env; everything else imports `env`.
const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET phải dài ít nhất 32 ký tự"),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(8),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) cached = EnvSchema.parse(process.env);
  return cached;
}

// APP_NOW is parsed apart from the rest because the seed and the scripts read the clock without
// the server's secrets. It starts the programme calendar at a fixed instant (demos, training, the
// end-to-end suite); see lib/clock.ts.
// An empty APP_NOW counts as unset.
const ClockSchema = z.object({ APP_NOW: z.union([z.literal(""), z.iso.datetime({ offset: true, message: "APP_NOW phải là thời điểm ISO 8601, ví dụ 2026-11-21T03:00:00Z" })]).optional() });

export function getClockStart(): Date | null {
  const { APP_NOW } = ClockSchema.parse(process.env);
  return APP_NOW ? new Date(APP_NOW) : null;
}
