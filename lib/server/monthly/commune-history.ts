import "server-only";
import { db } from "@/lib/db";
import { monthsBefore } from "@/lib/domain/period";

/**
 * Stored numeric values of a commune over the `count` months before (year, month), by indicator
 * code (versions of one indicator share a code), oldest first; null = month without a value.
 */
export async function communeNumericHistory(
  communeId: string,
  year: number,
  month: number,
  codeOf: ReadonlyMap<string, string>,
  count = 12,
) {
  const months = monthsBefore(year, month, count);
  const rows = await db.monthlyValue.findMany({
    where: { report: { communeId, OR: months.map((m) => ({ year: m.year, month: m.month })) } },
    select: {
      numValue: true,
      boolValue: true,
      textValue: true,
      indicatorId: true,
      report: { select: { year: true, month: true } },
    },
  });
  const index = new Map(months.map((m, i) => [m.year * 100 + m.month, i]));
  const byCode = new Map<string, (number | null)[]>();
  const previous = new Map<string, { num: number | null; bool: boolean | null; text: string | null }>();
  const last = months[months.length - 1]!;
  for (const row of rows) {
    const position = index.get(row.report.year * 100 + row.report.month);
    const code = codeOf.get(row.indicatorId);
    if (position === undefined || code === undefined) continue;
    let series = byCode.get(code);
    if (!series) byCode.set(code, (series = Array(months.length).fill(null)));
    series[position] = row.numValue;
    if (row.report.year === last.year && row.report.month === last.month) {
      previous.set(code, { num: row.numValue, bool: row.boolValue, text: row.textValue });
    }
  }
  return { byCode, previous };
}
