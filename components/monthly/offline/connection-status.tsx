import { t } from "@/lib/i18n/t";
import { offline as strings } from "@/lib/i18n/vi/offline";
import { formatDateTime } from "@/lib/format-date-time";
import type { QueuedSave } from "@/lib/offline/store";

/**
 * The entry page's connection line (issue #17 §4), always shown: online or offline, whether the page is
 * ready to be used without a connection, and the saves made offline that have not reached the server yet
 * ("Chưa gửi (n)" with the month and the time each was made).
 */
export function ConnectionStatus({
  online,
  ready,
  queue,
  notice,
}: {
  online: boolean;
  ready: boolean;
  queue: QueuedSave[];
  notice: string | null;
}) {
  return (
    <div className="sticky top-0 z-10 mb-3 space-y-1 rounded-md border bg-white/95 px-3 py-2 text-sm shadow-sm">
      <p
        role="status"
        data-testid="connection-status"
        data-online={online ? "1" : "0"}
        className="flex flex-wrap items-center gap-x-2"
      >
        <span
          aria-hidden
          className={`inline-block size-2.5 rounded-full ${online ? "bg-emerald-600" : "bg-amber-500"}`}
        />
        <strong>{online ? strings.online : strings.offline}</strong>
        {ready ? (
          <span className="text-slate-600" data-testid="offline-ready">
            · {strings.ready}
          </span>
        ) : null}
      </p>
      {queue.length > 0 ? (
        <div data-testid="pending-saves" className="text-amber-900">
          <p className="font-medium">{t(strings.pending, { count: queue.length })}</p>
          <ul className="list-disc pl-5 text-xs">
            {queue.map((q) => (
              <li key={q.key}>
                {t(strings.pendingItem, { month: q.month, year: q.year, at: formatDateTime(q.savedAt) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {notice ? (
        <p data-testid="offline-notice" className="text-slate-700">
          {notice}
        </p>
      ) : null}
    </div>
  );
}
