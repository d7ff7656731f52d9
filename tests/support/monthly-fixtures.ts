import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { loadActorByUserId, type Actor } from "@/lib/authz/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { indicatorsForPeriod } from "@/lib/server/monthly/catalogue";
import { seedIndicatorCatalogue } from "@/prisma/seed/indicator-catalogue";

let seq = 0;
const tag = () => `${Date.now().toString(36).slice(-5)}${(seq += 1)}`;

let provincePromise: Promise<{ id: string; lineage: string[] }> | null = null;

/**
 * The monthly tests' own province (fresh per run): catalogue seeded like a demo province, programmes
 * 2025 and 2026 (deadline day 5, focus from 01/03). The demo provinces are left untouched, so other
 * suites that count communes, selections or catalogue versions are not disturbed.
 */
export function testProvince() {
  provincePromise ??= (async () => {
    const root = await db.unit.findFirstOrThrow({ where: { level: "NATION" }, select: { id: true } });
    const id = randomUUID();
    const t = tag();
    await db.unit.create({
      data: {
        id,
        code: `TP${t}`,
        name: `Tỉnh Thử ${t}`,
        level: "PROVINCE",
        kind: "TINH",
        parentId: root.id,
        lineage: [root.id, id],
        provinceId: id,
      },
    });
    await seedIndicatorCatalogue(db, id);
    for (const year of [2025, 2026]) {
      const d = (m: number, day: number) => new Date(Date.UTC(year, m - 1, day));
      await db.programme.create({
        data: {
          provinceId: id,
          year,
          planNumber: "1/KH-BCĐ",
          planDate: d(1, 5),
          proposalDeadline: d(2, 17),
          approvalDate: d(2, 20),
          planDeadline: d(2, 28),
          focusStart: d(3, 1),
          focusEnd: d(8, 31),
          peakStart: d(3, 1),
          peakEnd: d(5, 31),
          interimReviewDate: d(9, 15),
          yearEndReviewDeadline: d(11, 15),
          reportDeadline: d(11, 19),
          verdictDeadline: d(12, 14),
        },
      });
    }
    return { id, lineage: [root.id, id] };
  })();
  return provincePromise;
}

/** The province secretariat of the test province. */
export async function provinceActor() {
  return actorAt((await testProvince()).id, "PROVINCE_SECRETARIAT");
}

/** A fresh district (in the test province) with `n` communes: the tests' own data. */
export async function freshDistrict(n: number) {
  const province = await testProvince();
  const t = tag();
  const districtId = randomUUID();
  await db.unit.create({
    data: {
      id: districtId,
      code: `T${t}`,
      name: `Huyện Thử ${t}`,
      level: "DISTRICT",
      kind: "HUYEN",
      parentId: province.id,
      lineage: [...province.lineage, districtId],
      provinceId: province.id,
    },
  });
  const communes: { id: string; name: string }[] = [];
  for (let i = 0; i < n; i += 1) {
    const id = randomUUID();
    const name = `Xã Thử ${t}-${i + 1}`;
    await db.unit.create({
      data: {
        id,
        code: `T${t}${i}`,
        name,
        level: "COMMUNE",
        kind: "XA",
        parentId: districtId,
        lineage: [...province.lineage, districtId, id],
        provinceId: province.id,
      },
    });
    communes.push({ id, name });
  }
  return { provinceId: province.id, districtId, communes };
}

/** A user (and its actor) at a unit. */
export async function actorAt(unitId: string, role: Role): Promise<Actor> {
  const user = await db.user.create({
    data: {
      username: `t.${role.toLowerCase()}.${tag()}`,
      fullName: `Người thử ${role}`,
      role,
      unitId,
      passwordHash: "x",
    },
    select: { id: true },
  });
  return (await loadActorByUserId(user.id))!;
}

/** Selects communes in the province's programme of `year` (the programme must exist: seeded by issue #3). */
export async function selectCommunes(provinceId: string, year: number, communeIds: string[]) {
  const programme = await db.programme.findUniqueOrThrow({
    where: { provinceId_year: { provinceId, year } },
    select: { id: true },
  });
  const decision = await db.selectionDecision.create({
    data: {
      programmeId: programme.id,
      number: `T-${tag()}/QĐ`,
      date: new Date(Date.UTC(year, 2, 1)),
      signatoryTitle: "Trưởng BCĐ",
      signatoryName: "Thử",
    },
    select: { id: true },
  });
  await db.selection.createMany({
    data: communeIds.map((communeId) => ({ programmeId: programme.id, communeId, decisionId: decision.id })),
  });
}

/** Indicator ids by code for a month. */
export async function ids(provinceId: string, year: number, month: number) {
  const defs = await indicatorsForPeriod(provinceId, year, month);
  return (code: string) => defs.byCode.get(code)!.id;
}

/** A complete, valid set of values (every typed required indicator), overridable per code. */
export async function fullValues(
  provinceId: string,
  year: number,
  month: number,
  over: Record<string, number | boolean | string | null> = {},
) {
  const defs = await indicatorsForPeriod(provinceId, year, month);
  return defs.list
    .filter((d) => d.kind === "COUNT" || d.kind === "BOOLEAN")
    .map((d) => {
      const v = d.code in over ? over[d.code] : d.kind === "COUNT" ? 2 : false;
      return d.kind === "COUNT"
        ? { indicatorId: d.id, num: v as number | null }
        : { indicatorId: d.id, bool: v as boolean | null };
    });
}

/** A Vietnam-time instant. */
export const vnAt = (y: number, m: number, d: number, h = 10) => new Date(Date.UTC(y, m - 1, d, h - 7));
