import "server-only";
import { db } from "@/lib/db";
import { monthsBefore } from "@/lib/domain/period";

/**
 * Stored numeric values of a commune over the `count` months before (year, month), by indicator
 * code (versions of one indicator share a code), oldest first; null = month without a value.
 */
export async function communeNumericHistory(communeId: string, year: number, month: number, codeOf: ReadonlyMap<string, string>, count = 12) {
  const months = monthsBefore(year, month, count);
  const rows = await db.monthlyValue.findMany({
    where: { report: { communeId, OR: months.map((m) => ({ year: m.year, month: m.month })) } },
    select: { numValue: true, boolValue: true, textValue: true, indicatorId: true, report: { select: { year: true, month: true } } },
  });
  const index = new Map(months.map((m, i) => [m.year * 100 + m.month, i]));
  const byCode = new Map<string, (number | null)[]>();
  const previous = new Map<string, { num: number | null; bool: boolean | null; text: string | null }>();
  const last = months[months.length - 1]!;
  for (const r of rows) {
    const i = index.get(r.report.year * 100 + r.report.month);
    const code = codeOf.get(r.indicatorId);
    if (i === undefined || code === undefined) continue;
    let series = byCode.get(code);
    if (!series) byCode.set(code, (series = Array(months.length).fill(null)));
    series[i] = r.numValue;
    if (r.report.year === last.year && r.report.month === last.month) {
      previous.set(code, { num: r.numValue, bool: r.boolValue, text: r.textValue });
    }
  }
  return { byCode, previous };
}
