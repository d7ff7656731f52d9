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
        <span className={done ? "text-green-700" : "text-amber-800"}>{done ? `✓ ${text.done}` : `○ ${text.todo}`}</span> · {title}
      </p>
      <div className="text-sm text-slate-700">{children}</div>
    </li>
  );
}

/** The province secretariat's set-up checklist (issue #11 §6); the home page shows it until it is complete. */
export function SetupChecklist({ checklist: c }: { checklist: Checklist }) {
  return (
    <Card title={text.title} className="mb-6">
      <p className="mb-2 text-sm">{text.intro}</p>
      <ul data-testid="setup-checklist">
        <Step done={c.committees.done} title={text.committees}>
          {c.committees.done ? text.committeesOk : t(text.committeesMissing, { n: formatNumber(c.committees.missing) })}{" "}
          <Link className="text-brand-700 underline" href={`/units/${c.provinceId}`}>{golive.search.label}</Link>
        </Step>
        <Step done={c.catalogue.done} title={text.catalogue}>
          {c.catalogue.done ? t(text.catalogueOk, { n: formatNumber(c.catalogue.indicators) }) : text.catalogueMissing}{" "}
          <Link className="text-brand-700 underline" href="/monthly/indicators">{text.catalogue}</Link>
        </Step>
        <Step done={c.programme.done} title={t(text.programme, { year: c.programme.year })}>
          <span data-testid="setup-cap">{t(text.cap, { max: formatNumber(c.programme.max), percent: formatNumber(c.programme.capPercent), communes: formatNumber(c.programme.communes) })}</span>{" "}
          {c.programme.opened ? null : <>{t(text.programmeMissing, { year: c.programme.year })} <Link className="text-brand-700 underline" href="/programme">{text.openProgramme}</Link></>}
        </Step>
        <Step done={c.accounts.done} title={text.accounts}>
          {c.accounts.done ? text.accountsOk : (
            <>
              {t(text.accountsMissing, { n: formatNumber(c.accounts.missing) })}
              <ul className="list-disc pl-6">{c.accounts.byDistrict.map((d) => <li key={d.name}>{d.name || text.directly}: {formatNumber(d.missing)}</li>)}</ul>
              <Link className="text-brand-700 underline" href="/users/bulk">{text.createAccounts}</Link>
            </>
          )}
        </Step>
      </ul>
    </Card>
  );
}
