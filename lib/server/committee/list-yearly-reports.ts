import "server-only";
import { db } from "@/lib/db";
import { assertCan, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { completeness, timeliness } from "@/lib/domain/yearly-report";
import { fromDbDay } from "@/lib/domain/vn-date";
import { requireProgrammeForYear } from "@/lib/server/programme/programme-access";
import { yearlyReportSelect } from "./yearly-report-parts";

export type ListYearlyReportsOptions = { actor: Actor; year: number };

/**
 * Issue #18 §3, the standing office's table of `year`: one row per reporter expected (the province's active member
 * agencies and the units holding an active district committee account), its report and timeliness against the
 * programme's `reportDeadline`, and the completeness counts (expected, sent, on time, late), as for monthly figures.
 */
export async function listYearlyReports({ actor, year }: ListYearlyReportsOptions) {
  assertCan(actor, "yearly-report.review");
  const programme = await requireProgrammeForYear(actor, year);
  const [agencies, units, reports] = await Promise.all([
    db.agency.findMany({
      where: { provinceId: programme.provinceId, province: unitScope(actor), isActive: true },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.unit.findMany({
      where: {
        ...unitScope(actor),
        provinceId: programme.provinceId,
        users: { some: { role: "DISTRICT_COMMITTEE", isActive: true } },
      },
      select: { id: true, name: true },
      orderBy: { code: "asc" },
    }),
    db.yearlyReport.findMany({
      where: { programmeId: programme.id },
      select: { ...yearlyReportSelect, agencyId: true, unitId: true },
    }),
  ]);
  const deadline = fromDbDay(programme.reportDeadline);
  const row = (kind: "AGENCY" | "UNIT", id: string, name: string) => {
    const report = reports.find((r) => (kind === "AGENCY" ? r.agencyId : r.unitId) === id) ?? null;
    return { kind, id, name, report, timeliness: timeliness(report?.submittedAt ?? null, deadline) };
  };
  const rows = [...agencies.map((a) => row("AGENCY", a.id, a.name)), ...units.map((u) => row("UNIT", u.id, u.name))];
  return { programme, rows, counts: completeness(rows) };
}
