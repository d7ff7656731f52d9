import { createPrismaClient, type Db } from "@/lib/prisma-client";

let client: Db | undefined;

/**
 * A client connected as the owner of the test database, for what the app's role may not do: creating and
 * dropping triggers and functions (injected failures), DDL in general. Everything the app does goes through `db`.
 */
export function ownerDb(): Db {
  return (client ??= createPrismaClient(process.env.DATABASE_OWNER_URL!, 2));
}
