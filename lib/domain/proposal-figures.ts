// Figures of a proposal, per criteria group (domain.md §3; seed 002 mục III).
// Pre-fill from the commune's monthly figures (issue #3 "Figures already entered for the commune in
// earlier months are pre-filled"): flows (cases, reports) add up over the months; stocks (persons under
// management, spots) take the latest month (IndicatorAggregation SUM / LAST).
import { vnCalendarDaysBetween } from "./vn-date";

export type Aggregation = "SUM" | "LAST";

export interface MonthlyPoint {
  code: string;
  year: number;
  month: number;
  numValue: number | null;
  boolValue: boolean | null;
}

export interface CriterionDef {
  code: string;
  kind: "COUNT" | "BOOLEAN";
  aggregation: Aggregation;
}

export interface PrefilledFigures {
  /** COUNT criteria: code → number. */
  counts: Record<string, number>;
  /** BOOLEAN criteria ("khác"): code → present. */
  flags: Record<string, boolean>;
}

/** The 12 months ending with the month before `today`'s month: [from, to] as year*100+month. */
export function last12MonthsWindow(year: number, month: number): { from: number; to: number } {
  const endIndex = year * 12 + (month - 1) - 1; // previous month
  const startIndex = endIndex - 11;
  const key = (i: number) => Math.floor(i / 12) * 100 + (i % 12) + 1;
  return { from: key(startIndex), to: key(endIndex) };
}

/**
 * Aggregates monthly points into proposal figures. SUM adds the months that have a value; LAST takes the
 * latest month with a value. A yes/no item is present when its latest answer is yes. Criteria without any
 * value are left out (the form shows them empty, never a fabricated 0).
 */
export function prefillFigures(criteria: readonly CriterionDef[], points: readonly MonthlyPoint[]): PrefilledFigures {
  const byCode = new Map<string, MonthlyPoint[]>();
  for (const point of points) (byCode.get(point.code) ?? byCode.set(point.code, []).get(point.code)!).push(point);
  const counts: Record<string, number> = {};
  const flags: Record<string, boolean> = {};
  for (const criterion of criteria) {
    const rows = (byCode.get(criterion.code) ?? [])
      .slice()
      .sort((a, b) => a.year * 100 + a.month - (b.year * 100 + b.month));
    if (criterion.kind === "BOOLEAN") {
      const answered = rows.filter((r) => r.boolValue !== null);
      if (answered.length) flags[criterion.code] = answered[answered.length - 1].boolValue === true;
      continue;
    }
    const valued = rows.filter((r) => r.numValue !== null);
    if (!valued.length) continue;
    counts[criterion.code] =
      criterion.aggregation === "LAST"
        ? valued[valued.length - 1].numValue!
        : valued.reduce((s, r) => s + r.numValue!, 0);
  }
  return { counts, flags };
}

/** Sum of the counts of one group's criteria (the ranking column of the approval table). */
export function groupTotal(
  counts: Readonly<Record<string, number | null | undefined>>,
  codes: readonly string[],
): number {
  return codes.reduce((s, code) => s + (Number.isFinite(counts[code]) ? (counts[code] as number) : 0), 0);
}

export type TaskState = "NOT_STARTED" | "IN_PROGRESS" | "DONE";

/** A plan task is overdue when it is not done and its due day (inclusive) has passed in Vietnam (issue #3). */
export function isTaskOverdue(task: { dueDate: Date; status: TaskState }, today: Date): boolean {
  return task.status !== "DONE" && vnCalendarDaysBetween(task.dueDate, today) > 0;
}
