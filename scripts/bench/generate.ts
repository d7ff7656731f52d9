/**
 * National-scale data set for the benchmark (issue #8), deterministic from a seed, written with
 * server-side bulk SQL (INSERT … SELECT over generated rows), not through the app's use cases.
 *
 *   npm run bench:generate -- --preset national|province [--seed N] [--until yyyy-mm]
 *
 * Target: DATABASE_URL (a real PostgreSQL server with the migrations applied and no units), or by
 * default a fresh database `bcd_bench` on the admin server (TEST_DATABASE_ADMIN_URL, default
 * postgres@127.0.0.1:5432), dropped and re-created, migrated with applyPendingMigrations.
 *
 * Contents: the pre-2025 tree (63 provinces, ~700 districts, ~10,600 communes; preset `province`:
 * one province of 550 communes) with lineage/provinceId exactly as prisma/seed/seed-demo.ts; each
 * province's DEFAULT_CATALOGUE; programme years 2022–2026 (Programme, SelectionDecision, Proposal,
 * Selection ≤ 15 % with carry-overs of the communes not passed, Plan + PlanTask, CommuneReview,
 * CommuneVerdict); one MonthlyReport per commune and month from 2022-01 to `--until` (default: the
 * current month, capped to 2026-12): ACCEPTED, except the last month SUBMITTED (being entered now),
 * with a MonthlyValue for every enterable indicator (COUNT, BOOLEAN); IndicatorTotal computed at the
 * end from the accepted values with the app's definition (lib/server/monthly/indicator-totals.ts);
 * users for every unit (one password, hashed once).
 */
import pg from "pg";
import { mulberry32 } from "../../prisma/seed/random";
import { applyPendingMigrations } from "../db/migrations";
import { adminUrl, dropDatabase, urlForDatabase } from "../db/temp-database";
import { hashPassword } from "../../lib/auth/password";
import { DEFAULT_CATALOGUE } from "../../prisma/seed/indicator-catalogue";
import { defaultProgrammeDates } from "../../lib/domain/programme-calendar";
import { toDbDay } from "../../lib/domain/vn-date";
import { committeeNameFor, NATION_ROOT } from "../../lib/domain/official-units";
import { BENCH_DATABASE, BENCH_PASSWORD } from "./config";

const FIRST_YEAR = 2022;
const LAST_YEAR = 2026;

// ───────────────────────── arguments ─────────────────────────

type Preset = "national" | "province";
function parseArgs(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`--${name}=`));
    return eq?.slice(name.length + 3);
  };
  const preset = (get("preset") ?? "national") as Preset;
  if (preset !== "national" && preset !== "province") throw new Error(`--preset national|province (got ${preset})`);
  const seed = Number(get("seed") ?? 1);
  if (!Number.isInteger(seed) || seed < 0 || seed > 1_000_000) throw new Error("--seed: an integer 0..1000000");
  const now = new Date();
  const defaultUntil = Math.min(now.getUTCFullYear() * 100 + now.getUTCMonth() + 1, LAST_YEAR * 100 + 12);
  const untilRaw = get("until");
  const until = untilRaw ? Number(untilRaw.replace("-", "")) : defaultUntil;
  if (
    !Number.isInteger(until) ||
    until < FIRST_YEAR * 100 + 2 ||
    until > LAST_YEAR * 100 + 12 ||
    until % 100 < 1 ||
    until % 100 > 12
  ) {
    throw new Error("--until yyyy-mm between 2022-02 and 2026-12");
  }
  return { preset, seed, until: { year: Math.floor(until / 100), month: until % 100 } };
}

