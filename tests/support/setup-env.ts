import { inject } from "vitest";
import { checkOutputs } from "@/lib/contracts/output-check";

// Runs in each test worker before any module reads the environment.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_OWNER_URL = inject("ownerDatabaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
process.env.LOGIN_MAX_FAILURES ??= "5";
process.env.LOGIN_LOCK_MINUTES ??= "15";

// Issue #16 §1: every action's and API route's result is checked against its contract's output schema in the
// integration suites (a mismatch fails the call as an unexpected error); production never pays for the check.
checkOutputs();
