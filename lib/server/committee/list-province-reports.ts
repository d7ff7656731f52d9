import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { timeliness } from "@/lib/domain/yearly-report";
import { ministryDeadlineOf } from "./ministry-deadline";
import { provinceReportSelect } from "./report-figures";

export type ListProvinceReportsOptions = { actor: Actor; year: number };

/**
 * The ministry's national table of `year` (issue #18 §5): every province in force of the actor's subtree with its
 * report (or none) and timeliness against the ministry's deadline (`ministryDeadlineOf`); counts of reported, on
 * time and late; whether the deadline is the national administrator's or the default.
 */
export async function listProvinceReports({ actor, year }: ListProvinceReportsOptions) {
  assertCan(actor, "ministry.receive");
  const [provinces, { deadline, configured }] = await Promise.all([
    db.unit.findMany({
      where: { ...unitScope(actor), level: "PROVINCE", validTo: null },
      select: {
        id: true,
        name: true,
        programmes: { where: { year }, select: { provinceReport: { select: provinceReportSelect } } },
      },
      orderBy: { code: "asc" },
    }),
    ministryDeadlineOf(year),
  ]);
  const rows = provinces.map((p) => {
    const report = p.programmes[0]?.provinceReport ?? null;
    return { provinceId: p.id, name: p.name, report, timeliness: timeliness(report?.submittedAt ?? null, deadline) };
  });
  const reported = rows.filter((r) => r.report).length;
  const onTime = rows.filter((r) => r.timeliness === "ON_TIME").length;
  return {
    rows,
    deadline,
    deadlineConfigured: configured,
    counts: { expected: rows.length, submitted: reported, onTime, late: reported - onTime },
  };
}