// ───────────────────────── deterministic randomness ─────────────────────────

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function uuid(r: Rand): string {
  const b = Array.from({ length: 16 }, () => Math.floor(r() * 256));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function shuffle<T>(r: Rand, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

// ───────────────────────── the tree ─────────────────────────

const SYLLABLES = [
  "An",
  "Bình",
  "Hòa",
  "Phú",
  "Long",
  "Tân",
  "Thạnh",
  "Mỹ",
  "Phước",
  "Hưng",
  "Đông",
  "Tây",
  "Nam",
  "Bắc",
  "Trung",
  "Hiệp",
  "Lộc",
  "Thuận",
  "Vĩnh",
  "Xuân",
  "Hải",
  "Sơn",
  "Lâm",
  "Quang",
  "Minh",
  "Đức",
  "Thành",
  "Lợi",
  "Thới",
  "Khánh",
  "Định",
  "Hậu",
  "Ninh",
  "Yên",
  "Cát",
  "Kim",
  "Ngọc",
  "Châu",
  "Điền",
  "Lạc",
  "Phong",
  "Thịnh",
  "Hồng",
  "Gia",
];
const placeName = (r: Rand) => `${pick(r, SYLLABLES)} ${pick(r, SYLLABLES)}`;

type UnitRow = {
  id: string;
  code: string;
  name: string;
  level: "NATION" | "PROVINCE" | "DISTRICT" | "COMMUNE";
  kind: string;
  parentId: string | null;
  lineage: string[];
  provinceId: string | null;
  committeeName: string;
  newRuralYear: number | null;
};
const committee = committeeNameFor;

/** Commune counts per province: 63 sizes from 100 to 550 summing to 10,600 (national) or [550]. */
function provinceSizes(r: Rand, preset: Preset): number[] {
  if (preset === "province") return [550];
  const n = 63,
    total = 10_600;
  const raw = Array.from({ length: n }, () => r() ** 5.6);
  const sizes = raw.map((u) => 100 + Math.round(450 * u));
  sizes[0] = 550;
  sizes[1] = 100;
  // Spread the remainder over the provinces in between so the sum is exactly `total`.
  let diff = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 2; diff !== 0; i = i + 1 >= n ? 2 : i + 1) {
    const step = Math.sign(diff);
    if (sizes[i]! + step >= 100 && sizes[i]! + step <= 540) {
      sizes[i]! += step;
      diff -= step;
    }
  }
  return shuffle(r, sizes);
}

function buildTree(r: Rand, preset: Preset, year: number): UnitRow[] {
  const rootId = uuid(r);
  const rows: UnitRow[] = [
    {
      id: rootId,
      ...NATION_ROOT,
      level: "NATION",
      kind: "QUOC_GIA",
      parentId: null,
      lineage: [rootId],
      provinceId: null,
      newRuralYear: null,
    },
  ];
  let districtCode = 0,
    communeCode = 0;
  provinceSizes(r, preset).forEach((size, p) => {
    const city = p < 5;
    const pName = `${city ? "Thành phố" : "Tỉnh"} ${placeName(r)}`;
    const pid = uuid(r);
    const province: UnitRow = {
      id: pid,
      code: String(p + 1).padStart(2, "0"),
      name: pName,
      level: "PROVINCE",
      kind: city ? "THANH_PHO_TW" : "TINH",
      parentId: rootId,
      lineage: [rootId, pid],
      provinceId: pid,
      committeeName: committee(pName),
      newRuralYear: null,
    };
    rows.push(province);
    const nDistricts = Math.max(5, Math.round(size / 15.1));
    const per = Array.from(
      { length: nDistricts },
      (_, d) => Math.floor(size / nDistricts) + (d < size % nDistricts ? 1 : 0),
    );
    per.forEach((nCommunes, d) => {
      const dKind = d === 0 ? "THANH_PHO" : city && d < nDistricts / 2 ? "QUAN" : r() < 0.08 ? "THI_XA" : "HUYEN";
      const dLabel = { THANH_PHO: "Thành phố", QUAN: "Quận", THI_XA: "Thị xã", HUYEN: "Huyện" }[dKind]!;
      const dName = `${dLabel} ${placeName(r)}`;
      const did = uuid(r);
      const district: UnitRow = {
        id: did,
        code: String(++districtCode).padStart(3, "0"),
        name: dName,
        level: "DISTRICT",
        kind: dKind,
        parentId: pid,
        lineage: [rootId, pid, did],
        provinceId: pid,
        committeeName: committee(dName),
        newRuralYear: null,
      };
      rows.push(district);
      for (let c = 0; c < nCommunes; c++) {
        const urban = dKind !== "HUYEN" && r() < 0.7;
        const cKind = dKind === "HUYEN" && c === 0 ? "THI_TRAN" : urban ? "PHUONG" : "XA";
        const cName = `${{ THI_TRAN: "Thị trấn", PHUONG: "Phường", XA: "Xã" }[cKind]} ${placeName(r)}`;
        const cid = uuid(r);
        rows.push({
          id: cid,
          code: String(++communeCode).padStart(5, "0"),
          name: cName,
          level: "COMMUNE",
          kind: cKind,
          parentId: did,
          lineage: [rootId, pid, did, cid],
          provinceId: pid,
          committeeName: committee(cName),
          newRuralYear: cKind === "XA" && r() < 0.05 ? year - 1 : null,
        });
      }
    });
  });
  return rows;
}

// ───────────────────────── monthly values: deterministic, computed by PostgreSQL ─────────────────────────

/** Value range of each enterable indicator: base + (hash mod spread); yes/no: true in `pct` % of months. */
function valueShape(code: string, kind: string): { base: number; spread: number; pct: number } {
  if (kind === "BOOLEAN") return { base: 0, spread: 0, pct: code === "KQ_XHD" ? 2 : 8 };
  const table: Record<string, [number, number]> = {
    HS_VU: [0, 4],
    MT_VU: [0, 3],
    KT_VU: [0, 2],
    MT_TRONG: [0, 1],
    HS_TO_GIAC: [0, 6],
    KQ_AN_KHAM_PHA: [0, 3],
    KQ_RNT_XAY_RA: [0, 1],
    KQ_RNT_KHAM_PHA: [0, 1],
    KQ_TGTB_XU_LY: [0, 6],
    KQ_HET_AN: [2, 20],
    KQ_TAI_PHAM_SO: [0, 2],
    KQ_MO_HINH: [0, 3],
    KQ_TONG_HO: [800, 3200],
    KQ_HO_TUYEN_TRUYEN: [500, 2500],
  };
  const [base, spread] = table[code] ?? [0, 12];
  return { base, spread, pct: 0 };
}

/**
 * A non-linear integer hash of (commune, indicator, month, seed), evaluated in SQL for every value:
 * x = linear mix mod P, then (x² + 11) mod P, then one Lehmer step (all within bigint).
 */
const HASH_LATERAL = (commune: string, indicator: string, monthIdx: string, seed: number) => `
  CROSS JOIN LATERAL (SELECT (${commune}::bigint * 1000003 + ${indicator}::bigint * 7919 + ${monthIdx}::bigint * 104729 + ${seed}) % 2147483629 AS x) h1
  CROSS JOIN LATERAL (SELECT ((h1.x * h1.x + 11) % 2147483629 * 48271 + 7) % 2147483629 AS v) h`;

// ───────────────────────── helpers ─────────────────────────

const timings: Array<[string, number]> = [];
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  process.stdout.write(`• ${name} … `);
  const out = await fn();
  const ms = performance.now() - t0;
  timings.push([name, ms]);
  console.log(`${(ms / 1000).toFixed(1)} s`);
  return out;
}

