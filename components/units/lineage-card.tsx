import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";

/** The day before a DB day (the last day a former name was borne). */
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import type { LineageLink } from "@/lib/server/units/get-unit-lineage";

function Links({ title, links }: { title: string; links: LineageLink[] }) {
  if (links.length === 0) return null;
  return (
    <section>
      <h3 className="font-semibold">{title}</h3>
      <ul className="list-disc pl-5">
        {links.map((l) => (
          <li key={l.unitId}>
            {l.linked ? (
              <Link className="text-brand-700 underline" href={`/units/${l.unitId}`}>
                {l.name}
              </Link>
            ) : (
              l.name
            )}{" "}
            ({t(text.effective, { date: formatDate(l.effectiveDate) })}
            {l.legalBasis ? `; ${l.legalBasis}` : ""})
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The unit's predecessors and successors with dates and legal basis (issue #12 §3). */
export function LineageCard({
  predecessors,
  successors,
  formerNames,
}: {
  predecessors: LineageLink[];
  successors: LineageLink[];
  formerNames: { name: string; validTo: Date; legalBasis: string }[];
}) {
  return (
    <Card title={text.lineageTitle}>
      <div className="space-y-3 text-sm" data-testid="unit-lineage">
        {predecessors.length + successors.length + formerNames.length === 0 ? (
          <p className="text-slate-600">{text.noLineage}</p>
        ) : null}
        {formerNames.length > 0 ? (
          <section>
            <h3 className="font-semibold">{text.formerNames}</h3>
            <ul className="list-disc pl-5">
              {formerNames.map((f) => (
                <li key={f.validTo.toISOString()}>
                  {t(text.namePeriod, { name: f.name, to: formatDate(addDays(f.validTo, -1)) })}; {f.legalBasis}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <Links title={text.predecessors} links={predecessors} />
        <Links title={text.successors} links={successors} />
      </div>
    </Card>
  );
}
