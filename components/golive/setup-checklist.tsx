import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatNumber } from "@/lib/format";
import { t } from "@/lib/i18n/t";
import { golive } from "@/lib/i18n/vi/golive";
import type { SetupChecklist as Checklist } from "@/lib/server/golive/get-setup-checklist";

const text = golive.checklist;

function Step({ done, title, children }: { done: boolean; title: string; children: React.ReactNode }) {
  return (
    <li className="border-b border-slate-100 py-2 last:border-0">
      <p className="font-medium">
        <span className={done ? "text-green-700" : "text-amber-800"}>{done ? `✓ ${text.done}` : `○ ${text.todo}`}</span>{" "}
        · {title}
      </p>
      <div className="text-sm text-slate-700">{children}</div>
    </li>
  );
}

/** The province secretariat's set-up checklist (issue #11 §6); the home page shows it until it is complete. */
export function SetupChecklist({ checklist }: { checklist: Checklist }) {
  return (
    <Card title={text.title} className="mb-6">
      <p className="mb-2 text-sm">{text.intro}</p>
      <ul data-testid="setup-checklist">
        <Step done={checklist.committees.done} title={text.committees}>
          {checklist.committees.done
            ? text.committeesOk
            : t(text.committeesMissing, { n: formatNumber(checklist.committees.missing) })}{" "}
          <Link className="text-brand-700 underline" href={`/units/${checklist.provinceId}`}>
            {golive.search.label}
          </Link>
        </Step>
        <Step done={checklist.catalogue.done} title={text.catalogue}>
          {checklist.catalogue.done
            ? t(text.catalogueOk, { n: formatNumber(checklist.catalogue.indicators) })
            : text.catalogueMissing}{" "}
          <Link className="text-brand-700 underline" href="/monthly/indicators">
            {text.catalogue}
          </Link>
        </Step>
        <Step done={checklist.programme.done} title={t(text.programme, { year: checklist.programme.year })}>
          <span data-testid="setup-cap">
            {t(text.cap, {
              max: formatNumber(checklist.programme.max),
              percent: formatNumber(checklist.programme.capPercent),
              communes: formatNumber(checklist.programme.communes),
            })}
          </span>{" "}
          {checklist.programme.opened ? null : (
            <>
              {t(text.programmeMissing, { year: checklist.programme.year })}{" "}
              <Link className="text-brand-700 underline" href="/programme">
                {text.openProgramme}
              </Link>
            </>
          )}
        </Step>
        <Step done={checklist.accounts.done} title={text.accounts}>
          {checklist.accounts.done ? (
            text.accountsOk
          ) : (
            <>
              {t(text.accountsMissing, { n: formatNumber(checklist.accounts.missing) })}
              <ul className="list-disc pl-6">
                {checklist.accounts.byDistrict.map((d) => (
                  <li key={d.name}>
                    {d.name || text.directly}: {formatNumber(d.missing)}
                  </li>
                ))}
              </ul>
              <Link className="text-brand-700 underline" href="/users/bulk">
                {text.createAccounts}
              </Link>
            </>
          )}
        </Step>
      </ul>
    </Card>
  );
}
