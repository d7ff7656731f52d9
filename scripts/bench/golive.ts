/**
 * Go-live benchmark (issue #11 §8; never part of `npm test`): `npm run bench:golive`.
 * On a fresh database of TEST_DATABASE_ADMIN_URL's server (migrated, no demo seed, dropped at the end), through
 * the app's own use cases in this process:
 *  1. adding the largest province of the official list with its history (most units + links);
 *  2. adding the 33 others with their history (so the whole country: 34 provinces, the national tree);
 *  3. unit search on the national tree as the national administrator: p50/p95 over 400 searches (names typed
 *     without marks, with marks, in NFD, word prefixes), and the same for a province secretariat.
 * Prints the figures; README "Going live" keeps the latest ones. `-- --keep` keeps the database (to EXPLAIN).
 */
import os from "node:os";
// Registers the module hook that lets plain Node load the app's server modules (see app-modules.ts).
import "./app-modules";
import { createTempDatabase } from "../db/temp-database";
import { applyPendingMigrations } from "../db/migrations";
import { createPrismaClient } from "../../lib/prisma-client";

const database = await createTempDatabase("bcd_golive_bench");
try {
  await applyPendingMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789abcdef0123456789";
  const { createFirstAdmin } = await import("../../lib/server/users/create-first-admin");
  const { loadActorByUserId } = await import("../../lib/authz/actor");
  const { applyOfficialImport } = await import("../../lib/server/units/apply-official-import");
  const { officialSource } = await import("../../lib/server/units/official-source");
  const { planProvinceImport } = await import("../../lib/domain/official-province-plan");
  const { searchUnits } = await import("../../lib/server/units/search-units");
  const { db } = await import("../../lib/db");

  const setup = createPrismaClient(database.url, 2);
  const { userId } = await createFirstAdmin(setup, {
    username: "bench.admin",
    fullName: "Quản Trị Đo",
    password: "DoHieuNang2026x",
  });
  await setup.$disconnect();
  const admin = (await loadActorByUserId(userId))!;

  const source = officialSource();
  const sizes = source.provinces
    .map((p) => {
      const plan = planProvinceImport(source, p.code, true)!;
      return {
        code: p.code,
        name: p.name,
        units: 1 + plan.communes.length + plan.formerDistricts.length + plan.formerCommunes.length,
        links: plan.successions.length,
      };
    })
    .sort((a, b) => b.units + b.links - (a.units + a.links));
  const largest = sizes[0];

  let t = performance.now();
  await applyOfficialImport(admin, { provinceCode: largest.code, withHistory: true });
  const largestMs = performance.now() - t;
  t = performance.now();
  for (const p of sizes.slice(1)) await applyOfficialImport(admin, { provinceCode: p.code, withHistory: true });
  const allMs = largestMs + (performance.now() - t);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Unit"`);
  const [units, links] = await Promise.all([db.unit.count(), db.unitSuccession.count()]);

  // Search terms from real names: the folded name, a word prefix, the name with marks, its NFD form.
  const names = (await db.unit.findMany({ select: { name: true }, orderBy: { code: "asc" } })).map((u) => u.name);
  const terms: string[] = [];
  for (let i = 0; terms.length < 400; i += 37) {
    const name = names[i % names.length];
    const bare = name.split(" ").slice(1).join(" ");
    const variants = [
      bare
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D")
        .toLowerCase(),
      bare,
      bare.normalize("NFD"),
      bare.slice(0, 4),
    ];
    terms.push(variants[terms.length % variants.length]);
  }
  const secretariatUnit = await db.unit.findUniqueOrThrow({ where: { code: largest.code } });
  const percentile = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  async function timeSearches(actor: typeof admin) {
    for (const q of terms.slice(0, 20)) await searchUnits(actor, { q, includeFormer: true }); // warm-up
    const ms: number[] = [];
    for (const q of terms) {
      const s = performance.now();
      await searchUnits(actor, { q, includeFormer: true });
      ms.push(performance.now() - s);
    }
    return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
  }
  const national = await timeSearches(admin);
  const provinceActor = {
    ...admin,
    unitId: secretariatUnit.id,
    unitLevel: "PROVINCE" as const,
    provinceId: secretariatUnit.id,
  };
  const province = await timeSearches(provinceActor);
  await db.$disconnect();

  const f = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);
  console.log(`machine: nproc ${os.cpus().length}, ${os.cpus()[0]?.model}, Node ${process.version}`);
  console.log(`| measurement | result | target |`);
  console.log(`|---|---:|---|`);
  console.log(
    `| add the largest province with history (${largest.name}: ${largest.units} units, ${largest.links} links) | ${f(largestMs)} | < 10 s |`,
  );
  console.log(`| add all 34 provinces with history (${units} units, ${links} links) | ${f(allMs)} | < 2 min |`);
  console.log(
    `| unit search, national tree, administrator: p50 / p95 of ${terms.length} | ${f(national.p50)} / ${f(national.p95)} | p95 < 50 ms |`,
  );
  console.log(
    `| unit search, ${largest.name} subtree: p50 / p95 of ${terms.length} | ${f(province.p50)} / ${f(province.p95)} | |`,
  );
} finally {
  if (process.argv.includes("--keep")) console.log(`kept: ${database.url}`);
  else await database.drop();
}
