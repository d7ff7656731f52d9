import Link from "next/link";
import { vi } from "@/lib/i18n/vi";

/** Links to the neighbouring years (plain links: works without JavaScript). */
export function YearPicker({ base, year }: { base: string; year: number }) {
  return (
    <nav aria-label={vi.reviews.year} className="flex items-center gap-2 text-sm">
      <Link className="rounded-md border px-3 py-2 hover:bg-slate-100" href={`${base}?year=${year - 1}`}>
        ← {year - 1}
      </Link>
      <span className="font-semibold">
        {vi.reviews.year} {year}
      </span>
      <Link className="rounded-md border px-3 py-2 hover:bg-slate-100" href={`${base}?year=${year + 1}`}>
        {year + 1} →
      </Link>
    </nav>
  );
}

/** The year from ?year=, defaulting to the current year in Vietnam. */
export function yearParam(raw: string | undefined): number {
  const year = Number(raw);
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) return year;
  return Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()));
}
