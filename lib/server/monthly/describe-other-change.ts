import "server-only";
import { db } from "@/lib/db";

/**
 * What the other writer changed: for the "changed by someone else" message. `details.current` holds every
 * stored value of the report as it is now (indicator id, number/yes-no/text, comment), so a device that saved
 * offline can show its figures and the server's side by side and let the user choose (issue #17 §3).
 */
export async function describeOtherChange(reportId: string) {
  const report = await db.monthlyReport.findUnique({
    where: { id: reportId },
    select: {
      version: true,
      status: true,
      updatedAt: true,
      values: { select: { indicatorId: true, numValue: true, boolValue: true, textValue: true, comment: true } },
    },
  });
  const last = await db.valueHistory.findMany({
    where: { value: { reportId } },
    orderBy: { changedAt: "desc" },
    take: 10,
    select: {
      changedAt: true,
      changedById: true,
      oldValue: true,
      newValue: true,
      value: { select: { indicatorId: true } },
    },
  });
  const userIds = [...new Set(last.map((h) => h.changedById).filter((x): x is string => !!x))];
  const users = new Map(
    (
      await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, username: true, fullName: true } })
    ).map((u) => [u.id, u]),
  );
  const latest = last[0];
  const who = latest?.changedById ? (users.get(latest.changedById)?.fullName ?? "người khác") : "người khác";
  return {
    who,
    at: latest?.changedAt ?? report?.updatedAt ?? new Date(),
    details: {
      version: report?.version,
      status: report?.status,
      current: (report?.values ?? []).map((v) => ({
        indicatorId: v.indicatorId,
        num: v.numValue,
        bool: v.boolValue,
        text: v.textValue,
        comment: v.comment,
      })),
      changes: last.map((h) => ({
        indicatorId: h.value.indicatorId,
        at: h.changedAt.toISOString(),
        by: h.changedById ? (users.get(h.changedById)?.username ?? null) : null,
        old: h.oldValue,
        new: h.newValue,
      })),
    },
  };
}
