/**
 * The application's own database role (issue #14 §9, defence in depth): the app connects as a role that owns
 * nothing, so even with a flaw in the app (or an SQL injection) it cannot alter a table, disable the audit trail's
 * trigger, set `session_replication_role` (superuser only) or rewrite the audit rows: on "AuditLog" it may only
 * INSERT and SELECT. Migrations keep running as the owner.
 *
 * The command: `npm run db:app-role` (scripts/db/grant-app-role.ts).
 */
import pg from "pg";

export const DEFAULT_APP_ROLE = "bcd_app";
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Tables the app never touches (the migrations' own bookkeeping). */
const NO_ACCESS = ["_prisma_migrations"];
/** Append-only tables: INSERT and SELECT only (the trigger refuses the rest too, for the owner). */
const APPEND_ONLY = ["AuditLog"];

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Creates (if missing) the login role `role` without superuser, createdb, createrole or replication rights, and
 * grants it, in the database of `ownerUrl`: USAGE on schema public; SELECT, INSERT, UPDATE, DELETE on every table
 * but INSERT, SELECT only on the append-only ones and nothing on `_prisma_migrations`; USAGE, SELECT, UPDATE on
 * every sequence; the same by default on tables and sequences the owner creates later (future migrations).
 * Sets the password when given (else the server's authentication decides, e.g. trust on a test server).
 * Must run as the owner of the tables (the role that runs the migrations). Safe to run again and concurrently.
 */
export async function ensureAppRole(
  ownerUrl: string,
  options: { role?: string; password?: string } = {},
): Promise<string> {
  const role = options.role ?? DEFAULT_APP_ROLE;
  if (!ROLE_NAME.test(role)) throw new Error(`invalid role name: ${role}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const owner = (await client.query<{ u: string }>("SELECT current_user AS u")).rows[0]!.u;
    if (owner === role) throw new Error("run this as the owner of the tables, not as the app's role");
    try {
      // Roles are global to the server; several databases (and test runs) share one.
      await client.query(
        `CREATE ROLE ${ident(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`,
      );
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "42710" && code !== "23505") throw error; // already exists (or created at the same moment)
    }
    if (options.password) await client.query(`ALTER ROLE ${ident(role)} PASSWORD ${literal(options.password)}`);
    const r = ident(role);
    const o = ident(owner);
    const statements = [
      `GRANT USAGE ON SCHEMA public TO ${r}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${r}`,
    ];
    const { rows } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY($1)",
      [[...NO_ACCESS, ...APPEND_ONLY]],
    );
    for (const { name } of rows) {
      statements.push(`REVOKE ALL ON ${ident(name)} FROM ${r}`);
      if (APPEND_ONLY.includes(name)) statements.push(`GRANT SELECT, INSERT ON ${ident(name)} TO ${r}`);
    }
    for (const sql of statements) await client.query(sql);
    const { rows: unsafe } = await client.query<{ create: boolean }>(
      "SELECT has_schema_privilege($1, 'public', 'CREATE') AS create",
      [role],
    );
    if (unsafe[0]?.create)
      console.warn(
        `Cảnh báo: vai trò ${role} vẫn có quyền CREATE trên schema public (qua PUBLIC): REVOKE CREATE ON SCHEMA public FROM PUBLIC.`,
      );
    return role;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The connection string of the app's role: the owner's URL with the role's user name (and password, if any). */
export function appRoleUrl(ownerUrl: string, role = DEFAULT_APP_ROLE, password?: string): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password ?? "";
  return url.toString();
}
