import { exitUnlessEnvValid } from "@/lib/env";

/**
 * Next.js calls this once when the server starts (`next start`, `next dev`), before the first request: a server
 * with a bad environment stops here with the list of every problem (lib/env.ts) instead of failing on the first
 * sign-in or query. (`npm start` checks the same list in scripts/serve.ts before it even starts Next.js.)
 */
export function register(): void {
  exitUnlessEnvValid();
}
