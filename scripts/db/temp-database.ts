/**
 * Throw-away PostgreSQL databases on a server reached through an admin URL
 * (used by the drift check and by integration tests).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export function adminUrl(): string {
  return process.env.TEST_DATABASE_ADMIN_URL || DEFAULT_ADMIN_URL;
}

export interface TempDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Same server and credentials as `baseUrl`, other database. */
export function urlForDatabase(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withAdminClient<T>(admin: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Drops `database`, first terminating every other connection to it. */
export async function dropDatabase(database: string, admin = adminUrl()): Promise<void> {
  await withAdminClient(admin, async (client) => {
    await client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [database],
    );
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  });
}

/**
 * Creates an empty database with a unique name `<prefix>_<yyyymmddhhmmss>_<random>`
 * (lower case, at most 63 bytes).
 */
export async function createTempDatabase(prefix: string, admin = adminUrl()): Promise<TempDatabase> {
  const cleanPrefix =
    prefix
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 30) || "tmp";
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const name = `${cleanPrefix}_${stamp}_${randomBytes(4).toString("hex")}`;
  await withAdminClient(admin, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8'`),
  );
  let dropped = false;
  return {
    name,
    url: urlForDatabase(admin, name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await dropDatabase(name, admin);
    },
  };
}
