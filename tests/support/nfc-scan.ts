import { db } from "@/lib/db";

/**
 * Every stored text that is not Unicode NFC (issue #13 case 10): each text, varchar, text[] and jsonb column of
 * every table, checked with PostgreSQL's `IS NFC NORMALIZED`. Returns "Table.column: n rows" for each offender.
 */
export async function nonNfcColumns(): Promise<string[]> {
  const columns = await db.$queryRaw<{ table: string; column: string; type: string }[]>`
    SELECT table_name AS "table", column_name AS "column", data_type AS "type" FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%' AND data_type IN ('text', 'character varying', 'ARRAY', 'jsonb')`;
  const out: string[] = [];
  for (const { table, column, type } of columns) {
    const expr =
      type === "ARRAY" ? `array_to_string("${column}", ' ')` : type === "jsonb" ? `"${column}"::text` : `"${column}"`;
    if (type === "ARRAY") {
      const [{ text }] = await db.$queryRawUnsafe<{ text: boolean }[]>(
        `SELECT bool_and(format_type(atttypid, NULL) IN ('text[]', 'character varying[]')) AS text FROM pg_attribute WHERE attrelid = '"${table}"'::regclass AND attname = $1`,
        column,
      );
      if (!text) continue;
    }
    const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE NOT (${expr} IS NFC NORMALIZED)`,
    );
    if (n > 0) out.push(`${table}.${column}: ${n} rows`);
  }
  return out;
}
