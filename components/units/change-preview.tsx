import { t } from "@/lib/i18n/t";
import { unitChanges as text } from "@/lib/i18n/vi/unit-changes";
import { HOTSPOT_TYPE_LABELS, type HotspotType } from "@/lib/domain/types";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/domain/review-workflow";
import type { ChangeImpact } from "@/lib/contracts/unit-changes/change-fields";

/** "2026: đề xuất của Xã A chuyển cho đơn vị kế thừa" / "… bị rút (lý do)" / kept: the year and the commune. */
function proposalLine(proposal: ChangeImpact["proposals"][number]) {
  const base = { year: proposal.year, commune: proposal.communeName };
  if (proposal.action === "MOVE") return t(text.preview.proposalMove, base);
  if (proposal.action === "WITHDRAW")
    return t(text.preview.proposalWithdraw, { ...base, reason: text.preview.withdrawReasons[proposal.reason] });
  return `${proposal.year}: ${proposal.communeName}`;
}

const types = (xs: readonly HotspotType[]) => xs.map((x) => HOTSPOT_TYPE_LABELS[x]).join(", ");

/** What a change touches, shown before it is applied (issue #12 §1): selections, the list after, accounts, open reports. */
export function ImpactList({
  impact,
  names,
}: {
  impact: ChangeImpact & { notes?: string[] };
  names: Record<string, string>;
}) {
  return (
    <div className="space-y-3 text-sm" data-testid="change-preview">
      {impact.notes && impact.notes.length > 0 ? (
        <ul className="list-disc pl-5">
          {impact.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <section>
        <h3 className="font-semibold">{text.preview.selections}</h3>
        {impact.selections.length === 0 ? (
          <p>{text.preview.none}</p>
        ) : (
          <ul className="list-disc pl-5">
            {impact.selections.map((x) => (
              <li key={x.id}>
                {x.year}: {x.communeName} ({types(x.hotspotTypes)})
                {x.planNumber ? `, ${t(text.preview.plan, { number: x.planNumber })}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      {impact.carried.length > 0 ? (
        <section>
          <h3 className="font-semibold">{text.preview.after}</h3>
          <ul className="list-disc pl-5">
            {impact.carried.map((c) => (
              <li key={`${c.programmeId}:${c.communeId}`}>
                {c.year}: {names[c.communeId] ?? c.communeId} ({types(c.hotspotTypes)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h3 className="font-semibold">{text.preview.users}</h3>
        {impact.users.length === 0 ? (
          <p>{text.preview.none}</p>
        ) : (
          <ul className="list-disc pl-5">
            {impact.users.map((u) => (
              <li key={u.id}>
                {u.fullName} ({u.username})
              </li>
            ))}
          </ul>
        )}
      </section>
      {impact.proposals.length > 0 ? (
        <section>
          <h3 className="font-semibold">{text.preview.proposals}</h3>
          <ul className="list-disc pl-5">
            {impact.proposals.map((p) => (
              <li key={p.proposalId}>{proposalLine(p)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h3 className="font-semibold">{text.preview.openReports}</h3>
        {impact.openReports.length === 0 ? (
          <p>{text.preview.none}</p>
        ) : (
          <ul className="list-disc pl-5">
            {impact.openReports.map((r) => (
              <li key={r.id}>
                {r.communeName}: {String(r.month).padStart(2, "0")}/{r.year} (
                {REVIEW_STATUS_LABELS[r.status as ReviewStatus]})
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
