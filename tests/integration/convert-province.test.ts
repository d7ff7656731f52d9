// Issue #12 "Done means": a 3-level → 2-level conversion of a whole demo province (domain.md §8: districts end,
// communes move under the province; history before keeps its districts). Every selection, open report and account
// is accounted for afterwards, and the totals of 2024 and 2025 are unchanged. The conversion runs on a database of
// its own, seeded with the demo, so that the other suites keep the shared demo's districts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { convertToTwoLevels } from "@/lib/server/units/changes/convert-to-two-levels";
import { previewConvertToTwoLevels } from "@/lib/server/units/changes/preview-convert-to-two-levels";
import { actorOf, unitIdByCode } from "../support/actors";
import { migratedDatabase, type FreshDatabase } from "../support/fresh-database";
import { ownerDb } from "../support/owner-db";

const holder = globalThis as unknown as { __db?: Db };
let fresh: FreshDatabase;
let previous: Db | undefined;

beforeAll(async () => {
  fresh = await migratedDatabase("bcd_conv");
  const seeding = createPrismaClient(fresh.url, 2);
  await seedDemo(seeding);
  await seeding.$disconnect();
  previous = holder.__db;
  holder.__db = createPrismaClient(fresh.url, 2); // lib/db's client for this file only
});
afterAll(async () => {
  await holder.__db?.$disconnect();
  holder.__db = previous;
  await fresh?.drop();
});

async function snapshot(provinceId: string) {
  const [selections, openReports, users, totals, raw] = await Promise.all([
    db.selection.findMany({
      where: { programme: { provinceId } },
      select: { id: true, communeId: true, status: true, hotspotTypes: true },
      orderBy: { id: "asc" },
    }),
    db.monthlyReport.findMany({
      where: { provinceId, status: { not: "ACCEPTED" } },
      select: { id: true, communeId: true, status: true },
      orderBy: { id: "asc" },
    }),
    db.user.findMany({
      where: { unit: { lineage: { has: provinceId } } },
      select: { id: true, unitId: true, isActive: true, role: true },
      orderBy: { id: "asc" },
    }),
    db.$queryRaw<Array<{ year: number; indicatorId: string; total: bigint }>>`
      SELECT year, "indicatorId", SUM(total)::bigint AS total FROM "IndicatorTotal" WHERE "unitId" = ${provinceId}::uuid AND year IN (2024, 2025)
      GROUP BY 1, 2 ORDER BY 1, 2`,
    db.$queryRaw<Array<{ year: number; indicatorId: string; total: bigint }>>`
      SELECT r.year, v."indicatorId", SUM(COALESCE(v."numValue", CASE WHEN v."boolValue" THEN 1 ELSE 0 END))::bigint AS total
      FROM "MonthlyReport" r JOIN "MonthlyValue" v ON v."reportId" = r.id JOIN "Unit" c ON c.id = r."communeId"
      WHERE r.status = 'ACCEPTED' AND r.year IN (2024, 2025) AND ${provinceId}::uuid = ANY(c.lineage) AND (v."numValue" IS NOT NULL OR v."boolValue" IS NOT NULL)
      GROUP BY 1, 2 ORDER BY 1, 2`,
  ]);
  return { selections, openReports, users, totals, raw };
}

// On the freshly seeded database, before the conversion (the shared one also holds other suites' fixtures).
describe("the demo data (issue #12: the demo's merged commune has no report before its first day)", () => {
  it("has no report of a commune for a month before its first day or from the month after it ceased", async () => {
    const bad = await db.$queryRaw<Array<{ code: string; year: number; month: number }>>`
      SELECT u.code, r.year, r.month FROM "MonthlyReport" r JOIN "Unit" u ON u.id = r."communeId"
      WHERE NOT (u."validFrom" < make_date(r.year, r.month, 1) + interval '1 month'
        AND (u."validTo" IS NULL OR u."validTo" > make_date(r.year, r.month, 1)))`;
    expect(bad).toEqual([]);
  });
  it("the merged commune of the demo has its predecessors' figures as a baseline", async () => {
    const merged = await db.unitSuccession.findFirstOrThrow({
      where: { fromUnit: { code: { startsWith: "4990" } } },
      select: { toUnitId: true, fromUnitId: true },
    });
    expect(
      await db.monthlyReport.count({ where: { communeId: merged.fromUnitId, year: 2025, month: { lte: 6 } } }),
    ).toBe(6);
    expect(await db.monthlyReport.count({ where: { communeId: merged.toUnitId, year: 2025, month: { lte: 6 } } })).toBe(
      0,
    );
  });
});

