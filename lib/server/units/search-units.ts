import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, requireUnitInScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { foldForSearch } from "@/lib/domain/vn-fold";
import { toDbDay } from "@/lib/domain/vn-date";
import { appNow } from "@/lib/clock";
import type { UnitSearchInput } from "@/lib/contracts/units/search-units";

export const UNIT_SEARCH_PAGE = 20;

export interface UnitHit {
  id: string;
  code: string;
  name: string;
  level: UnitLevel;
  kind: UnitKind;
  validTo: Date | null;
  parentName: string | null;
}

// Kind words a name starts with, so "dong hoa" ranks "Xã Đông Hòa" as an exact match.
const KIND_PREFIX = "^(xa|phuong|thi tran|dac khu|quan|huyen|thi xa|thanh pho|tinh) ";
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Finds units of the actor's subtree by name or code (issue #11 §4), in PostgreSQL: the typed text is folded
 * like `Unit.searchName` (marks, đ/Đ, case and Unicode form ignored: "dong hoa" finds "Đông Hòa", an NFD "Lập"
 * finds the NFC one) and matched anywhere in the name (trigram index) or, when it holds a digit, at the start of the code. Units in force
 * first, former ones after; each ranked: exact name (with or without its kind word) or code, then name prefix,
 * then a word of the name starting with it, then any contained match; then by name. Former units (validTo on or before
 * today) only with `includeFormer`. Pages of 20 (`page` from 0); `hasMore` when another page follows.
 * Never returns a unit outside the actor's subtree (lineage contains the actor's unit); `underUnitId` narrows
 * it to a unit of that subtree (another tenant's unit: "not found").
 */
export async function searchUnits(
  actor: Actor,
  input: UnitSearchInput,
  now = appNow(),
): Promise<{ items: UnitHit[]; hasMore: boolean }> {
  assertCan(actor, "unit.view");
  const scopeId = input.underUnitId ? (await requireUnitInScope(actor, input.underUnitId)).id : actor.unitId;
  const folded = foldForSearch(input.q);
  if (!folded) return { items: [], hasMore: false };
  const like = likeEscape(folded);
  const code = likeEscape(input.q.trim());
  const page = input.page ?? 0;
  const levels = input.levels?.length ? Prisma.sql`AND u.level::text = ANY(${input.levels})` : Prisma.empty;
  const current = input.includeFormer
    ? Prisma.empty
    : Prisma.sql`AND (u."validTo" IS NULL OR u."validTo" > ${toDbDay(now)}::date)`;
  // The national root's subtree is the whole tree: no lineage test (it would filter every row for nothing).
  const scope =
    !input.underUnitId && actor.unitLevel === "NATION"
      ? Prisma.sql`TRUE`
      : Prisma.sql`u.lineage @> ARRAY[${scopeId}]::uuid[]`;
  // Codes are matched only when the text looks like one (has a digit): an OR with the code would keep
  // PostgreSQL from using the trigram index for names.
  const match = /\d/.test(code)
    ? Prisma.sql`(u."searchName" LIKE ${`%${like}%`} OR u.code LIKE ${`${code}%`})`
    : Prisma.sql`u."searchName" LIKE ${`%${like}%`}`;
  const rows = await db.$queryRaw<UnitHit[]>`
    SELECT u.id, u.code, u.name, u.level, u.kind, u."validTo", p.name AS "parentName"
      FROM "Unit" u LEFT JOIN "Unit" p ON p.id = u."parentId"
     WHERE ${scope}
       AND ${match}
       ${levels} ${current}
     ORDER BY (u."validTo" IS NOT NULL),
              CASE
                WHEN u."searchName" = ${folded} OR regexp_replace(u."searchName", ${KIND_PREFIX}, '') = ${folded} OR u.code = ${input.q.trim()} THEN 0
                WHEN u."searchName" LIKE ${`${like}%`} OR regexp_replace(u."searchName", ${KIND_PREFIX}, '') LIKE ${`${like}%`} THEN 1
                WHEN u."searchName" LIKE ${`% ${like}%`} THEN 2
                ELSE 3
              END,
              u.name, u.code
     LIMIT ${UNIT_SEARCH_PAGE + 1} OFFSET ${page * UNIT_SEARCH_PAGE}`;
  return { items: rows.slice(0, UNIT_SEARCH_PAGE), hasMore: rows.length > UNIT_SEARCH_PAGE };
}
