import { formatDateTime } from "@/lib/format-date-time";
import { showValue } from "./format-value";

type H = { at: string; by: string | null; old: unknown; new: unknown };
const part = (j: unknown, k: "value" | "comment") =>
  j && typeof j === "object" ? ((j as Record<string, unknown>)[k] ?? null) : null;

/** Who, when, old → new (value and comment). */
export function HistoryList<T extends H>({ items, label }: { items: T[]; label?: (h: T) => string }) {
  return (
    <ul className="space-y-1 text-xs text-slate-700">
      {items.map((item, index) => {
        const ov = part(item.old, "value"),
          nv = part(item.new, "value"),
          oc = part(item.old, "comment"),
          nc = part(item.new, "comment");
        return (
          <li key={index} data-testid="history-entry">
            {label ? <strong>{label(item)}: </strong> : null}
            {formatDateTime(item.at)} · {item.by ?? "—"}: {item.old === null ? "(mới)" : showValue(ov)} →{" "}
            {showValue(nv)}
            {oc !== nc ? <> · ghi chú: “{String(nc ?? "")}”</> : null}
          </li>
        );
      })}
    </ul>
  );
}