describe("3-level → 2-level conversion of the demo province Long Giang", () => {
  it("accounts for every selection, open report and account; the totals of 2024 and 2025 are unchanged", async () => {
    const admin = await actorOf("admin");
    const provinceId = await unitIdByCode("91");
    const districts = await db.unit.findMany({
      where: { parentId: provinceId, level: "DISTRICT" },
      select: { id: true },
    });
    const communes = await db.unit.findMany({
      where: { parentId: { in: districts.map((d) => d.id) } },
      select: { id: true },
    });
    expect(districts.length).toBeGreaterThan(1);
    const before = await snapshot(provinceId);
    expect(before.totals.length).toBeGreaterThan(0);
    expect(before.totals).toEqual(before.raw);
    const input = { provinceId, effectiveDate: "01/07/2025", legalBasis: "Nghị quyết số 1/NQ-UBTVQH15" };

    const preview = await previewConvertToTwoLevels(admin, input);
    expect(preview.districts.map((d) => d.id).sort()).toEqual(districts.map((d) => d.id).sort());
    expect(preview.communes).toBe(communes.length);
    const districtUsers = before.users
      .filter((u) => districts.some((d) => d.id === u.unitId) && u.isActive)
      .map((u) => u.id)
      .sort();
    expect(preview.users.map((u) => u.id).sort()).toEqual(districtUsers);

    const result = await convertToTwoLevels(admin, input);
    expect(result).toMatchObject({
      districts: districts.length,
      communes: communes.length,
      users: { moved: 0, deactivated: districtUsers.length },
    });
    const after = await snapshot(provinceId);
    // Communes under the province, districts ended (kept, never deleted).
    const moved = await db.unit.findMany({
      where: { id: { in: communes.map((c) => c.id) } },
      select: { parentId: true, lineage: true },
    });
    expect(moved.every((c) => c.parentId === provinceId && c.lineage.length === 3)).toBe(true);
    const ended = await db.unit.findMany({
      where: { id: { in: districts.map((d) => d.id) } },
      select: { validTo: true },
    });
    expect(ended.every((d) => d.validTo?.toISOString().slice(0, 10) === "2025-07-01")).toBe(true);
    // Every selection and open report as it was; every account as it was but the district committees, deactivated.
    expect(after.selections).toEqual(before.selections);
    expect(after.openReports).toEqual(before.openReports);
    expect(after.users).toEqual(
      before.users.map((u) => (districtUsers.includes(u.id) ? { ...u, isActive: false } : u)),
    );
    // The province's totals of 2024 and 2025 unchanged, and still the raw sums under the new tree.
    expect(after.totals).toEqual(before.totals);
    expect(after.raw).toEqual(before.raw);
    expect(await db.auditLog.count({ where: { action: "unit.convert-two-levels", entityId: provinceId } })).toBe(1);
    // Done once: a second conversion finds no district.
    await expect(convertToTwoLevels(admin, input)).rejects.toBeInstanceOf(AppError);
    // The shared database of the other suites still has the demo's districts.
    expect(await ownerDb().unit.count({ where: { level: "DISTRICT", validTo: null, provinceId } })).toBe(0); // other ids there
    expect(await ownerDb().unit.count({ where: { level: "DISTRICT", validTo: null, parent: { code: "91" } } })).toBe(
      districts.length,
    );
  });
});
