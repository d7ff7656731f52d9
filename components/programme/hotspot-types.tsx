"use client";

import { HOTSPOT_TYPES, HOTSPOT_TYPE_DESCRIPTIONS, HOTSPOT_TYPE_LABELS, type HotspotType } from "@/lib/domain/types";

/** Loại 1–4 as checkboxes (a commune may have several types at once, domain.md §4). */
export function HotspotTypePicker({
  idPrefix,
  value,
  onChange,
  legend,
  error,
}: {
  idPrefix: string;
  value: HotspotType[];
  onChange: (v: HotspotType[]) => void;
  legend: string;
  error?: string;
}) {
  return (
    <fieldset>
      <legend className="mb-1 block text-sm font-medium text-slate-700">{legend}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {HOTSPOT_TYPES.map((type) => (
          <label key={type} htmlFor={`${idPrefix}-${type}`} className="flex items-start gap-2 text-sm">
            <input
              id={`${idPrefix}-${type}`}
              type="checkbox"
              className="mt-1 h-4 w-4"
              checked={value.includes(type)}
              onChange={(e) => onChange(e.target.checked ? [...value, type] : value.filter((x) => x !== type))}
            />
            <span>
              <strong>{HOTSPOT_TYPE_LABELS[type]}</strong>: {HOTSPOT_TYPE_DESCRIPTIONS[type]}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
