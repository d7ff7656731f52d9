import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";

// Issue #14 §9 (defence in depth): the app connects as a role that owns nothing (scripts/db/app-role.ts), so a flaw
// in the app cannot switch the audit trail off. Before, the app was the table owner: `SET LOCAL
// session_replication_role = replica` then DELETE, or `ALTER TABLE … DISABLE TRIGGER` then UPDATE, both succeeded.

async function asApp<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const PERMISSION_DENIED = /permission denied|must be owner|must be superuser/;

describe("the app's database role", () => {
  it("is what lib/db connects as, owns no table and is no superuser", async () => {
    const [me] = await db.$queryRaw<{ user: string; superuser: boolean; owned: bigint }[]>`
      SELECT current_user AS "user", (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
             (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned`;
    expect(me).toMatchObject({ superuser: false, owned: 0n });
    expect(me!.user).toBe(new URL(inject("databaseUrl")).username);
    expect(new URL(inject("ownerDatabaseUrl")).username).not.toBe(me!.user);
  });

  it("may insert and read audit rows, never update, delete or truncate them, even with the trigger bypassed", async () => {
    await asApp(async (c) => {
      const { rows } = await c.query<{ id: string }>(
        `INSERT INTO "AuditLog" ("action", "entity", "entityId") VALUES ('role.test', 'Unit', 'x') RETURNING "id"`,
      );
      const id = rows[0]!.id;
      await expect(c.query(`UPDATE "AuditLog" SET "action" = 'changed' WHERE "id" = $1`, [id])).rejects.toThrow(
        PERMISSION_DENIED,
      );
      await expect(c.query(`DELETE FROM "AuditLog" WHERE "id" = $1`, [id])).rejects.toThrow(PERMISSION_DENIED);
      await expect(c.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(PERMISSION_DENIED);
      // The two bypasses of the append-only trigger that worked when the app owned the table:
      await c.query("BEGIN");
      await expect(c.query("SET LOCAL session_replication_role = replica")).rejects.toThrow(PERMISSION_DENIED);
      await c.query("ROLLBACK");
      await expect(c.query("SET session_replication_role = replica")).rejects.toThrow(PERMISSION_DENIED);
      await expect(c.query(`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`)).rejects.toThrow(PERMISSION_DENIED);
      await expect(c.query(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_or_delete"`)).rejects.toThrow(
        PERMISSION_DENIED,
      );
      const after = await c.query(`SELECT "action" FROM "AuditLog" WHERE "id" = $1`, [id]);
      expect(after.rows).toEqual([{ action: "role.test" }]);
    });
  });

  it("cannot alter, drop or create tables, nor read the migrations' bookkeeping", async () => {
    await asApp(async (c) => {
      await expect(c.query(`ALTER TABLE "User" ADD COLUMN "x" int`)).rejects.toThrow(PERMISSION_DENIED);
      await expect(c.query(`DROP TABLE "Session"`)).rejects.toThrow(PERMISSION_DENIED);
      await expect(c.query(`CREATE TABLE "evil" ("id" int)`)).rejects.toThrow(PERMISSION_DENIED);
      await expect(
        c.query(`CREATE TRIGGER t BEFORE INSERT ON "Unit" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`),
      ).rejects.toThrow(PERMISSION_DENIED);
      await expect(c.query(`SELECT * FROM "_prisma_migrations"`)).rejects.toThrow(PERMISSION_DENIED);
    });
  });

  it("gets the same rights on tables and sequences that later migrations create (default privileges)", async () => {
    const owner = new pg.Client({ connectionString: inject("ownerDatabaseUrl") });
    await owner.connect();
    try {
      await owner.query(`CREATE TABLE "RoleTestLater" ("id" serial PRIMARY KEY, "note" text)`);
      await asApp(async (c) => {
        await c.query(`INSERT INTO "RoleTestLater" ("note") VALUES ('ok')`);
        expect((await c.query(`SELECT count(*)::int AS n FROM "RoleTestLater"`)).rows[0].n).toBe(1);
        await expect(c.query(`ALTER TABLE "RoleTestLater" ADD COLUMN "x" int`)).rejects.toThrow(PERMISSION_DENIED);
      });
    } finally {
      await owner.query(`DROP TABLE IF EXISTS "RoleTestLater"`);
      await owner.end();
    }
  });
});