async function connect(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'");
  return c;
}

const day = (d: Date) => toDbDay(d).toISOString().slice(0, 10);
const json = (rows: unknown[]) => JSON.stringify(rows);

type Captured = { drops: string[]; creates: string[]; fks: string[] };

/** Drops the indexes, unique/primary keys and foreign keys of bulk-loaded tables (re-created after the load). */
async function dropIndexes(c: pg.Client, tables: string[]): Promise<Captured> {
  const names = tables.map((t) => `"${t}"`);
  const { rows: cons } = await c.query<{ rel: string; name: string; def: string; type: string }>(
    `SELECT conrelid::regclass::text AS rel, conname AS name, pg_get_constraintdef(oid) AS def, contype AS type
     FROM pg_constraint
     WHERE (conrelid = ANY($1::regclass[]) AND contype IN ('p','u','f')) OR (confrelid = ANY($1::regclass[]) AND contype = 'f')`,
    [names],
  );
  const { rows: idx } = await c.query<{ name: string; def: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
     WHERE indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND contype IN ('p','u'))`,
    [names],
  );
  const fkRows = cons.filter((x) => x.type === "f");
  const keyRows = cons.filter((x) => x.type !== "f");
  const drops = [
    ...fkRows.map((x) => `ALTER TABLE ${x.rel} DROP CONSTRAINT "${x.name}"`),
    ...keyRows.map((x) => `ALTER TABLE ${x.rel} DROP CONSTRAINT "${x.name}"`),
    ...idx.map((x) => `DROP INDEX ${x.name}`),
  ];
  for (const sql of drops) await c.query(sql);
  return {
    drops,
    creates: [
      ...keyRows.map((x) => `ALTER TABLE ${x.rel} ADD CONSTRAINT "${x.name}" ${x.def}`),
      ...idx.map((x) => x.def),
    ],
    fks: fkRows.map((x) => `ALTER TABLE ${x.rel} ADD CONSTRAINT "${x.name}" ${x.def}`),
  };
}

/** Runs statements on `pool` connections, each connection taking the next statement. */
async function runParallel(pool: pg.Client[], statements: string[]) {
  const queue = [...statements];
  await Promise.all(
    pool.map(async (c) => {
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) await c.query(s);
    }),
  );
}

// ───────────────────────── main ─────────────────────────

async function resolveTarget(): Promise<string> {
  const given = process.env.DATABASE_URL;
  if (given) {
    if (!/^postgres(ql)?:\/\//.test(given))
      throw new Error("DATABASE_URL doit être postgres://… (a real PostgreSQL server; PGlite is refused)");
    return given;
  }
  const url = urlForDatabase(adminUrl(), BENCH_DATABASE);
  await dropDatabase(BENCH_DATABASE);
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${BENCH_DATABASE}"`);
  await admin.end();
  return url;
}

