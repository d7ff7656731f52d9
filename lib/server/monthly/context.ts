import "server-only";
import { db } from "@/lib/db";
import { isUuid, unitScope } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/actor";
import { notFound } from "@/lib/errors";
import { DEFAULT_ENTRY_DEADLINE_DAY, entryWindowStatus, monthlyFiguresDueDate } from "@/lib/domain/entry-window";
import { appNow } from "@/lib/clock";
import { monthlyEntryRefusal } from "@/lib/domain/unit-succession";
import { fromDbDay } from "@/lib/domain/vn-date";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { monthly } from "@/lib/i18n/vi/monthly";

export function checkYearMonth(year: number, month: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100 || !Number.isInteger(month) || month < 1 || month > 12)
    throw notFound();
}

/** The programme of a province's year (deadline day, focus start), if any. */
export async function programmeOf(provinceId: string, year: number) {
  return db.programme.findUnique({
    where: { provinceId_year: { provinceId, year } },
    select: { id: true, entryDeadlineDay: true, focusStart: true },
  });
}

/**
 * Communes expected to report for a month: selected (status SELECTED) in the province's programme of that year, and
 * the communes a selected one took over during that year (issue #12: A's selection passed to C on 01/07; A still
 * reports January–June). Callers keep only the communes existing in the month.
 */
export async function selectedCommuneIds(provinceId: string, year: number): Promise<Set<string>> {
  const rows = await db.selection.findMany({
    where: { status: "SELECTED", programme: { provinceId, year } },
    select: { communeId: true },
  });
  const ids = rows.map((r) => r.communeId);
  const taken = await db.unitSuccession.findMany({
    where: {
      toUnitId: { in: ids },
      effectiveDate: { gt: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) },
    },
    select: { fromUnitId: true },
  });
  return new Set([...ids, ...taken.map((t) => t.fromUnitId)]);
}

/** Whether an unexpired late-entry unlock exists for the commune and month. */
export async function hasActiveUnlock(communeId: string, year: number, month: number, now: Date) {
  const entryUnlockCount = await db.entryUnlock.count({ where: { communeId, year, month, until: { gt: now } } });
  return entryUnlockCount > 0;
}

/** Loads a commune of the actor's subtree with everything the month's rules need. */
export async function communeMonthContext(
  actor: Actor,
  communeId: string,
  year: number,
  month: number,
  now = appNow(),
) {
  checkYearMonth(year, month);
  if (!isUuid(communeId)) throw notFound();
  const commune = await db.unit.findFirst({
    where: { AND: [{ id: communeId, level: "COMMUNE" }, unitScope(actor)] },
    select: {
      id: true,
      code: true,
      name: true,
      parentId: true,
      provinceId: true,
      lineage: true,
      validFrom: true,
      validTo: true,
      parent: { select: { name: true, level: true } },
    },
  });
  if (!commune || !commune.provinceId) throw notFound();
  const provinceId = commune.provinceId;
  const [programme, selection, unlock] = await Promise.all([
    programmeOf(provinceId, year),
    db.selection.findFirst({
      where: { communeId, status: "SELECTED", programme: { provinceId, year } },
      select: { id: true },
    }),
    hasActiveUnlock(communeId, year, month, now),
  ]);
  const deadlineDay = programme?.entryDeadlineDay ?? DEFAULT_ENTRY_DEADLINE_DAY;
  // A commune reports only for the months it exists in (issue #12 §2; lib/domain/unit-succession.ts): such a month's
  // window is closed with the reason, whatever the calendar or an unlock says.
  const notExisting = monthlyEntryRefusal(
    {
      name: commune.name,
      validFrom: fromDbDay(commune.validFrom),
      validTo: commune.validTo ? fromDbDay(commune.validTo) : null,
    },
    { year, month },
  );
  const open = entryWindowStatus({ year, month, deadlineDay, now, hasUnlock: unlock });
  const window = notExisting ? { ...open, isOpen: false, daysRemaining: null, reason: notExisting } : open;
  return {
    commune,
    provinceId,
    programme,
    selected: selection !== null,
    deadlineDay,
    window,
    notExisting,
    dueDate: monthlyFiguresDueDate(year, month, deadlineDay),
  };
}

/** "Còn N ngày đến hạn nhập (…)", or "Hôm nay là hạn cuối…", while a window is open before its deadline; null otherwise. */
export function daysLeftText(entryWindow: {
  isOpen: boolean;
  daysRemaining: number | null;
  lastDay: Date | string;
}): string | null {
  if (!entryWindow.isOpen || entryWindow.daysRemaining === null) return null;
  return entryWindow.daysRemaining === 0
    ? t(monthly.dueToday, { date: formatDate(entryWindow.lastDay) })
    : t(monthly.daysRemaining, { days: entryWindow.daysRemaining, date: formatDate(entryWindow.lastDay) });
}
