import { inject } from "vitest";

// Runs in each test worker before any module reads the environment.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_OWNER_URL = inject("ownerDatabaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
process.env.LOGIN_MAX_FAILURES ??= "5";
process.env.LOGIN_LOCK_MINUTES ??= "15";