async function main() {
  const { preset, seed, until } = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const url = await step(
    `database (${process.env.DATABASE_URL ? "DATABASE_URL" : `fresh ${BENCH_DATABASE}`})`,
    resolveTarget,
  );
  const c = await connect(url);
  const {
    rows: [ver],
  } = await c.query<{ v: string }>("SELECT version() AS v");
  if (/wasm|emscripten|pglite/i.test(ver!.v))
    throw new Error(`PGlite is refused: the benchmark needs a real PostgreSQL server (${ver!.v})`);
  await step("migrations", () => applyPendingMigrations(url));
  const {
    rows: [{ n: existing }],
  } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Unit"`);
  if (existing > 0)
    throw new Error(
      "the target database already has units: give an empty, migrated database (or no DATABASE_URL for a fresh bcd_bench)",
    );
  const c2 = await connect(url);
  const pool = [c, c2];

  const r = mulberry32(seed);
  const months: Array<{ y: number; m: number; idx: number }> = [];
  for (let y = FIRST_YEAR; y * 100 + 1 <= until.year * 100 + until.month; y++) {
    for (let m = 1; m <= 12 && y * 100 + m <= until.year * 100 + until.month; m++)
      months.push({ y, m, idx: (y - FIRST_YEAR) * 12 + m - 1 });
  }
  const lastIdx = months.at(-1)!.idx;
  console.log(
    `preset ${preset}, seed ${seed}, months ${months.length} (2022-01 … ${until.year}-${String(until.month).padStart(2, "0")}; the last one SUBMITTED), PostgreSQL: ${ver!.v.split(" on ")[0]}`,
  );

  // ── units
  const units = buildTree(r, preset, until.year);
  await step(`units (${units.length})`, () =>
    c.query(
      `INSERT INTO "Unit" (id, code, name, level, kind, "parentId", lineage, "provinceId", "committeeName", "newRuralYear", "updatedAt")
       SELECT id, code, name, level, kind, "parentId", lineage, "provinceId", "committeeName", "newRuralYear", now()
       FROM json_to_recordset($1::json) AS x(id uuid, code text, name text, level "UnitLevel", kind "UnitKind", "parentId" uuid,
         lineage uuid[], "provinceId" uuid, "committeeName" text, "newRuralYear" int)`,
      [json(units)],
    ),
  );
  const provinces = units.filter((u) => u.level === "PROVINCE");
  const communes = units.filter((u) => u.level === "COMMUNE");

  // Work tables (dropped at the end): commune ordinals and the value shape of each indicator.
  await c.query(`DROP SCHEMA IF EXISTS bench_gen CASCADE; CREATE SCHEMA bench_gen`);
  await c.query(
    `CREATE UNLOGGED TABLE bench_gen.commune AS
     SELECT x.id, x.ord, x.province_ord, u."provinceId" AS province_id, u."parentId" AS district_id
     FROM json_to_recordset($1::json) AS x(id uuid, ord int, province_ord int) JOIN "Unit" u ON u.id = x.id`,
    [
      json(
        communes.map((u, i) => ({
          id: u.id,
          ord: i + 1,
          province_ord: provinces.findIndex((p) => p.id === u.provinceId),
        })),
      ),
    ],
  );
  await c.query(
    `CREATE UNLOGGED TABLE bench_gen.month AS SELECT * FROM json_to_recordset($1::json) AS x(y int, m int, idx int)`,
    [json(months)],
  );

  // ── users: one per unit and role, one password hashed once
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await step("users", () =>
    c.query(
      `INSERT INTO "User" (id, username, "passwordHash", "fullName", role, "unitId", "updatedAt")
       SELECT gen_random_uuid(), x.username, $1, x.full_name, x.role::"Role", u.id, now()
       FROM "Unit" u CROSS JOIN LATERAL (VALUES
         ('admin', 'Quản trị hệ thống', 'ADMIN', 'NATION'),
         ('t' || u.code || '.thuongtruc', 'Thường trực BCĐ ' || u.name, 'PROVINCE_SECRETARIAT', 'PROVINCE'),
         ('t' || u.code || '.lanhdao', 'Lãnh đạo ' || u.name, 'PROVINCE_LEADER', 'PROVINCE'),
         ('h' || u.code, 'BCĐ ' || u.name, 'DISTRICT_COMMITTEE', 'DISTRICT'),
         ('x' || u.code, 'Công an ' || u.name, 'COMMUNE_POLICE', 'COMMUNE')
       ) AS x(username, full_name, role, level)
       WHERE x.level = u.level::text`,
      [passwordHash],
    ),
  );
  await c.query(`ALTER TABLE bench_gen.commune ADD COLUMN commune_user uuid, ADD COLUMN district_user uuid`);
  await c.query(`UPDATE bench_gen.commune g SET commune_user = (SELECT id FROM "User" WHERE "unitId" = g.id LIMIT 1),
                   district_user = (SELECT id FROM "User" WHERE "unitId" = g.district_id LIMIT 1)`);

  // ── indicator catalogue of every province (bulk)
  const catalogue = DEFAULT_CATALOGUE.map((e, i) => ({
    ord: i + 1,
    code: e.code,
    name: e.name,
    group: e.group,
    kind: e.kind,
    unit_label: e.unitLabel ?? "",
    lower_is_better: e.lowerIsBetter ?? false,
    aggregation: e.aggregation ?? "SUM",
    target_comparator: e.target?.comparator ?? null,
    target_value: e.target?.value ?? null,
    numerator: e.numerator ?? null,
    denominator: e.denominator ?? null,
    is_selection: e.isSelectionCriterion ?? false,
    is_result: e.isResultIndicator ?? false,
    is_required: e.isRequired ?? (e.kind !== "RATIO" && e.kind !== "REDUCTION"),
    ...valueShape(e.code, e.kind),
  }));
  await step(`indicators (${catalogue.length} × ${provinces.length} provinces)`, async () => {
    await c.query(
      `CREATE UNLOGGED TABLE bench_gen.catalogue AS SELECT * FROM json_to_recordset($1::json) AS x(ord int, code text, name text, "group" text, kind text,
         unit_label text, lower_is_better boolean, aggregation text, target_comparator text, target_value numeric, numerator text, denominator text,
         is_selection boolean, is_result boolean, is_required boolean, base int, spread int, pct int)`,
      [json(catalogue)],
    );
    await c.query(
      `INSERT INTO "Indicator" (id, "provinceId", code, name, "group", kind, "unitLabel", "lowerIsBetter", aggregation, "targetComparator",
         "targetValue", "isSelectionCriterion", "isResultIndicator", "isRequired", "sortOrder")
       SELECT gen_random_uuid(), p.id, k.code, k.name, k."group"::"CriteriaGroup", k.kind::"IndicatorKind", k.unit_label, k.lower_is_better,
         k.aggregation::"IndicatorAggregation", k.target_comparator::"TargetComparator", k.target_value, k.is_selection, k.is_result, k.is_required, k.ord - 1
       FROM "Unit" p CROSS JOIN bench_gen.catalogue k WHERE p.level = 'PROVINCE' ORDER BY p.code, k.ord`,
    );
    await c.query(
      `UPDATE "Indicator" i SET
         "numeratorId" = (SELECT n.id FROM "Indicator" n WHERE n."provinceId" = i."provinceId" AND n.code = k.numerator),
         "denominatorId" = (SELECT d.id FROM "Indicator" d WHERE d."provinceId" = i."provinceId" AND d.code = k.denominator)
       FROM bench_gen.catalogue k
       WHERE k.code = i.code AND (k.numerator IS NOT NULL OR k.denominator IS NOT NULL)`,
    );
    await c.query(
      `CREATE UNLOGGED TABLE bench_gen.indicator AS
       SELECT i.id, i."provinceId" AS province_id, k.ord, k.kind, k.base, k.spread, k.pct
       FROM "Indicator" i JOIN bench_gen.catalogue k ON k.code = i.code WHERE k.kind IN ('COUNT', 'BOOLEAN')`,
    );
  });

  // ── programme years: programme, decision, proposals, selections (≤ 15 %, carry-overs), plans, reviews, verdicts
  await step("programmes, selections, plans, reviews, verdicts", async () => {
    const programmes: object[] = [],
      decisions: object[] = [],
      proposals: object[] = [],
      selections: object[] = [];
    const plans: object[] = [],
      tasks: object[] = [],
      reviews: object[] = [],
      verdicts: object[] = [];
    const byProvince = new Map<string, UnitRow[]>();
    for (const cm of communes) byProvince.set(cm.provinceId!, [...(byProvince.get(cm.provinceId!) ?? []), cm]);
    const hotspots = ["TYPE_1", "TYPE_2", "TYPE_3", "TYPE_4"];
    for (const p of provinces) {
      const list = byProvince.get(p.id)!;
      let notPassed: UnitRow[] = [];
      for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        const d = defaultProgrammeDates(year);
        const programmeId = uuid(r),
          decisionId = uuid(r);
        programmes.push({
          id: programmeId,
          provinceId: p.id,
          year,
          planNumber: `${int(r, 10, 150)}/KH-BCĐ`,
          planDate: day(d.proposalStart),
          proposalDeadline: day(d.proposalDeadline),
          approvalDate: day(d.listApprovalDate),
          planDeadline: day(d.planDeadline),
          focusStart: day(d.focusStart),
          focusEnd: day(d.focusEnd),
          peakStart: day(d.peakStart),
          peakEnd: day(d.peakEnd),
          interimReviewDate: day(d.interimReviewDate),
          yearEndReviewDeadline: day(d.districtReviewDeadline),
          reportDeadline: day(d.provinceReportDeadline),
          verdictDeadline: day(d.verdictDeadline),
        });
        decisions.push({
          id: decisionId,
          programmeId,
          number: `${int(r, 1, 99)}/QĐ-BCĐ`,
          date: day(d.listApprovalDate),
          signatoryTitle: "Trưởng Ban Chỉ đạo",
          signatoryName: "Nguyễn Văn " + pick(r, SYLLABLES),
        });
        const cap = Math.floor(list.length * 0.15);
        const target = Math.min(cap, Math.floor(list.length * (0.1 + 0.05 * r())));
        const carry = notPassed.slice(0, target);
        const taken = new Set(carry.map((x) => x.id));
        const fresh = shuffle(
          r,
          list.filter((x) => !taken.has(x.id)),
        ).slice(0, target - carry.length);
        const chosen = [...carry.map((x) => [x, true] as const), ...fresh.map((x) => [x, false] as const)];
        const past = year < until.year;
        const interimDone = past || until.month >= 9;
        const yearEndSubmitted = year === until.year && until.month >= 11;
        notPassed = [];
        chosen.forEach(([cm, isCarry], k) => {
          const proposalId = uuid(r),
            selectionId = uuid(r),
            planId = uuid(r);
          const types = [pick(r, hotspots)];
          proposals.push({
            id: proposalId,
            programmeId,
            communeId: cm.id,
            proposedByUnitId: cm.parentId,
            source: isCarry ? "CARRY_OVER" : "DISTRICT",
            status: "APPROVED",
            hotspotTypes: types,
            justification: "Địa bàn phức tạp về an ninh, trật tự",
            carryOverReasons: isCarry ? "Chưa đạt năm trước" : null,
            submittedAt: day(d.proposalDeadline),
            decidedAt: day(d.listApprovalDate),
          });
          selections.push({
            id: selectionId,
            programmeId,
            communeId: cm.id,
            proposalId,
            decisionId,
            hotspotTypes: types,
          });
          plans.push({
            id: planId,
            selectionId,
            number: `${k + 1}/KH-UBND`,
            date: day(d.planDeadline),
            measures: [
              { area: "Tuyên truyền", content: "Tổ chức tuyên truyền phòng, chống tội phạm" },
              { area: "Trấn áp", content: "Mở đợt cao điểm tấn công, trấn áp tội phạm" },
            ],
          });
          for (const [i, title] of [
            "Họp dân tuyên truyền",
            "Rà soát đối tượng",
            "Xây dựng mô hình tự quản",
          ].entries()) {
            tasks.push({
              id: uuid(r),
              planId,
              area: ["Tuyên truyền", "Trấn áp", "Phòng ngừa"][i],
              title,
              assignee: "Công an xã",
              dueDate: day(d.focusEnd),
              status: past ? "DONE" : i === 0 ? "DONE" : "IN_PROGRESS",
            });
          }
          if (interimDone)
            reviews.push({
              id: uuid(r),
              selectionId,
              kind: "INTERIM",
              status: "ACCEPTED",
              results: "Tình hình an ninh, trật tự chuyển biến tích cực",
              meetingDate: day(d.interimReviewDate),
            });
          if (past || yearEndSubmitted)
            reviews.push({
              id: uuid(r),
              selectionId,
              kind: "YEAR_END",
              status: past ? "ACCEPTED" : "SUBMITTED",
              results: "Hoàn thành các chỉ tiêu đề ra",
              newComplexity: false,
              meetingDate: day(d.districtReviewDeadline),
            });
          if (past) {
            const v = r() < 0.8 ? "PASSED" : "NOT_PASSED";
            if (v === "NOT_PASSED") notPassed.push(cm);
            verdicts.push({
              id: uuid(r),
              selectionId,
              communeId: cm.id,
              year,
              stage: "ISSUED",
              districtProposal: v,
              secretariatProposal: v,
              verdict: v,
              recommendation: v,
              decisionNumber: `${int(r, 100, 999)}/QĐ-BCĐ`,
              decisionDate: day(d.verdictDeadline),
              issuedAt: day(d.verdictDeadline),
            });
          }
        });
      }
    }
    const insert = (table: string, cols: string, types: string, rows: object[], extra = "") =>
      c.query(
        `INSERT INTO "${table}" (${cols}${extra ? `, ${extra.split("=")[0]}` : ""}) SELECT ${cols}${extra ? `, ${extra.split("=")[1]}` : ""} FROM json_to_recordset($1::json) AS x(${types})`,
        [json(rows)],
      );
    await insert(
      "Programme",
      `id, "provinceId", year, "planNumber", "planDate", "proposalDeadline", "approvalDate", "planDeadline", "focusStart", "focusEnd", "peakStart", "peakEnd", "interimReviewDate", "yearEndReviewDeadline", "reportDeadline", "verdictDeadline"`,
      `id uuid, "provinceId" uuid, year int, "planNumber" text, "planDate" date, "proposalDeadline" date, "approvalDate" date, "planDeadline" date, "focusStart" date, "focusEnd" date, "peakStart" date, "peakEnd" date, "interimReviewDate" date, "yearEndReviewDeadline" date, "reportDeadline" date, "verdictDeadline" date`,
      programmes,
      `"updatedAt"=now()`,
    );
    await insert(
      "SelectionDecision",
      `id, "programmeId", number, date, "signatoryTitle", "signatoryName"`,
      `id uuid, "programmeId" uuid, number text, date date, "signatoryTitle" text, "signatoryName" text`,
      decisions,
    );
    await insert(
      "Proposal",
      `id, "programmeId", "communeId", "proposedByUnitId", source, status, "hotspotTypes", justification, "carryOverReasons", "submittedAt", "decidedAt"`,
      `id uuid, "programmeId" uuid, "communeId" uuid, "proposedByUnitId" uuid, source "ProposalSource", status "ProposalStatus", "hotspotTypes" "HotspotType"[], justification text, "carryOverReasons" text, "submittedAt" timestamp, "decidedAt" timestamp`,
      proposals,
      `"updatedAt"=now()`,
    );
    await insert(
      "Selection",
      `id, "programmeId", "communeId", "proposalId", "decisionId", "hotspotTypes"`,
      `id uuid, "programmeId" uuid, "communeId" uuid, "proposalId" uuid, "decisionId" uuid, "hotspotTypes" "HotspotType"[]`,
      selections,
    );
    await insert(
      "Plan",
      `id, "selectionId", number, date, measures`,
      `id uuid, "selectionId" uuid, number text, date date, measures jsonb`,
      plans,
      `"updatedAt"=now()`,
    );
    await insert(
      "PlanTask",
      `id, "planId", area, title, assignee, "dueDate", status`,
      `id uuid, "planId" uuid, area text, title text, assignee text, "dueDate" date, status "TaskStatus"`,
      tasks,
      `"updatedAt"=now()`,
    );
    await insert(
      "CommuneReview",
      `id, "selectionId", kind, status, results, "newComplexity", "meetingDate"`,
      `id uuid, "selectionId" uuid, kind "ReviewKind", status "ReviewStatus", results text, "newComplexity" boolean, "meetingDate" date`,
      reviews,
      `"updatedAt"=now()`,
    );
    await insert(
      "CommuneVerdict",
      `id, "selectionId", "communeId", year, stage, "districtProposal", "secretariatProposal", verdict, recommendation, "decisionNumber", "decisionDate", "issuedAt"`,
      `id uuid, "selectionId" uuid, "communeId" uuid, year int, stage "VerdictStage", "districtProposal" "Verdict", "secretariatProposal" "Verdict", verdict "Verdict", recommendation "Verdict", "decisionNumber" text, "decisionDate" date, "issuedAt" timestamp`,
      verdicts,
      `"updatedAt"=now()`,
    );
    console.log(
      `(${programmes.length} programmes, ${selections.length} selections, ${tasks.length} plan tasks, ${reviews.length} reviews, ${verdicts.length} verdicts)`,
    );
  });

  // ── monthly reports and values
  await step(`monthly reports (${communes.length} × ${months.length})`, () =>
    c.query(
      `INSERT INTO "MonthlyReport" (id, "communeId", "provinceId", year, month, status, "submittedAt", "submittedById", "reviewedAt", "reviewedById", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), g.id, g.province_id, m.y, m.m,
         (CASE WHEN m.idx = $1 THEN 'SUBMITTED' ELSE 'ACCEPTED' END)::"ReviewStatus",
         t.submitted, g.commune_user,
         CASE WHEN m.idx = $1 THEN NULL ELSE t.submitted + interval '2 days' END,
         CASE WHEN m.idx = $1 THEN NULL ELSE g.district_user END,
         t.submitted - interval '3 days', COALESCE(CASE WHEN m.idx = $1 THEN NULL ELSE t.submitted + interval '2 days' END, t.submitted)
       FROM bench_gen.commune g CROSS JOIN bench_gen.month m
       JOIN "Unit" u ON u.id = g.id
       CROSS JOIN LATERAL (SELECT make_timestamptz(m.y, m.m, 1, 2, 0, 0, 'UTC') + interval '1 month' - interval '3 days' + (g.ord % 5) * interval '7 hours' AS submitted) t
       -- Only months the commune exists in (issue #12; lib/domain/unit-succession.ts unitExistsInMonth).
       WHERE u."validFrom" < make_date(m.y, m.m, 1) + interval '1 month' AND (u."validTo" IS NULL OR u."validTo" > make_date(m.y, m.m, 1))
       ORDER BY g.province_ord, m.idx, g.ord`,
      [lastIdx],
    ),
  );

  const big = await step("drop indexes and keys of MonthlyValue and IndicatorTotal", () =>
    dropIndexes(c, ["MonthlyValue", "IndicatorTotal"]),
  );
  const parity = (col: string, k: number) => `${col} % 2 = ${k}`;
  await step("monthly values (2 connections)", () =>
    runParallel(
      pool,
      [0, 1].map(
        (k) => `
      INSERT INTO "MonthlyValue" (id, "reportId", "indicatorId", "numValue", "boolValue", "updatedAt", "updatedById")
      SELECT gen_random_uuid(), r.id, i.id,
        CASE WHEN i.kind = 'COUNT' THEN i.base + (h.v % (i.spread + 1))::int END,
        CASE WHEN i.kind = 'BOOLEAN' THEN (h.v % 100) < i.pct END,
        r."submittedAt", r."submittedById"
      FROM bench_gen.commune g
      JOIN "MonthlyReport" r ON r."communeId" = g.id
      JOIN bench_gen.indicator i ON i.province_id = g.province_id
      ${HASH_LATERAL("g.ord", "i.ord", "((r.year - 2022) * 12 + r.month - 1)", seed)}
      WHERE ${parity("g.province_ord", k)}`,
      ),
    ),
  );

  // IndicatorTotal with the app's definition (lib/server/monthly/indicator-totals.ts): for each ACCEPTED report,
  // each unit of lineage[2:] (commune, district, province) × indicator × month: SUM(numValue, or 1 per true
  // answer), reports = number of contributing values. Done in two passes, which is the same sum: the commune
  // cells (one value per cell: (reportId, indicatorId) and (communeId, year, month) are unique), then the
  // ancestors' cells summed from the commune cells.
  await step("IndicatorTotal: commune cells (2 connections)", () =>
    runParallel(
      pool,
      [0, 1].map(
        (k) => `
      INSERT INTO "IndicatorTotal" ("unitId", "indicatorId", year, month, total, reports)
      SELECT r."communeId", v."indicatorId", r.year, r.month,
        COALESCE(v."numValue", CASE WHEN v."boolValue" THEN 1 ELSE 0 END)::bigint, 1
      FROM "MonthlyReport" r JOIN bench_gen.commune g ON g.id = r."communeId" AND ${parity("g.province_ord", k)}
      JOIN "MonthlyValue" v ON v."reportId" = r.id
      WHERE r.status = 'ACCEPTED' AND (v."numValue" IS NOT NULL OR v."boolValue" IS NOT NULL)`,
      ),
    ),
  );
  await step("IndicatorTotal: district and province cells (2 connections)", () =>
    runParallel(
      pool,
      [0, 1].map(
        (k) => `
      INSERT INTO "IndicatorTotal" ("unitId", "indicatorId", year, month, total, reports)
      SELECT a.unit_id, t."indicatorId", t.year, t.month, SUM(t.total)::bigint, SUM(t.reports)::int
      FROM "IndicatorTotal" t
      JOIN bench_gen.commune g ON g.id = t."unitId" AND ${parity("g.province_ord", k)}
      JOIN "Unit" c ON c.id = g.id
      CROSS JOIN LATERAL unnest(c.lineage[2:array_length(c.lineage, 1) - 1]) AS a(unit_id)
      GROUP BY 1, 2, 3, 4`,
      ),
    ),
  );

  await step("re-create keys and indexes (2 connections)", () => runParallel(pool, big.creates));
  await step("re-create foreign keys", () => runParallel(pool, big.fks));

  // Spot check: the totals of the largest province, one of its districts and one commune for one accepted
  // month equal the app's definition evaluated over the raw values.
  await step("check totals = raw sums (sample)", async () => {
    const { rows } = await c.query<{ unit: string; month: number; raw: string; tot: string }>(
      `
      WITH p AS (SELECT "provinceId" AS id FROM "Unit" WHERE level = 'COMMUNE' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1),
      units AS (
        SELECT id FROM p
        UNION ALL (SELECT id FROM "Unit" WHERE level = 'DISTRICT' AND "provinceId" = (SELECT id FROM p) ORDER BY code LIMIT 1)
        UNION ALL (SELECT id FROM "Unit" WHERE level = 'COMMUNE' AND "provinceId" = (SELECT id FROM p) ORDER BY code LIMIT 1)),
      raw AS (
        SELECT u.unit_id, SUM(COALESCE(v."numValue", CASE WHEN v."boolValue" THEN 1 ELSE 0 END)) AS s
        FROM "MonthlyReport" r JOIN "Unit" c ON c.id = r."communeId" CROSS JOIN LATERAL unnest(c.lineage[2:]) AS u(unit_id)
        JOIN "MonthlyValue" v ON v."reportId" = r.id
        WHERE r.status = 'ACCEPTED' AND r.year = $1 AND r.month = $2 AND c."provinceId" = (SELECT id FROM p) AND u.unit_id IN (SELECT id FROM units)
        GROUP BY 1)
      SELECT raw.unit_id AS unit, raw.s::text AS raw, (SELECT SUM(total) FROM "IndicatorTotal" t WHERE t."unitId" = raw.unit_id AND t.year = $1 AND t.month = $2)::text AS tot FROM raw`,
      [months.at(-2)!.y, months.at(-2)!.m],
    );
    const bad = rows.filter((x) => x.raw !== x.tot);
    if (rows.length !== 3 || bad.length > 0)
      throw new Error(`IndicatorTotal differs from the raw sums: ${JSON.stringify(rows)}`);
    process.stdout.write(`(${rows.map((x) => x.tot).join(" / ")}) `);
  });

  await c.query(`DROP SCHEMA bench_gen CASCADE`);
  await step("VACUUM ANALYZE", () => c.query("VACUUM ANALYZE"));

  const { rows: counts } = await c.query<{ t: string; n: string }>(`
    SELECT t, n::text FROM (VALUES
      ('Unit', (SELECT count(*) FROM "Unit")), ('User', (SELECT count(*) FROM "User")), ('Indicator', (SELECT count(*) FROM "Indicator")),
      ('Programme', (SELECT count(*) FROM "Programme")), ('Selection', (SELECT count(*) FROM "Selection")), ('Plan', (SELECT count(*) FROM "Plan")),
      ('CommuneReview', (SELECT count(*) FROM "CommuneReview")), ('CommuneVerdict', (SELECT count(*) FROM "CommuneVerdict")),
      ('MonthlyReport', (SELECT count(*) FROM "MonthlyReport")), ('MonthlyValue', (SELECT count(*) FROM "MonthlyValue")),
      ('IndicatorTotal', (SELECT count(*) FROM "IndicatorTotal"))) AS x(t, n)`);
  const {
    rows: [size],
  } = await c.query<{ s: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS s`);
  await c.end();
  await c2.end();
  console.log("\nRows:");
  for (const x of counts) console.log(`  ${x.t.padEnd(16)} ${Number(x.n).toLocaleString("en-US").padStart(12)}`);
  console.log(
    `Database size: ${size!.s}. Total time: ${((performance.now() - t0) / 1000).toFixed(1)} s. Password of every account: ${BENCH_PASSWORD}`,
  );
  console.log(`DATABASE_URL=${url}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
