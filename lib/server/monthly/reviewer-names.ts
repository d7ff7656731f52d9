import "server-only";
import { db } from "@/lib/db";

/** "Full name (unit name)" of the reviewers who took decisions, by user id. */
export async function reviewerNames(rows: readonly { reviewedById: string | null; reviewedUnitId: string | null }[]) {
  const userIds = [...new Set(rows.map((r) => r.reviewedById).filter((x): x is string => !!x))];
  const unitIds = [...new Set(rows.map((r) => r.reviewedUnitId).filter((x): x is string => !!x))];
  const [users, units] = await Promise.all([
    db.user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, fullName: true, unit: { select: { name: true } } },
    }),
    db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }),
  ]);
  const byUser = new Map(users.map((u) => [u.id, u]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return (row: { reviewedById: string | null; reviewedUnitId: string | null }): string | null => {
    const reviewer = row.reviewedById ? byUser.get(row.reviewedById) : undefined;
    const unit = (row.reviewedUnitId ? unitName.get(row.reviewedUnitId) : undefined) ?? reviewer?.unit.name;
    if (!reviewer) return unit ?? null;
    return unit ? `${reviewer.fullName} (${unit})` : reviewer.fullName;
  };
}
