import { ownerDb } from "./owner-db";

/**
 * Makes the database fail in the middle of a multi-row operation: a temporary
 * trigger raises on the `nth` row written to `table` (counting from 1) — so the
 * rows before it were already written inside the same transaction. Used to prove
 * that such operations are atomic: after the failure nothing of them remains. The trigger is DDL, so it is made
 * through the owner's connection; the operation under test runs as the app's role.
 */
export async function withInjectedFailure<T>(table: string, nth: number, fn: () => Promise<T>): Promise<T> {
  const db = ownerDb();
  const ident = `"${table.replace(/"/g, '""')}"`;
  await db.$executeRawUnsafe(`CREATE SEQUENCE IF NOT EXISTS injected_failure_seq`);
  await db.$executeRawUnsafe(`SELECT setval('injected_failure_seq', 1, false)`);
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION injected_failure() RETURNS trigger AS $$
    BEGIN
      IF nextval('injected_failure_seq') >= ${Number(nth)} THEN
        RAISE EXCEPTION 'injected failure for the atomicity test';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER injected_failure BEFORE INSERT OR UPDATE ON ${ident} FOR EACH ROW EXECUTE FUNCTION injected_failure()`,
  );
  try {
    return await fn();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS injected_failure ON ${ident}`);
  }
}
