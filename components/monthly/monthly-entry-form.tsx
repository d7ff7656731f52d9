"use client";

import { useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { ratioPercent } from "@/lib/domain/indicator-math";
import { formatPercentVi } from "@/lib/domain/format-vi";
import { monthly as strings } from "@/lib/i18n/vi/monthly";
import type { EntryItem, EntryView } from "@/components/monthly/entry-view";
import { HistoryList } from "./history-list";
import { countRefusals, formatCount, parseCount, showValue } from "./format-value";
import { offline as offlineStrings } from "@/lib/i18n/vi/offline";
import { formatDateTime } from "@/lib/format-date-time";
import { t } from "@/lib/i18n/t";
import { useOfflineEntry } from "./offline/use-offline-entry";
import { withRows } from "./offline/with-rows";
import type { SentValue } from "@/lib/offline/store";

type Item = EntryItem;
type FormValue = { num: string; bool: boolean | null; text: string; comment: string; showComment: boolean };
type Change = { indicatorId: string; at: string; by: string | null; old: unknown; new: unknown };

const GROUPS = ["CRIMINAL", "DRUGS", "ECONOMY_ENVIRONMENT", "OTHER"] as const;

function initial(items: Item[]): Record<string, FormValue> {
  const out: Record<string, FormValue> = {};
  for (const it of items) {
    out[it.id] = {
      num: formatCount(it.value.num),
      bool: it.value.bool,
      text: it.value.text ?? "",
      comment: it.value.comment ?? "",
      showComment: !!it.value.comment,
    };
  }
  return out;
}

/** `userId`: the signed-in user, for the figures kept on this device (issue #17); null keeps nothing. */
export function MonthlyEntryForm({ entry, userId = null }: { entry: EntryView; userId?: string | null }) {
  const router = useRouter();
  const [values, setValues] = useState(() => initial(entry.items));
  const [version, setVersion] = useState(entry.report?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [warnings, setWarnings] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error" | "warning"; text: string } | null>(null);
  const [otherChanges, setOtherChanges] = useState<Change[] | null>(null);
  const [pending, start] = useTransition();
  // After this form's own save, the refreshed page carries the version we already hold: keep the
  // form (and its message). A different version means someone else (an Excel import, a reviewer)
  // changed the figures: take the server's values. Adjusting state during render is React's
  // documented way to follow a prop; a remounting `key` would drop the save message mid-read.
  const serverVersion = entry.report?.version ?? 0;
  const [seenVersion, setSeenVersion] = useState(serverVersion);
  if (serverVersion !== seenVersion) {
    setSeenVersion(serverVersion);
    if (serverVersion !== version) {
      setValues(initial(entry.items));
      setVersion(serverVersion);
      setErrors({});
      setWarnings({});
    }
  }
  const editable = entry.canEdit;
  const names = useMemo(() => new Map(entry.items.map((i) => [i.id, i.name])), [entry.items]);

  const set = (id: string, patch: Partial<FormValue>) => setValues((v) => ({ ...v, [id]: { ...v[id]!, ...patch } }));
  const numOf = (id: string | null) => (id ? parseCount(values[id]?.num ?? "") : null);

  function payload(from = values): SentValue[] {
    return entry.items
      .filter((i) => i.typed)
      .map((item) => {
        const value = from[item.id]!;
        const base = { indicatorId: item.id, comment: value.comment.trim() || null };
        if (item.kind === "COUNT") {
          const count = parseCount(value.num);
          return { ...base, num: count === null ? null : Number.isNaN(count) ? -1 : count };
        }
        if (item.kind === "BOOLEAN") return { ...base, bool: value.bool };
        return { ...base, text: value.text.trim() || null };
      });
  }

  const offline = useOfflineEntry({
    entry,
    userId,
    values,
    version,
    payloadOf: payload,
    restore: (v, base) => {
      setValues(v);
      setVersion(base);
    },
    resend: (rows, base) => run(false, { values: rows, version: base }),
    resolve: (rows, current, shown) => {
      setValues((v) => withRows(v, shown));
      setVersion(current);
      run(false, { values: rows, version: current });
    },
  });

  // `override`: a save queued offline (or the user's choices after a conflict), sent on the version it names.
  function run(submit: boolean, override?: { values: SentValue[]; version: number }) {
    if (!override) {
      const refused = countRefusals(entry.items, (id) => values[id]?.num ?? "");
      if (Object.keys(refused).length > 0) {
        setErrors(refused);
        setMessage({ tone: "error", text: strings.numbersInvalid });
        return;
      }
    }
    start(async () => {
      setMessage(null);
      setOtherChanges(null);
      const result = await offline.save({
        communeId: entry.commune.id,
        year: entry.year,
        month: entry.month,
        version: override?.version ?? version,
        values: override?.values ?? payload(),
        submit,
      });
      if ("queued" in result) {
        setMessage({
          tone: "warning",
          text: t(offlineStrings.savedOnDevice, { at: formatDateTime(result.queued.savedAt) }),
        });
        return;
      }
      if (result.ok) {
        void offline.saved(!!override);
        setErrors({});
        setVersion(result.data.version);
        const warningById: Record<string, string> = {};
        for (const x of result.data.warnings) warningById[x.indicatorId] = x.message;
        setWarnings(warningById);
        setMessage({
          tone: result.data.warnings.length > 0 ? "warning" : "success",
          text: submit
            ? strings.submitted
            : result.data.warnings.length > 0
              ? `${strings.saved} ${strings.outlierConfirm}`
              : strings.saved,
        });
        router.refresh();
      } else {
        const fe: Record<string, string[]> = {};
        for (const [key, msgs] of Object.entries(result.fieldErrors ?? {}))
          if (!/^values\.\d+\./.test(key)) fe[key.replace(/^values\./, "")] = msgs;
        // zod errors are indexed by position: map them back to indicator ids.
        const typed = entry.items.filter((i) => i.typed);
        for (const [field, msgs] of Object.entries(result.fieldErrors ?? {})) {
          const match = /^values\.(\d+)\./.exec(field);
          if (match) fe[typed[Number(match[1])]?.id ?? field] = msgs;
        }
        setErrors(fe);
        for (const id of Object.keys(fe))
          if (values[id] && fe[id]!.some((x) => x.includes(strings.outlierConfirm))) set(id, { showComment: true });
        setMessage({ tone: "error", text: result.message });
        if (result.code === "CONFLICT") {
          const details = result.details as { changes?: Change[] } | undefined;
          setOtherChanges(details?.changes ?? []);
          offline.conflict(result.details as Parameters<typeof offline.conflict>[0]);
        }
      }
    });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run(false);
      }}
      noValidate
    >
      {offline.panel}
      {GROUPS.map((group) => {
        const items = entry.items.filter((i) => i.group === group);
        if (items.length === 0) return null;
        return (
          <fieldset key={group} className="mb-6 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
            <legend className="px-1 text-lg font-semibold text-slate-800">{strings.groups[group]}</legend>
            <div className="divide-y">
              {items.map((it) => (
                <Row
                  key={it.id}
                  it={it}
                  v={values[it.id]!}
                  editable={editable}
                  set={set}
                  numOf={numOf}
                  error={errors[it.id]}
                  warning={warnings[it.id]}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
      {message ? (
        <div className="mb-3">
          <Notice tone={message.tone}>{message.text}</Notice>
        </div>
      ) : null}
      {otherChanges ? (
        <div className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="other-changes">
          <p className="font-medium">Thay đổi của người khác:</p>
          <HistoryList items={otherChanges} label={(h) => names.get(h.indicatorId) ?? ""} />
          <Button type="button" variant="secondary" className="mt-2" onClick={() => window.location.reload()}>
            Tải lại trang
          </Button>
        </div>
      ) : null}
      {editable ? (
        <div className="sticky bottom-0 flex flex-wrap gap-2 border-t bg-white/95 py-3">
          <Button type="submit" variant="secondary" disabled={pending}>
            {strings.saveDraft}
          </Button>
          <Button type="button" disabled={pending || !offline.online} onClick={() => run(true)}>
            {offline.online ? strings.submit : offlineStrings.submitNeedsConnection}
          </Button>
        </div>
      ) : null}
    </form>
  );
}

function Row({
  it,
  v: value,
  editable,
  set,
  numOf,
  error,
  warning,
}: {
  it: Item;
  v: FormValue;
  editable: boolean;
  set: (id: string, p: Partial<FormValue>) => void;
  numOf: (id: string | null) => number | null;
  error?: string[];
  warning?: string;
}) {
  const inputId = `v-${it.code}`;
  const describedBy = error ? `${inputId}-error` : undefined;
  let computed: string | null = null;
  if (it.kind === "RATIO") {
    const numerator = numOf(it.numeratorId),
      denominator = numOf(it.denominatorId);
    const percent =
      numerator === null || denominator === null || Number.isNaN(numerator) || Number.isNaN(denominator)
        ? null
        : ratioPercent(numerator, denominator);
    computed = percent === null ? "—" : formatPercentVi(percent);
  } else if (it.kind === "REDUCTION") {
    computed = it.computed === null ? "—" : formatPercentVi(it.computed);
  }
  const prev = it.previous
    ? it.kind === "BOOLEAN"
      ? it.previous.bool
      : it.kind === "TEXT"
        ? it.previous.text
        : it.previous.num
    : null;
  return (
    <div className="grid gap-2 py-3 sm:grid-cols-[1fr_12rem_7rem]" data-testid={`row-${it.code}`}>
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          {it.name}
          {it.isRequired && it.typed ? <span className="text-red-700"> *</span> : null}
        </label>
        <p className="text-xs text-slate-500">
          {it.code}
          {it.unitLabel ? ` · ${it.unitLabel}` : ""}
          {it.targetValue !== null
            ? ` · mục tiêu ${it.targetComparator === "LTE" ? "≤" : it.targetComparator === "EQ" ? "=" : "≥"} ${showValue(it.targetValue)}`
            : ""}
        </p>
      </div>
      <div>
        {it.kind === "COUNT" ? (
          <input
            id={inputId}
            inputMode="numeric"
            autoComplete="off"
            disabled={!editable}
            aria-describedby={describedBy}
            aria-invalid={!!error}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-right text-base disabled:bg-slate-100"
            value={value.num}
            onChange={(e) => set(it.id, { num: e.target.value })}
            onBlur={() => {
              const count = parseCount(value.num);
              if (count !== null && !Number.isNaN(count)) set(it.id, { num: formatCount(count) });
            }}
          />
        ) : it.kind === "BOOLEAN" ? (
          <select
            id={inputId}
            disabled={!editable}
            aria-describedby={describedBy}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base disabled:bg-slate-100"
            value={value.bool === null ? "" : value.bool ? "1" : "0"}
            onChange={(e) => set(it.id, { bool: e.target.value === "" ? null : e.target.value === "1" })}
          >
            <option value="">—</option>
            <option value="1">{strings.yes}</option>
            <option value="0">{strings.no}</option>
          </select>
        ) : it.kind === "TEXT" ? (
          <textarea
            id={inputId}
            disabled={!editable}
            rows={2}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base disabled:bg-slate-100"
            value={value.text}
            onChange={(e) => set(it.id, { text: e.target.value })}
          />
        ) : (
          <output
            id={inputId}
            className="block rounded-md bg-slate-100 px-3 py-2 text-right"
            title={strings.computed}
            data-testid={`computed-${it.code}`}
          >
            {computed}
          </output>
        )}
      </div>
      <div className="text-sm text-slate-600">
        <span className="sm:hidden">{strings.previous}: </span>
        <span title={strings.previous} data-testid={`prev-${it.code}`}>
          {it.typed ? showValue(prev) : it.kind === "RATIO" || it.kind === "REDUCTION" ? strings.computed : ""}
        </span>
      </div>
      <div className="sm:col-span-3 space-y-1">
        {error ? (
          <p id={`${inputId}-error`} role="alert" className="text-sm text-red-700">
            {error.join(" ")}
          </p>
        ) : null}
        {warning && !error ? (
          <p className="text-sm text-amber-800">
            {warning} {strings.outlierConfirm}
          </p>
        ) : null}
        {it.typed && (value.showComment || value.comment) ? (
          <div>
            <label htmlFor={`${inputId}-comment`} className="text-xs text-slate-600">
              {strings.comment} – {it.name}
            </label>
            <input
              id={`${inputId}-comment`}
              disabled={!editable}
              className="block w-full rounded-md border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-100"
              value={value.comment}
              onChange={(e) => set(it.id, { comment: e.target.value })}
            />
          </div>
        ) : it.typed && editable ? (
          <button
            type="button"
            className="text-xs text-brand-700 underline"
            onClick={() => set(it.id, { showComment: true })}
            aria-label={`${strings.addComment}: ${it.name}`}
          >
            {strings.addComment}
          </button>
        ) : null}
        {it.history.length > 0 ? (
          <details>
            <summary className="cursor-pointer text-xs text-slate-600">
              {strings.history} ({it.history.length})
            </summary>
            <HistoryList items={it.history} />
          </details>
        ) : null}
      </div>
    </div>
  );
}
