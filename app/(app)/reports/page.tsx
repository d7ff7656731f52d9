import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/authz/page";
import { listReportingUnits } from "@/lib/server/units/list-reporting-units";
import { currentVnYearMonth } from "@/lib/server/dashboards/filters";
import { previousMonth } from "@/lib/domain/period";
import { vi } from "@/lib/i18n/vi";

const control = "block rounded-md border border-slate-300 bg-white px-2 py-2 text-sm";
const button = "min-h-10 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600";

/** The year of a report, the latest first (and chosen). */
function YearSelect({ id, years }: { id: string; years: number[] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {vi.dashboard.filters.year}
      </label>
      <select id={id} name="year" defaultValue={years[0]} className={control}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function ReportsPage() {
  const actor = await requirePageActor("report.view");
  const text = vi.dashboard.reports;
  const cur = currentVnYearMonth();
  const pm = previousMonth(cur.year, cur.month);
  const years = Array.from({ length: 5 }, (_, i) => cur.year - i);
  const units = await listReportingUnits(actor);
  return (
    <>
      <PageHeader title={text.title} subtitle={actor.unitName} />
      <div className="grid gap-4 md:grid-cols-3">
        <Card title={text.interim}>
          <form method="get" action="/reports/interim" className="flex flex-wrap items-end gap-3">
            <YearSelect id="interim-year" years={years} />
            <button type="submit" className={button}>
              {text.open}
            </button>
          </form>
        </Card>
        <Card title={text.yearEnd}>
          <form method="get" action="/reports/year-end" className="flex flex-wrap items-end gap-3">
            <YearSelect id="yearend-year" years={years} />
            <button type="submit" className={button}>
              {text.open}
            </button>
          </form>
        </Card>
        <Card title={text.districtMonthly}>
          {units.length === 0 ? (
            <p>{vi.common.none}</p>
          ) : (
            <form method="get" action="/reports/district-monthly" className="flex flex-wrap items-end gap-3">
              <div>
                <label htmlFor="dm-unit" className="block text-sm font-medium text-slate-700">
                  {text.chooseDistrict}
                </label>
                <select id="dm-unit" name="unitId" className={control}>
                  {units.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="dm-year" className="block text-sm font-medium text-slate-700">
                  {vi.dashboard.filters.year}
                </label>
                <select id="dm-year" name="year" defaultValue={pm.year} className={control}>
                  {years.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="dm-month" className="block text-sm font-medium text-slate-700">
                  {text.month}
                </label>
                <select id="dm-month" name="month" defaultValue={pm.month} className={control}>
                  {Array.from({ length: 12 }, (_, i) => (
                    <option key={i} value={i + 1}>
                      {i + 1}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className={button}>
                {text.open}
              </button>
            </form>
          )}
        </Card>
      </div>
      <p className="mt-6 text-sm text-slate-700">
        <Link className="text-brand-700 underline" href="/dashboard">
          {vi.dashboard.nav.dashboard}
        </Link>
      </p>
    </>
  );
}
