import { Table } from "@/components/ui/table";
import { PHASE_STATUS_LABELS, type PhaseWithStatus } from "@/lib/domain/programme-calendar";
import { formatDate } from "@/lib/format";
import { t, vi } from "@/lib/i18n/vi";

const tone: Record<PhaseWithStatus["status"], string> = {
  UPCOMING: "bg-slate-100 text-slate-700",
  OPEN: "bg-sky-100 text-sky-900",
  DUE_SOON: "bg-amber-100 text-amber-900",
  LATE: "bg-red-100 text-red-900",
  DONE: "bg-emerald-100 text-emerald-900",
};

/** Each phase of the year: what is due, by whom, and what is late (phaseStatus of lib/domain). */
export function ProgrammeTimeline({ phases }: { phases: PhaseWithStatus[] }) {
  const text = vi.programme;
  return (
    <Table head={[text.phase, text.responsible, text.from, text.due, text.status]} caption={text.timeline}>
      {phases.map((p) => (
        <tr key={p.key} data-phase={p.key}>
          <td className="font-medium">{p.label}</td>
          <td>{text.responsibleRoles[p.responsibleRole]}</td>
          <td className="whitespace-nowrap">{formatDate(p.startDate)}</td>
          <td className="whitespace-nowrap">{formatDate(p.dueDate)}</td>
          <td>
            <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${tone[p.status]}`}>
              {PHASE_STATUS_LABELS[p.status]}
            </span>
            {p.status === "LATE" ? (
              <span className="ml-1 text-xs text-red-800">{t(text.daysLate, { days: -p.daysRemaining })}</span>
            ) : null}
            {p.status === "DUE_SOON" || p.status === "OPEN" ? (
              <span className="ml-1 text-xs text-slate-600">{t(text.daysLeft, { days: p.daysRemaining })}</span>
            ) : null}
          </td>
        </tr>
      ))}
    </Table>
  );
}
