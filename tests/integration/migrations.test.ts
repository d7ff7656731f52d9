/**
 * Offline migration tooling (scripts/db): drift check, migrate-deploy
 * equivalence and idempotence, the append-only "AuditLog" trigger.
 * Needs the PostgreSQL server of TEST_DATABASE_ADMIN_URL.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PGLITE_EXTENSIONS } from "../../scripts/embedded-db";
import {
  DEFAULT_PATHS,
  applyPendingMigrations,
  checkDrift,
  createMigration,
  listMigrations,
  type MigrationPaths,
} from "../../scripts/db/migrations";
import { createFreshDatabase, migratedDatabase, type FreshDatabase } from "../support/fresh-database";

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function expectAuditLogAppendOnly(url: string): Promise<void> {
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "AuditLog" ("action", "entity", "entityId") VALUES ('TEST', 'Unit', 'x') RETURNING "id"`,
    );
    const id = rows[0].id;
    await expect(client.query(`UPDATE "AuditLog" SET "action" = 'CHANGED' WHERE "id" = $1`, [id])).rejects.toThrow(
      /audit log is append-only/,
    );
    await expect(client.query(`DELETE FROM "AuditLog" WHERE "id" = $1`, [id])).rejects.toThrow(
      /audit log is append-only/,
    );
    await expect(client.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/audit log is append-only/);
    const after = await client.query(`SELECT "action" FROM "AuditLog" WHERE "id" = $1`, [id]);
    expect(after.rows).toEqual([{ action: "TEST" }]);
  });
}

describe("schema.prisma and prisma/migrations", () => {
  it("agree (drift check finds no differences)", async () => {
    expect(await checkDrift()).toEqual([]);
  });

  it("drift check reports a schema change that has no migration", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "drift-"));
    try {
      const paths: MigrationPaths = {
        schemaFile: path.join(dir, "schema.prisma"),
        migrationsDir: path.join(dir, "migrations"),
      };
      await cp(DEFAULT_PATHS.migrationsDir, paths.migrationsDir, { recursive: true });
      const schema = await readFile(DEFAULT_PATHS.schemaFile, "utf8");
      await writeFile(
        paths.schemaFile,
        schema.replace(/model LoginThrottle \{/, "model LoginThrottle {\n  driftProbe String?"),
      );
      const differences = await checkDrift({ paths });
      expect(differences).toHaveLength(1);
      expect(differences[0]).toContain("column LoginThrottle.driftProbe");

      // ...and a migration created for it makes the check pass again.
      const created = await createMigration("add drift probe", { paths, log: () => {} });
      expect(created?.name).toMatch(/^\d{14}_add_drift_probe$/);
      expect(created?.sql).toContain(`ALTER TABLE "LoginThrottle" ADD COLUMN     "driftProbe" TEXT`);
      expect(await createMigration("again", { paths, log: () => {} })).toBeNull();
      expect(await checkDrift({ paths })).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("applyPendingMigrations on PostgreSQL", () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await createFreshDatabase("migrations_test");
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("applies every migration once and records it like prisma migrate deploy", async () => {
    const names = await listMigrations();
    expect(names.length).toBeGreaterThan(0);
    expect(await applyPendingMigrations(db.url)).toEqual(names);
    expect(await applyPendingMigrations(db.url)).toEqual([]);

    const rows = await withClient(
      db.url,
      async (client) =>
        (
          await client.query<{
            migration_name: string;
            checksum: string;
            finished_at: Date | null;
            rolled_back_at: Date | null;
            applied_steps_count: number;
          }>(`SELECT * FROM "_prisma_migrations" ORDER BY "migration_name"`)
        ).rows,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(DEFAULT_PATHS.migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("makes AuditLog append-only (UPDATE, DELETE and TRUNCATE refused)", async () => {
    await applyPendingMigrations(db.url);
    await expectAuditLogAppendOnly(db.url);
  });

  it("migratedDatabase() gives a ready database", async () => {
    const other = await migratedDatabase("migrations_test_helper");
    try {
      const count = await withClient(other.url, async (c) =>
        Number((await c.query(`SELECT count(*) AS n FROM "_prisma_migrations"`)).rows[0].n),
      );
      expect(count).toBe((await readdir(DEFAULT_PATHS.migrationsDir)).filter((f) => /^\d{14}_/.test(f)).length);
    } finally {
      await other.drop();
    }
  });
});

describe("applyPendingMigrations on PGlite (pglite-socket)", () => {
  let db: PGlite;
  let server: PGLiteSocketServer;
  let url: string;
  beforeAll(async () => {
    db = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 10 });
    await server.start();
    url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`;
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it("applies, is idempotent and enforces the AuditLog trigger", async () => {
    const names = await listMigrations();
    expect(await applyPendingMigrations(url)).toEqual(names);
    expect(await applyPendingMigrations(url)).toEqual([]);
    await expectAuditLogAppendOnly(url);
  });
});
