import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client over node-postgres (also used by scripts and tests, which have no Next runtime). */
export function createPrismaClient(connectionString: string, max = 10) {
  // JIT off: the app's queries are short, and PostgreSQL's cost-based JIT spent more time compiling
  // the dashboards' larger statements (25 ms of 120 ms on the national data set) than it saved.
  const adapter = new PrismaPg({ connectionString, max, options: "-c jit=off" });
  // Password hashes never leave the database layer unless a query asks for them explicitly.
  // Under load, transactions queue for a pool connection: wait for one (up to 10 s)
  // rather than fail the save with P2028 after Prisma's default 2 s.
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true } },
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
