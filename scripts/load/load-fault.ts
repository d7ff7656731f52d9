/**
 * Load-and-fault drill (issue #7 §8), not part of `npm test`:
 *   npm run load:fault [-- --seconds 30 --workers 24]
 * On a fresh, seeded PostgreSQL database and the production build it runs mixed
 * traffic (dashboard and unit reads, monthly saves, submissions) through the data
 * API, kills the server with SIGKILL in the middle of the writes, restarts it,
 * goes on, and then verifies that every acknowledged write is in the database
 * and that no half-written record exists. Loopback only; bounded in time.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createTempDatabase } from "../db/temp-database";
import { applyPendingMigrations } from "../db/migrations";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDemo } from "../../prisma/seed/seed-demo";
import { hashApiToken } from "../../lib/authz/api-token-hash";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg("seconds", 30);
const WORKERS = arg("workers", 24);
const PORT = arg("port", 3107);
const BASE = `http://127.0.0.1:${PORT}`;
const root = path.resolve(import.meta.dirname, "../..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next-load";

type Payload = { values: { indicatorId: string; num?: number; bool?: boolean; comment: string }[]; submit: boolean };
type Worker = {
  communeId: string;
  token: string;
  version: number;
  acked?: { version: number; payload: Payload };
  inFlight?: Payload;
  done: boolean;
};

const stats = { reads: 0, writes: 0, submits: 0, refused: 0, conflicts: 0, networkErrors: 0, serverErrors: 0 };

function startServer(databaseUrl: string): ChildProcess {
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"],
    {
      cwd: root,
      detached: true,
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: BASE,
        NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
      },
    },
  );
  return child;
}

async function waitHealthy() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

async function main() {
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.log(`building into ${distDir} …`);
    const b = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_DIST_DIR: distDir },
    });
    if (b.status !== 0) throw new Error("build failed");
  }
  const database = await createTempDatabase("bcd_load");
  const sql = new pg.Client({ connectionString: database.url });
  let server: ChildProcess | undefined;
  try {
    await applyPendingMigrations(database.url);
    const db = createPrismaClient(database.url, 2);
    await seedDemo(db);
    await db.$disconnect();
    await sql.connect();

    // One commune-police account and API token per commune whose current month is still editable.
    const { rows: ym } = await sql.query(
      "SELECT extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS y, extract(month FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS m",
    );
    const { y: year, m: month } = ym[0];
    const { rows: communes } = await sql.query(
      `SELECT s."communeId", u."provinceId", coalesce(r.version, 0) AS version
         FROM "Selection" s JOIN "Programme" p ON p.id = s."programmeId" JOIN "Unit" u ON u.id = s."communeId"
         LEFT JOIN "MonthlyReport" r ON r."communeId" = s."communeId" AND r.year = $1 AND r.month = $2
        WHERE p.year = $1 AND s.status = 'SELECTED' AND (r.status IS NULL OR r.status IN ('DRAFT','RETURNED'))
        ORDER BY s."communeId" LIMIT $3`,
      [year, month, WORKERS],
    );
    if (communes.length === 0) throw new Error("no selected commune with an editable current month in the seed");
    const indicators = new Map<string, { id: string; kind: string }[]>();
    const workers: Worker[] = [];
    for (const [i, c] of communes.entries()) {
      if (!indicators.has(c.provinceId)) {
        const { rows } = await sql.query(
          `SELECT id, kind FROM "Indicator" WHERE "provinceId" = $1 AND kind IN ('COUNT','BOOLEAN') AND "validToPeriod" IS NULL`,
          [c.provinceId],
        );
        indicators.set(c.provinceId, rows);
      }
      const token = randomBytes(24).toString("base64url");
      const { rows: user } = await sql.query(
        `INSERT INTO "User" (id, username, "passwordHash", "fullName", role, "unitId", "updatedAt") VALUES (gen_random_uuid(), $1, 'x', 'Tải thử', 'COMMUNE_POLICE', $2, now()) RETURNING id`,
        [`load.${i}`, c.communeId],
      );
      await sql.query(
        `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash") VALUES (gen_random_uuid(), $1, 'load', $2)`,
        [user[0].id, hashApiToken(token)],
      );
      workers.push({ communeId: c.communeId, token, version: Number(c.version), done: false });
    }
    const provinceOf = new Map(communes.map((c) => [c.communeId, c.provinceId as string]));
    const readerToken = randomBytes(24).toString("base64url");
    const { rows: leader } = await sql.query(`SELECT id FROM "User" WHERE username = 'lg.lanhdao'`);
    await sql.query(
      `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash") VALUES (gen_random_uuid(), $1, 'load', $2)`,
      [leader[0].id, hashApiToken(readerToken)],
    );

    server = startServer(database.url);
    await waitHealthy();
    console.log(
      `server up; ${workers.length} writers + 4 readers for ${SECONDS}s, SIGKILL at ${Math.round(SECONDS / 2)}s`,
    );

    const deadline = Date.now() + SECONDS * 1000;
    let serverDown = false;
    let restarted = false;
    const killAt = Date.now() + (SECONDS / 2) * 1000;

    const writer = async (w: Worker) => {
      let n = 0;
      while (Date.now() < deadline && !w.done) {
        n++;
        // Submissions (which end a commune's editing) only after the restart, so writes run across the kill.
        const submit = restarted && n % 10 === 0;
        const payload: Payload = {
          submit,
          values: indicators
            .get(provinceOf.get(w.communeId)!)!
            .map((ind) =>
              ind.kind === "BOOLEAN"
                ? { indicatorId: ind.id, bool: n % 2 === 0, comment: `lần ${n}` }
                : { indicatorId: ind.id, num: n % 7, comment: `lần ${n}` },
            ),
        };
        w.inFlight = payload;
        try {
          const res = await fetch(`${BASE}/api/v1/monthly-reports`, {
            method: "POST",
            headers: { authorization: `Bearer ${w.token}`, "content-type": "application/json" },
            body: JSON.stringify({ communeId: w.communeId, year, month, version: w.version, ...payload }),
            signal: AbortSignal.timeout(15_000),
          });
          const body = (await res.json().catch(() => ({}))) as { data?: { version: number }; error?: { code: string } };
          if (res.ok && body.data) {
            w.version = body.data.version;
            w.acked = { version: body.data.version, payload };
            w.inFlight = undefined;
            stats.writes++;
            if (submit) {
              stats.submits++;
              w.done = true; // a submitted month is no longer editable by the commune
            }
          } else if (res.status >= 500) stats.serverErrors++;
          else if (body.error?.code === "CONFLICT") {
            stats.conflicts++;
            w.inFlight = undefined;
            // Our previous, unacknowledged write may have committed: take the version from the database.
            const { rows } = await sql.query(
              `SELECT version FROM "MonthlyReport" WHERE "communeId" = $1 AND year = $2 AND month = $3`,
              [w.communeId, year, month],
            );
            w.version = rows[0]?.version ?? 0;
          } else {
            stats.refused++;
            w.inFlight = undefined;
          }
        } catch {
          stats.networkErrors++;
          // The request may or may not have committed: keep it as the in-flight candidate.
          while (serverDown && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
          if (w.inFlight) {
            const { rows } = await sql.query(
              `SELECT version FROM "MonthlyReport" WHERE "communeId" = $1 AND year = $2 AND month = $3`,
              [w.communeId, year, month],
            );
            const dbVersion = Number(rows[0]?.version ?? 0);
            if (dbVersion > (w.acked?.version ?? w.version)) {
              // It did commit before the crash: treat it as acknowledged now that we have seen it.
              w.acked = { version: dbVersion, payload: w.inFlight };
              if (w.inFlight.submit) w.done = true;
            }
            w.version = dbVersion;
            w.inFlight = undefined;
          }
        }
      }
    };
    const reader = async () => {
      const paths = [
        "/api/v1/units?limit=50",
        "/api/v1/indicators?limit=50",
        "/api/v1/dashboard/home",
        "/api/v1/monthly-reports?limit=50",
      ];
      let i = 0;
      while (Date.now() < deadline) {
        try {
          const res = await fetch(BASE + paths[i++ % paths.length], {
            headers: { authorization: `Bearer ${readerToken}` },
            signal: AbortSignal.timeout(15_000),
          });
          await res.arrayBuffer();
          if (res.ok) stats.reads++;
          else if (res.status >= 500) stats.serverErrors++;
        } catch {
          stats.networkErrors++;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    const killer = (async () => {
      await new Promise((r) => setTimeout(r, Math.max(0, killAt - Date.now())));
      serverDown = true;
      process.kill(-server!.pid!, "SIGKILL");
      console.log(`SIGKILL sent to the server (pid ${server!.pid}) after ${stats.writes} acknowledged writes`);
      await new Promise((r) => setTimeout(r, 500));
      server = startServer(database.url);
      await waitHealthy();
      serverDown = false;
      restarted = true;
      console.log("server restarted");
    })();
    await Promise.all([...workers.map(writer), reader(), reader(), reader(), reader(), killer]);

    // Verification: the database holds every acknowledged write exactly, and nothing half-written.
    let verified = 0;
    const failures: string[] = [];
    for (const w of workers) {
      if (!w.acked) continue;
      const { rows: report } = await sql.query(
        `SELECT id, version, status FROM "MonthlyReport" WHERE "communeId" = $1 AND year = $2 AND month = $3`,
        [w.communeId, year, month],
      );
      if (!report[0]) {
        failures.push(`${w.communeId}: acknowledged write missing`);
        continue;
      }
      const { rows: values } = await sql.query(
        `SELECT "indicatorId", "numValue", "boolValue" FROM "MonthlyValue" WHERE "reportId" = $1`,
        [report[0].id],
      );
      const byId = new Map(values.map((v) => [v.indicatorId, v]));
      const candidates = [w.acked.payload, ...(w.inFlight ? [w.inFlight] : [])];
      const matches = candidates.some((p) =>
        p.values.every((v) => {
          const row = byId.get(v.indicatorId);
          return row && (v.bool !== undefined ? row.boolValue === v.bool : row.numValue === v.num);
        }),
      );
      if (report[0].version < w.acked.version)
        failures.push(`${w.communeId}: version ${report[0].version} < acknowledged ${w.acked.version}`);
      else if (!matches) failures.push(`${w.communeId}: stored values match no acknowledged write`);
      else if (values.length !== w.acked.payload.values.length)
        failures.push(
          `${w.communeId}: ${values.length} values stored, ${w.acked.payload.values.length} written (half-written)`,
        );
      verified += values.length + 1;
    }
    const { rows: orphans } = await sql.query(
      `SELECT count(*)::int AS n FROM "MonthlyValue" v LEFT JOIN "MonthlyReport" r ON r.id = v."reportId" WHERE r.id IS NULL`,
    );
    if (orphans[0].n > 0) failures.push(`${orphans[0].n} values without a report`);

    console.log("\nLoad-and-fault drill");
    console.log(
      `  duration ${SECONDS}s, writers ${workers.length}, readers 4, cores ${(await import("node:os")).availableParallelism()}`,
    );
    console.log(
      `  requests served: ${stats.reads + stats.writes + stats.refused + stats.conflicts} (reads ${stats.reads}, acknowledged writes ${stats.writes} incl. submissions ${stats.submits}, refused ${stats.refused}, conflicts ${stats.conflicts})`,
    );
    console.log(
      `  errors: ${stats.serverErrors} server errors (5xx), ${stats.networkErrors} connection errors (around the SIGKILL)`,
    );
    console.log(`  verification: ${failures.length === 0 ? "OK" : "FAILED"}; ${verified} rows verified`);
    for (const f of failures.slice(0, 20)) console.log(`    ${f}`);
    process.exitCode = failures.length === 0 && stats.serverErrors === 0 ? 0 : 1;
  } finally {
    if (server?.pid)
      try {
        process.kill(-server.pid, "SIGKILL");
      } catch {}
    await sql.end().catch(() => {});
    await database.drop().catch(() => {});
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
