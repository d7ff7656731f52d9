import { db } from "@/lib/db";

// Load-balancer probe: the instance is up and reaches the database (contract: lib/contracts/system/check-health.ts).
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "database-unavailable" }, { status: 503 });
  }
}
