import pg from "pg";

// Tables whose writes are bookkeeping of the caller itself, not of the record it targets.
const IGNORED = ["ApiToken", "Session", "LoginThrottle", "_prisma_migrations"];

/**
 * Installs, in the integration-test database only, a row trigger on every table
 * that advances a sequence on each row written. Sequences are not transactional,
 * so even a write that was rolled back moves it: "the counter did not move"
 * proves that a refused request wrote (or tried to write) nothing. Local to this
 * database, unlike transaction ids, so other databases on the server don't disturb it.
 */
export async function installWriteCounter(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SEQUENCE IF NOT EXISTS test_write_counter`);
    await client.query(`CREATE OR REPLACE FUNCTION test_count_write() RETURNS trigger AS $$
      BEGIN PERFORM nextval('test_write_counter'); RETURN NULL; END $$ LANGUAGE plpgsql`);
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    for (const { name } of rows) {
      if (IGNORED.includes(name)) continue;
      await client.query(
        `CREATE TRIGGER test_count_write AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION test_count_write()`,
      );
    }
  } finally {
    await client.end();
  }
}
