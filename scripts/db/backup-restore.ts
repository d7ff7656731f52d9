/**
 * Backup and restore with PostgreSQL's own tools (pg_dump custom format,
 * pg_restore in a single transaction), plus a per-table fingerprint used by the
 * restore drill to prove that a restored database equals the original.
 */
import { spawn } from "node:child_process";
import pg from "pg";

/** pg_dump/pg_restore accept libpq URIs only: drop parameters that are Prisma's own. */
export function libpqUrl(url: string): string {
  const u = new URL(url);
  // The copy is needed: deleting while iterating the live keys() would skip the key after each deleted one.
  // eslint-disable-next-line unicorn/no-useless-spread -- see above
  for (const key of [...u.searchParams.keys()])
    if (!["sslmode", "application_name", "connect_timeout"].includes(key)) u.searchParams.delete(key);
  return u.toString();
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

export async function backupDatabase(url: string, file: string): Promise<void> {
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file, "--dbname", libpqUrl(url)]);
}

/** Restores into `url`, all or nothing. The target must be empty unless `clean` is set. */
export async function restoreDatabase(url: string, file: string, options: { clean?: boolean } = {}): Promise<void> {
  if (!options.clean) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    await client.end();
    if (rows[0].n > 0)
      throw new Error("Cơ sở dữ liệu đích không trống: dùng --clean để ghi đè (mọi dữ liệu hiện có sẽ bị thay thế).");
  }
  const args = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", libpqUrl(url)];
  if (options.clean) args.push("--clean", "--if-exists");
  await run("pg_restore", [...args, file]);
}

export type TableFingerprint = { rows: number; checksum: string };

/** Row count and an order-independent checksum of every table of the public schema. */
export async function tableFingerprints(url: string): Promise<Record<string, TableFingerprint>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const out: Record<string, TableFingerprint> = {};
    for (const { name } of tables) {
      const q = `SELECT count(*)::int AS rows, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS checksum FROM "${name.replace(/"/g, '""')}" t`;
      const { rows } = await client.query<TableFingerprint>(q);
      out[name] = rows[0];
    }
    return out;
  } finally {
    await client.end();
  }
}
