import { appNow } from "@/lib/clock";
import { vnDay } from "@/lib/domain/vn-date";

/** The year a committee page shows: `?year=` when a plausible year (2000–2200), else this year (Vietnam, app clock). */
export function pageYear(param: string | undefined): number {
  const asked = Number(param);
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2200 ? asked : vnDay(appNow()).year;
}
