import "server-only";
import { db } from "@/lib/db";

/** "Full name (unit name)" of the reviewers who took decisions, by user id. */
export async function reviewerNames(rows: readonly { reviewedById: string | null; reviewedUnitId: string | null }[]) {
  const userIds = [...new Set(rows.map((r) => r.reviewedById).filter((x): x is string => !!x))];
  const unitIds = [...new Set(rows.map((r) => r.reviewedUnitId).filter((x): x is string => !!x))];
  const [users, units] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, fullName: true, unit: { select: { name: true } } } }),
    db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }),
  ]);
  const byUser = new Map(users.map((u) => [u.id, u]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return (r: { reviewedById: string | null; reviewedUnitId: string | null }): string | null => {
    const u = r.reviewedById ? byUser.get(r.reviewedById) : undefined;
    const unit = (r.reviewedUnitId ? unitName.get(r.reviewedUnitId) : undefined) ?? u?.unit.name;
    if (!u) return unit ?? null;
    return unit ? `${u.fullName} (${unit})` : u.fullName;
  };
}
