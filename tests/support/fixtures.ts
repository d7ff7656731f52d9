import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";

// Small builders shared by the security suites (issue #7): records "belonging to" a unit of any level.

/** The unit itself when it is a commune, else the first existing commune below it (null: none, e.g. an empty branch). */
export async function communeUnder(unitId: string): Promise<string | null> {
  const u = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, level: true } });
  if (u.level === "COMMUNE") return u.id;
  const c = await db.unit.findFirst({
    where: { lineage: { has: unitId }, level: "COMMUNE", validTo: null },
    select: { id: true },
    orderBy: { code: "asc" },
  });
  return c?.id ?? null;
}

/** The province of a unit (itself for a province; null for the nation). */
export async function provinceOf(unitId: string): Promise<string | null> {
  const u = await db.unit.findUniqueOrThrow({
    where: { id: unitId },
    select: { id: true, level: true, provinceId: true },
  });
  return u.provinceId ?? (u.level === "PROVINCE" ? u.id : null);
}

/** Ids of the units an actor may see or be told about: its subtree and its own ancestors. */
export async function visibleUnitIds(actor: Actor): Promise<Set<string>> {
  const rows = await db.unit.findMany({
    where: { OR: [{ lineage: { has: actor.unitId } }, { id: { in: actor.unitLineage } }] },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

/** A bearer token of the user, stored as the app stores it (sha256 only); returns the plain token. */
export async function bearerTokenFor(userId: string): Promise<string> {
  const token = `bcd_${randomBytes(32).toString("base64url")}`;
  await db.apiToken.create({
    data: { userId, name: "Kiểm thử bảo mật", tokenHash: createHash("sha256").update(token, "utf8").digest("hex") },
  });
  return token;
}

let monthSeq = 0;
/** A fresh (year, month) in a range no other suite uses (2060–2099), unique within this test file. */
export function freshMonth(base = 2060) {
  const n = monthSeq++;
  return { year: base + Math.floor(n / 12), month: (n % 12) + 1 };
}

/** A monthly report of a commune of `unitId` for a fresh month; null when the unit has no commune. */
export async function monthlyReportIn(unitId: string, status: "DRAFT" | "SUBMITTED" | "ACCEPTED" = "SUBMITTED") {
  const communeId = await communeUnder(unitId);
  if (!communeId) return null;
  const provinceId = (await provinceOf(communeId))!;
  return db.monthlyReport.create({
    data: { communeId, provinceId, ...freshMonth(), status, submittedAt: status === "DRAFT" ? null : new Date() },
    select: { id: true, version: true, communeId: true, year: true, month: true },
  });
}
